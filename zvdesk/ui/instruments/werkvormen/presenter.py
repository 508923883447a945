"""The presentation window for the projector: the current agenda item large, its timer, the
votes and the word cloud filling in as the facilitator types them on the laptop.

Keyboard only: → / spatie / PageDown next, ← / PageUp previous, T starts or stops the timer,
Esc closes. It shows what the file holds and never writes.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from zvdesk.models.core.changes import Changes
from zvdesk.models.werkvormen.read import ItemData, session_data
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkvormen import texts as T
from zvdesk.ui.instruments.werkvormen.cloud import VoteBar, WordCloud

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down)
#: Colours of categories that would not show on the dark page.
ON_DARK = {"blauw": "#9ec5ff", "zwart": "#b8bec6", "gespreksleider": "#9ec5ff", "lid": "#d0d5db",
           "terugkoppelaar": "#9ec5ff", "gast": "#d7b0f0"}
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace)


def _big(size: int, bold: bool = False) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class PresenterWindow(QWidget):
    """Full-screen, large-type view of the current agenda item (see the module docstring).

    Signals:
        item_changed(str): the id of the agenda item now shown (the tab follows it).
    """

    item_changed = Signal(str)

    def __init__(self, controller: DocumentController, session_id: str,
                 item_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.session_id = session_id
        self.setWindowTitle(T.PRESENTER)
        self.setStyleSheet("background: #10243e; color: white;")
        self.position = _big(18)
        self.form_label = _big(30, bold=True)
        self.question = _big(44, bold=True)
        self.timer_label = _big(64, bold=True)
        self.timer_label.setAccessibleName("Timer")
        self.vote_bar = VoteBar()
        self.vote_bar.setMinimumHeight(90)
        self.vote_summary = _big(28)
        self.cloud = WordCloud(scale=2.2)
        self.cloud.background = QColor("white")
        self.categories = _big(20)
        self.categories.setTextFormat(Qt.TextFormat.RichText)
        self.help = _big(14)
        self.help.setText(T.PRESENTER_HELP)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        for w, stretch in ((self.position, 0), (self.form_label, 0), (self.question, 1),
                           (self.categories, 0), (self.vote_bar, 0), (self.vote_summary, 0),
                          (self.cloud, 3),
                           (self.timer_label, 0), (self.help, 0)):
            layout.addWidget(w, stretch)
        self.items: list[ItemData] = []
        self.index = 0
        self.remaining = 0
        self.running = False
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_timer)
        self._spent_ms = 0
        self.reload()
        if item_id:
            self.index = next((i for i, it in enumerate(self.items) if it.id == item_id), 0)
        self._show_item(reset_timer=True)
        controller.changed.connect(self._on_changed)

    # -- showing ------------------------------------------------------------------------

    def show_on_projector(self) -> None:
        """Full screen on a second screen when there is one, else on this one."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def reload(self) -> None:
        """Reads the session again (the facilitator types on the laptop)."""
        with self.controller.session() as s:
            self.items = session_data(s, self.session_id).items
        self.index = min(self.index, max(0, len(self.items) - 1))

    @property
    def current(self) -> ItemData | None:
        """The agenda item shown, or None when the agenda is empty."""
        return self.items[self.index] if self.items else None

    def _show_item(self, reset_timer: bool = False) -> None:
        item = self.current
        if item is None:
            self.position.setText("")
            self.form_label.setText("")
            self.question.setText(T.PRESENTER_EMPTY)
            for w in (self.vote_bar, self.vote_summary, self.cloud, self.timer_label,
                      self.categories):
                w.hide()
            return
        self.position.setText(T.PRESENTER_POSITION.format(n=self.index + 1,
                                                          total=len(self.items)))
        self.form_label.setText(item.title)
        self.question.setText(item.question)
        voting = item.result == "stemmen"
        self.vote_bar.setVisible(voting)
        self.vote_summary.setVisible(voting)
        if voting:
            counts = item.votes()
            self.vote_bar.set_counts(counts)
            self.vote_summary.setText(T.VOTE_SUMMARY.format(**counts))
        # The hats (4.4) with their questions, the roles of the subgroups.
        cats = item.form.categories if item.form and item.result in ("petten", "groepen",
                                                                     "duo") else ()
        self.categories.setVisible(bool(cats))
        self.categories.setText("<br>".join(
            f"<span style='color:{ON_DARK.get(c.key, c.color)}'>"
            f"<b>{c.label}</b></span>: {c.meaning}" for c in cats))
        self.cloud.setVisible(item.result == "woorden")
        if item.result == "woorden":
            self.cloud.set_words(item.words())
        self.timer_label.show()
        if reset_timer:
            self.running = False
            self._tick.stop()
            self._spent_ms = 0
            self.remaining = item.minutes * 60
        self._update_timer()

    def _update_timer(self) -> None:
        spent = self._spent_ms + (self._clock.elapsed() if self.running else 0)
        item = self.current
        total = (item.minutes * 60) if item else 0
        self.remaining = total - spent // 1000
        left = abs(self.remaining)
        text = f"{'-' if self.remaining < 0 else ''}{left // 60}:{left % 60:02d}"
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #ff8a80;" if self.remaining < 0 else "")

    # -- keyboard -----------------------------------------------------------------------

    def go(self, step: int) -> None:
        """Shows the next (+1) or previous (-1) agenda item."""
        target = self.index + step
        if not self.items or not 0 <= target < len(self.items):
            return
        self.index = target
        self._show_item(reset_timer=True)
        self.item_changed.emit(self.items[self.index].id)

    def toggle_timer(self) -> None:
        """Starts or pauses the timer of the current item."""
        if self.running:
            self._spent_ms += self._clock.elapsed()
            self.running = False
            self._tick.stop()
        else:
            self._clock.start()
            self.running = True
            self._tick.start()
        self._update_timer()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in NEXT_KEYS:
            self.go(1)
        elif key in PREVIOUS_KEYS:
            self.go(-1)
        elif key == Qt.Key.Key_T:
            self.toggle_timer()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("wv_item", "wv_entry", "wv_participant", "wv_session", "person"):
            keep = self.current.id if self.current else None
            self.reload()
            if keep:
                self.index = next((i for i, it in enumerate(self.items) if it.id == keep),
                                  self.index)
            self._show_item()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self._tick.stop()
        try:
            self.controller.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
