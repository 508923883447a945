"""The page of one step: what the step asks, its status, links, own content, four questions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.steps.content import questions, step_text
from zvdesk.models.steps.read import Stappenplan
from zvdesk.models.steps.tables import STATUS_LABELS, StepKey, StepStatus
from zvdesk.ui.instruments.steps import texts
from zvdesk.ui.instruments.steps.widgets import PausedText, status_icon
from zvdesk.ui.registry import instruments_for
from zvdesk.ui.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from zvdesk.ui.instruments.steps.tab import StepsTab


class StepContent(Protocol):
    """The part of a page that is particular to one step."""

    def load(self, plan: Stappenplan) -> None:
        """Shows the current values."""


def registered_links(keys: tuple[str, ...]) -> list[tuple[str, str]]:
    """(key, label) of the instruments among ``keys`` that exist in this build, in order.

    A region-wide instrument (2.3 Overlegstructuren) is linked too: it opens the region's tab.
    """
    specs = {spec.key: spec for spec in instruments_for("project") + instruments_for("region")}
    return [(key, specs[key].label) for key in keys if key in specs and key != "steps"]


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


class StepPage(QWidget):
    """Everything about one step, top to bottom.

    Args:
        tab: The stappenplan tab (saves, opens instruments).
        key: The step.
        content: The step's own content widget, or None.
    """

    def __init__(self, tab: StepsTab, key: StepKey, content: QWidget | None) -> None:
        super().__init__()
        self.tab = tab
        self.key = key
        self.content = content
        text = step_text(key)
        layout = QVBoxLayout(self)

        self.title_label = QLabel(text.label)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)

        explanation = [f"<b>{texts.ASKS.format(asks=text.asks)}</b>", text.task]
        if text.parts:
            explanation.append("<ul>" + "".join(f"<li>{p}</li>" for p in text.parts)
                               + "</ul>")
        if text.example:
            explanation.append(f"<i>{texts.EXAMPLE.format(example=text.example)}</i>")
        self.explanation = QLabel("<p>" + "</p><p>".join(explanation[:2]) + "</p>"
                                  + "".join(explanation[2:]))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.explanation)

        status_row = QHBoxLayout()
        self.status_label = QLabel(texts.STATUS_LABEL)
        self.status_combo = QComboBox()
        for status in StepStatus:
            self.status_combo.addItem(status_icon(status), STATUS_LABELS[status], status.value)
        self.status_combo.setAccessibleName(texts.STATUS_LABEL.replace("&", ""))
        self.status_combo.setEnabled(not tab.controller.read_only)
        self.status_label.setBuddy(self.status_combo)
        self.status_combo.activated.connect(self._status_chosen)
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status_combo)
        status_row.addStretch(1)
        layout.addLayout(status_row)

        self.link_buttons: dict[str, QPushButton] = {}
        links = registered_links(text.instruments)
        links_row = FlowLayout()  # wraps, so long instrument names never widen the page
        links_row.addWidget(QLabel(texts.LINKS_LABEL))
        for instrument_key, label in links:
            button = QPushButton(label)
            button.setToolTip(texts.LINK_TOOLTIP.format(label=label))
            button.clicked.connect(lambda _c=False, k=instrument_key: tab.open_instrument(k))
            self.link_buttons[instrument_key] = button
            links_row.addWidget(button)
        if not links:
            links_row.addWidget(QLabel(texts.NO_LINKS))
        layout.addLayout(links_row)

        if content is not None:
            layout.addWidget(content)

        box = QGroupBox(texts.QUESTIONS_BOX)
        box_layout = QVBoxLayout(box)
        self.questions: dict[str, PausedText] = {}
        for question in questions():
            editor = PausedText(
                tab.controller, texts.QUESTION_LABELS[question.key],
                lambda value, q=question.key: tab.save_step(
                    key, {q: value}, texts.QUESTION_UNDO[q]),
                hint=texts.HINT.format(hint=text.hints.get(question.key, "")),
                lines=3)
            editor.edit.setAccessibleName(question.title)
            self.questions[question.key] = editor
            box_layout.addWidget(editor)
        layout.addWidget(box)
        layout.addStretch(1)
        self._set_tab_order()

    def focus_chain(self) -> list[QWidget]:
        """The page's focusable widgets in reading order (top to bottom)."""
        widgets: list[QWidget] = [self.status_combo, *self.link_buttons.values()]
        if self.content is not None:
            widgets += [w for w in self.content.findChildren(QWidget)
                        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and not isinstance(w, QScrollBar) and w.parent() is not None
                        and not _inside_item_view(w)]
        widgets += [editor.edit for editor in self.questions.values()]
        return widgets

    def _set_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _status_chosen(self, index: int) -> None:
        status = StepStatus(self.status_combo.itemData(index))
        step = step_text(self.key)
        self.tab.save_step(self.key, {"status": status},
                           texts.STATUS_UNDO.format(step=step.number.lower()))

    def load(self, plan: Stappenplan) -> None:
        """Shows the current status, answers and content."""
        step = plan.step(self.key)
        self.status_combo.setCurrentIndex(self.status_combo.findData(step.status.value))
        for key, editor in self.questions.items():
            editor.set_value(step.answers.get(key, ""))
        if self.content is not None:
            self.content.load(plan)  # type: ignore[attr-defined]
