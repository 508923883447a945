"""Side panel: every field of the selected card; each edit is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from zvdesk.models.impact.ops import (
    connect,
    retype_element,
    set_smart,
    set_sub_items,
    update_element,
    update_link,
)
from zvdesk.models.impact.tables import (
    QUADRANT_KINDS,
    SMART_CRITERIA,
    Element,
    ElementKind,
    Horizon,
    Influence,
    Link,
    Polarity,
    Theory,
    categories_for,
)
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.widgets.autosave import AutoSave, attach_line, attach_plain, show_text


class CommitText(QPlainTextEdit):
    """A multi-line field that reports its text while the user types and on focus-out."""

    committed = Signal(str)

    def __init__(self, rows: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * rows + 14))
        self._loaded = ""
        self._loading = False
        self._committing = False
        self.autosave = attach_plain(self, self.commit, lambda: self._loading)

    def load(self, text: str, *, same_record: bool = False) -> None:
        """Shows a value without reporting it.

        Args:
            text: The stored value.
            same_record: The value belongs to the record already shown: the field keeps the
                user's text when it is this field's own save coming back (the stored value
                may be trimmed) or when typing waits for its save. Another change (an undo)
                is shown.
        """
        self._loaded = text
        if same_record and (self._committing or self.autosave.waiting()):
            return
        self.autosave.done()
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def commit(self) -> None:
        """Reports the text when it differs from the value shown last."""
        self.autosave.done()
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self._committing = True
            try:
                self.committed.emit(self._loaded)
            finally:
                self._committing = False

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().focusOutEvent(event)
        self.autosave.finish(self.commit)


def _combo(items: list[tuple[Any, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


class ElementPanel(QScrollArea):
    """Edits the selected card. ``execute(text, fn)`` runs one undoable edit."""

    def __init__(self, execute: Callable[[str, Callable[[Session], Any]], object]) -> None:
        super().__init__()
        self.execute = execute
        self.element: Element | None = None
        self._loading = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.empty = QLabel(texts.PANEL_EMPTY)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.box = QWidget()
        outer.addWidget(self.box)
        self.link_box = QWidget()
        link_form = QFormLayout(self.link_box)
        link_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rationale = CommitText(4)
        self.rationale.setAccessibleName(texts.FIELD_RATIONALE)
        self.rationale.committed.connect(self._rationale)
        link_form.addRow(texts.FIELD_LINK, self.link_label)
        link_form.addRow(texts.FIELD_RATIONALE, self.rationale)
        outer.addWidget(self.link_box)
        self.link: Link | None = None
        outer.addStretch(1)
        form = QFormLayout(self.box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLineEdit()
        self.autosaves = [attach_line(self.title, lambda: self._set(
            "title", self.title.text().strip()))]
        self.kind = _combo([(k, texts.KIND_LABELS[k]) for k in ElementKind])
        self.kind.activated.connect(self._kind_chosen)
        self.description = CommitText(4)
        self.description.committed.connect(lambda t: self._set("description", t))
        self.actor = QLineEdit()
        self.autosaves.append(attach_line(self.actor, lambda: self._set(
            "actor", self.actor.text().strip())))
        self.category = QComboBox()
        self.category.activated.connect(
            lambda _i: self._set("category", self.category.currentData()))
        self.sub_items = CommitText(4)
        self.sub_items.committed.connect(self._subs)
        self.polarity = _combo([(p, texts.POLARITY_LABELS[p]) for p in Polarity])
        self.polarity.activated.connect(
            lambda _i: self._set("polarity", self.polarity.currentData()))
        self.influence = _combo([(i, texts.INFLUENCE_LABELS[i]) for i in Influence])
        self.influence.activated.connect(
            lambda _i: self._set("influence", self.influence.currentData()))
        self.handling = CommitText(3)
        self.handling.committed.connect(lambda t: self._set("handling", t))
        for label, widget in ((texts.FIELD_TITLE, self.title), (texts.FIELD_KIND, self.kind),
                              (texts.FIELD_DESCRIPTION, self.description),
                              (texts.FIELD_ACTOR, self.actor),
                              (texts.FIELD_CATEGORY, self.category),
                              (texts.FIELD_SUBITEMS, self.sub_items),
                              (texts.FIELD_POLARITY, self.polarity),
                              (texts.FIELD_INFLUENCE, self.influence),
                              (texts.FIELD_HANDLING, self.handling)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.rows = {name: form.labelForField(w) for name, w in (
            ("category", self.category), ("polarity", self.polarity),
            ("influence", self.influence), ("handling", self.handling))}
        self.smart_box = QGroupBox("SMART")
        smart_form = QFormLayout(self.smart_box)
        smart_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.smart: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.smart_autosaves: dict[str, AutoSave] = {}
        for key, label in SMART_CRITERIA:
            check = QCheckBox(label)
            check.setAccessibleName(f"{label} afgevinkt")
            edit = QLineEdit()
            edit.setAccessibleName(label)
            check.toggled.connect(lambda on, k=key: self._smart(k, checked=on))
            self.smart_autosaves[key] = attach_line(
                edit, lambda k=key, e=edit: self._smart(k, text=e.text()))
            self.autosaves.append(self.smart_autosaves[key])
            smart_form.addRow(check, edit)
            self.smart[key] = (check, edit)
        self.horizon = _combo([(None, texts.NONE)]
                              + [(h, texts.HORIZON_LABELS[h]) for h in Horizon])
        self.horizon.activated.connect(
            lambda _i: self._set("horizon", self.horizon.currentData()))
        smart_form.addRow(texts.FIELD_HORIZON, self.horizon)
        noticed = QWidget()
        row = QVBoxLayout(noticed)
        row.setContentsMargins(0, 0, 0, 0)
        self.citizens = QCheckBox(texts.NOTICED_CITIZENS)
        self.professionals = QCheckBox(texts.NOTICED_PROFESSIONALS)
        self.professionals.setToolTip(texts.NOTICED_PROFESSIONALS_TIP)
        self.citizens.toggled.connect(lambda on: self._set("noticed_by_citizens", on))
        self.professionals.toggled.connect(lambda on: self._set("noticed_by_professionals", on))
        row.addWidget(self.citizens)
        row.addWidget(self.professionals)
        smart_form.addRow(texts.FIELD_NOTICED, noticed)
        form.addRow(self.smart_box)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(texts.FIELD_LINKS, self.links)
        self.measured = QLabel()
        self.measured.setWordWrap(True)
        self.measured.setTextFormat(Qt.TextFormat.PlainText)
        self.measured.setAccessibleName(texts.FIELD_MEASURED)
        form.addRow(texts.FIELD_MEASURED, self.measured)
        self.connect_to = QComboBox()
        self.connect_to.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.connect_to.setMinimumContentsLength(12)
        self.connect_to.setAccessibleName(texts.FIELD_CONNECT)
        self.connect_to.activated.connect(self._connect_chosen)
        form.addRow(texts.FIELD_CONNECT, self.connect_to)
        self.show_element(None, None)

    def show_link(self, link: Link, theory: Theory) -> None:
        """Shows a selected link: where it goes and why."""
        same = self.link is not None and self.link.id == link.id
        self.show_element(None, None)  # saves typing of the card or link shown until now
        self.link = link
        by_id = theory.by_id()
        source, target = by_id.get(link.source_id), by_id.get(link.target_id)
        if source is None or target is None:
            return
        self.empty.setVisible(False)
        self.link_box.setVisible(True)
        self.link_label.setText(f"{source.title}\n→ {target.title}")
        self.rationale.load(link.rationale, same_record=same)

    def _rationale(self, text: str) -> None:
        if self.link is None or text == self.link.rationale:
            return
        link_id = self.link.id
        self.execute(texts.UNDO_LINK, lambda s: update_link(s, link_id, text.strip()))

    def set_read_only(self, read_only: bool) -> None:
        """Shows the fields without letting them be changed."""
        for widget in (self.title, self.actor):
            widget.setReadOnly(read_only)
        for widget in (self.description, self.sub_items, self.handling, self.rationale):
            widget.setReadOnly(read_only)
        for widget in (self.kind, self.category, self.polarity, self.influence, self.horizon,
                       self.citizens, self.professionals, self.smart_box, self.connect_to):
            widget.setEnabled(not read_only)

    def show_element(self, element: Element | None, theory: Theory | None) -> None:
        """Shows a card's fields (or the hint when nothing is selected)."""
        same = element is not None and self.element is not None and element.id == self.element.id
        if not same and not self._loading:
            for autosave in self.autosaves:  # typing belongs to the card shown until now
                autosave.flush()
            for text in (self.description, self.sub_items, self.handling):
                text.autosave.flush()
        if self.link is not None and not self._loading:
            self.rationale.autosave.flush()
        self._loading = True
        self.element = element
        self.link = None
        self.link_box.setVisible(False)
        self.empty.setVisible(element is None)
        self.box.setVisible(element is not None)
        if element is not None:
            if same:  # the user's own save coming back must not move the cursor
                show_text(self.title, element.title, self.autosaves[0])
            else:
                self.title.setText(element.title)
                self.title.setCursorPosition(0)
            _select(self.kind, element.kind)
            self.description.load(element.description, same_record=same)
            if same:
                show_text(self.actor, element.actor, self.autosaves[1])
            else:
                self.actor.setText(element.actor)
                self.actor.setCursorPosition(0)
            cats = categories_for(element.kind)
            self.category.clear()
            self.category.addItem(texts.NONE, None)
            for cat in cats:
                self.category.addItem(texts.CATEGORY_LABELS[cat], cat)
            _select(self.category, element.category)
            self.category.setVisible(bool(cats))
            self.rows["category"].setVisible(bool(cats))
            self.sub_items.load("\n".join(element.sub_items), same_record=same)
            quadrant = element.kind in QUADRANT_KINDS
            for name in ("polarity", "influence", "handling"):
                self.rows[name].setVisible(quadrant)
                getattr(self, name).setVisible(quadrant)
            _select(self.polarity, element.polarity)
            _select(self.influence, element.influence)
            self.handling.load(element.handling, same_record=same)
            self.smart_box.setVisible(element.kind is ElementKind.DOEL)
            for criterion in element.smart:
                check, edit = self.smart[criterion.key]
                check.setChecked(criterion.checked)
                if same:
                    show_text(edit, criterion.text, self.smart_autosaves[criterion.key])
                else:
                    edit.setText(criterion.text)
                    edit.setCursorPosition(0)
            _select(self.horizon, element.horizon)
            self.citizens.setChecked(element.noticed_by_citizens)
            self.professionals.setChecked(element.noticed_by_professionals)
            by_id = theory.by_id() if theory else {}
            targets = [by_id[lk.target_id].title for lk in (theory.links if theory else [])
                       if lk.source_id == element.id and lk.target_id in by_id]
            self.links.setText("\n".join(f"→ {t}" for t in targets) or texts.NONE)
            measured = theory.measured_by(element.id) if theory else ()
            self.measured.setText("\n".join(texts.MEASURED_LINE.format(name=name)
                                            for name in measured) or texts.MEASURED_NONE)
            linked = {lk.target_id for lk in (theory.links if theory else [])
                      if lk.source_id == element.id}
            self.connect_to.clear()
            self.connect_to.addItem(texts.CONNECT_PROMPT, None)
            for other in (theory.elements if theory else []):
                if other.id != element.id and other.id not in linked:
                    label = f"{texts.KIND_LABELS[other.kind]}: {other.title}"
                    self.connect_to.addItem(label if len(label) < 90 else label[:88] + "…",
                                            other.id)
        self._loading = False

    def _set(self, name: str, value: Any) -> None:
        if self._loading or self.element is None or getattr(self.element, name) == value:
            return
        if name == "title" and not value:
            return
        eid = self.element.id
        self.execute(texts.UNDO_EDIT, lambda s: update_element(s, eid, {name: value}))

    def _connect_chosen(self, _index: int) -> None:
        target = self.connect_to.currentData()
        if self._loading or self.element is None or not target:
            return
        source = self.element.id
        self.execute(texts.UNDO_CONNECT, lambda s: connect(s, source, target))

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind.currentData()
        if self._loading or self.element is None or kind is self.element.kind:
            return
        eid = self.element.id
        self.execute(texts.UNDO_EDIT, lambda s: retype_element(s, eid, kind))

    def _subs(self, text: str) -> None:
        if self._loading or self.element is None:
            return
        lines = [line for line in text.splitlines() if line.strip()]
        if lines == self.element.sub_items:
            return
        eid = self.element.id
        self.execute(texts.UNDO_EDIT, lambda s: set_sub_items(s, eid, lines))

    def _smart(self, key: str, text: str | None = None, checked: bool | None = None) -> None:
        if self._loading or self.element is None:
            return
        current = {c.key: c for c in self.element.smart}[key]
        if (text is None or text == current.text) and (
                checked is None or checked == current.checked):
            return
        eid = self.element.id
        self.execute(texts.UNDO_EDIT, lambda s: set_smart(s, eid, key, text, checked))
