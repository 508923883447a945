"""The details beside the map: the selected player or relation, and the "volgende stap"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.stakeholders.ops import (
    next_step_text,
    set_attitude,
    set_next_step,
    set_ring,
    update_player,
)
from zvdesk.models.stakeholders.read import PlayerView, RelationView, StakeholderMap
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_SYMBOLS,
    RING_LABELS,
    Attitude,
    RelationKind,
    Ring,
)
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.autosave import attach_line, show_text
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.recordtable import LongTextEditor


def text_editor(controller: DocumentController, kind: str, name: str, title: str,
                tooltip: str, max_height: int = 110) -> LongTextEditor:
    """A long-text field of one record that saves while the user types.

    A :class:`LongTextEditor`: its typing is saved within a second and by ``flush_editors``.
    """
    editor = LongTextEditor(controller, kind, Field(name, title, "longtext", tooltip=tooltip))
    editor.label.hide()
    editor.edit.setMaximumHeight(max_height)
    return editor


class DetailsPanel(QStackedWidget):
    """Edits the one selected player or relation; each change is one undo step."""

    def __init__(self, controller: DocumentController, on_error: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.on_error = on_error
        self.player: PlayerView | None = None
        self.relation: RelationView | None = None
        self.empty = QLabel(texts.NO_SELECTION)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self.addWidget(self._player_page())
        self.addWidget(self._relation_page())
        read_only = controller.read_only
        for widget in (self.name_edit, self.initials_edit, self.ring_combo, self.kind_combo,
                       *self.attitude_buttons.values()):
            widget.setEnabled(not read_only)

    # -- pages ------------------------------------------------------------------------------

    @staticmethod
    def _page() -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        return page, form

    def _player_page(self) -> QWidget:
        page, form = self._page()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(texts.NAME)
        self.name_autosave = attach_line(self.name_edit, self._name_edited,
                                         lambda: self._name_edited(quiet=True))
        self.initials_edit = QLineEdit()
        self.initials_edit.setMaxLength(8)
        self.initials_edit.setAccessibleName(texts.INITIALS)
        self.initials_autosave = attach_line(self.initials_edit, self._initials_edited,
                                             lambda: self._initials_edited(quiet=True))
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.ring_combo = QComboBox()
        self.ring_combo.setAccessibleName(texts.RING)
        for ring in Ring:
            self.ring_combo.addItem(RING_LABELS[ring], ring)
        self.ring_combo.activated.connect(self._ring_chosen)
        self.attitude_group = QButtonGroup(self)
        self.attitude_buttons: dict[Attitude, QRadioButton] = {}
        attitudes = QVBoxLayout()
        attitudes.setSpacing(0)
        for attitude in (Attitude.GREEN, Attitude.BLUE, Attitude.RED):
            button = QRadioButton(f"{ATTITUDE_SYMBOLS[attitude]} "
                                  f"{texts.ATTITUDE_SHORT[attitude]}")
            button.setToolTip(f"Sneltoets op de kaart: {texts.ATTITUDE_KEYS[attitude]}")
            self.attitude_group.addButton(button)
            self.attitude_buttons[attitude] = button
            button.clicked.connect(lambda _c=False, a=attitude: self._attitude_chosen(a))
            attitudes.addWidget(button)
        self.notes = text_editor(self.controller, "stakeholder", "notes", texts.NOTES,
                                 texts.NOTES_TIP)
        form.addRow(f"{texts.NAME}:", self.name_edit)
        form.addRow(f"{texts.INITIALS}:", self.initials_edit)
        form.addRow("", self.link_label)
        form.addRow(f"{texts.RING}:", self.ring_combo)
        form.addRow(f"{texts.ATTITUDE}:", attitudes)
        form.addRow(f"{texts.NOTES}:", self.notes)
        return page

    def _relation_page(self) -> QWidget:
        page, form = self._page()
        self.ends_label = QLabel()
        self.ends_label.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(texts.RELATION)
        for kind in RelationKind:
            self.kind_combo.addItem(texts.RELATION_SHORT[kind], kind)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.relation_note = text_editor(self.controller, "stakeholder_relation", "note",
                                         texts.RELATION_NOTE, texts.RELATION_NOTE_TIP)
        form.addRow(f"{texts.RELATION}:", self.ends_label)
        form.addRow(f"{texts.RELATION_SHORT[RelationKind.GOOD]} / "
                    f"{texts.RELATION_SHORT[RelationKind.BAD].lower()}:", self.kind_combo)
        form.addRow(f"{texts.RELATION_NOTE}:", self.relation_note)
        return page

    # -- showing ----------------------------------------------------------------------------

    def show_selection(self, data: StakeholderMap, player_ids: list[str],
                       relation_ids: list[str]) -> None:
        """Shows the one selected player or relation (or a hint)."""
        player = data.player(player_ids[0]) if len(player_ids) == 1 else None
        same = player is not None and self.player is not None and player.id == self.player.id
        if not same:
            self.name_autosave.flush()  # typing belongs to the player shown until now
            self.initials_autosave.flush()
        self.player = player
        self.relation = None
        if not player_ids and len(relation_ids) == 1:
            self.relation = next((r for r in data.relations if r.id == relation_ids[0]), None)
        if self.player is not None:
            p = self.player
            if same:  # the user's own save coming back must not move the cursor
                show_text(self.name_edit, p.name, self.name_autosave)
                show_text(self.initials_edit, p.initials, self.initials_autosave)
            else:
                self.name_edit.setText(p.name)
                self.initials_edit.setText(p.initials)
            self.name_edit.setReadOnly(bool(p.person_id or p.organisation_id))
            what = p.organisation if not p.person_id else (
                f"{p.name}" + (f", {p.organisation}" if p.organisation else ""))
            self.link_label.setText(texts.LINKED.format(what=what)
                                    if p.person_id or p.organisation_id else texts.FREE_TEXT)
            self.ring_combo.setCurrentIndex(self.ring_combo.findData(p.ring))
            self.attitude_buttons[p.attitude].setChecked(True)
            self.notes.load(p.id)
            self.setCurrentIndex(1)
        elif self.relation is not None:
            r = self.relation
            a, b = data.player(r.source_id), data.player(r.target_id)
            self.ends_label.setText(texts.RELATION_BETWEEN.format(
                a=a.name if a else "?", b=b.name if b else "?"))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(r.kind))
            self.relation_note.load(r.id)
            self.setCurrentIndex(2)
        else:
            self.empty.setText(texts.MANY_SELECTED.format(n=len(player_ids))
                               if len(player_ids) > 1 else texts.NO_SELECTION)
            self.setCurrentIndex(0)

    # -- editing ----------------------------------------------------------------------------

    def _update(self, field: str, title: str, value: object, *, quiet: bool = False) -> bool:
        """One undo step; ``quiet`` (while typing): a refusal waits silently (False)."""
        if self.player is None:
            return True
        pid = self.player.id
        outcome = run_edit(self, self.controller, texts.UNDO_FIELD.format(field=title),
                           lambda s: update_player(s, pid, {field: value}), show=not quiet)
        return bool(outcome) or not quiet  # refused while typing: wait silently (False)

    def _name_edited(self, *, quiet: bool = False) -> bool:
        p = self.player
        if p is not None and not self.name_edit.isReadOnly() and (
                self.name_edit.text().strip() != p.name):
            return self._update("name", texts.NAME, self.name_edit.text().strip(), quiet=quiet)
        return True

    def _initials_edited(self, *, quiet: bool = False) -> bool:
        p = self.player
        if p is not None and self.initials_edit.text().strip() != p.initials:
            return self._update("initials", texts.INITIALS, self.initials_edit.text().strip(),
                                quiet=quiet)
        return True

    def _ring_chosen(self, _index: int) -> None:
        ring = self.ring_combo.currentData()
        if self.player is not None and ring is not self.player.ring:
            pid = self.player.id
            run_edit(self, self.controller, texts.UNDO_RING, lambda s: set_ring(s, pid, ring))

    def _attitude_chosen(self, attitude: Attitude) -> None:
        if self.player is not None and attitude is not self.player.attitude:
            pid = self.player.id
            run_edit(self, self.controller, texts.UNDO_ATTITUDE,
                     lambda s: set_attitude(s, [pid], attitude))

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if self.relation is not None and kind is not self.relation.kind:
            rid = self.relation.id
            run_edit(self, self.controller, texts.UNDO_RELATION_KIND,
                     lambda s: ops.update_record(s, "stakeholder_relation", rid, {"kind": kind}))


class NextStepEditor(LongTextEditor):
    """Step 4: the next step, one text per project (its row is made on the first save)."""

    def __init__(self, controller: DocumentController, project_id: str,
                 on_error: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(controller, "stakeholder_next_step",
                         Field("text", texts.NEXT_STEP, "longtext", tooltip=texts.NEXT_STEP_TIP),
                         parent)
        self.project_id = project_id
        self.on_error = on_error
        self.label.hide()
        self.record_id = project_id  # stands for "this project": never None, so it is enabled

    def load(self, _record_id: str | None = None) -> None:
        """Shows the project's next step (saving pending typing first)."""
        self.commit()
        with self.controller.session() as s:
            text = next_step_text(s, self.project_id)
        if self.edit.toPlainText() != text:
            self._loading = True
            self.edit.setPlainText(text)
            self._loading = False
        self.setEnabled(True)

    def commit(self) -> None:
        """Saves what was typed (one undo step)."""
        self.autosave.done()
        if not self._dirty or self.controller.read_only:
            return
        self._dirty = False
        text = self.edit.toPlainText()
        with self.controller.session() as s:
            if next_step_text(s, self.project_id) == text:
                return
        run_edit(self, self.controller, texts.UNDO_NEXT_STEP,
                 lambda s: set_next_step(s, self.project_id, text),
                 on_failure=self.on_error, show=False)
