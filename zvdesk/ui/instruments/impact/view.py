"""The view on the impact canvas: the kit's view plus F2 editing, the card menu, palette drops."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from zvdesk.models.impact.ops import delete_selection, retype_element, update_element
from zvdesk.models.impact.tables import ElementKind
from zvdesk.ui import dialogs
from zvdesk.ui.canvas.palette import palette_mime
from zvdesk.ui.canvas.view import CanvasView
from zvdesk.ui.instruments.impact import texts
from zvdesk.ui.instruments.impact.scene import ImpactScene
from zvdesk.ui.widgets.autosave import AutoSave

#: Mime type of a palette drag: the element kind's value as UTF-8.
KIND_MIME = "application/x-zvdesk-impact-kind"


def kind_mime(kind: ElementKind) -> QMimeData:
    """The mime data a palette drag carries."""
    return palette_mime(KIND_MIME, kind.value)


class InlineEditor(QLineEdit):
    """A one-line editor over a card (F2); Enter saves, Escape cancels.

    The title is saved while it is typed (:class:`AutoSave`); Escape puts the title back as
    it was, in the same undo step, so a cancelled edit leaves no trace.
    """

    def __init__(self, view: ImpactView, element_id: str, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.element_id = element_id
        self.setAccessibleName(texts.FIELD_TITLE)
        self.returnPressed.connect(self.commit)
        self._done = False
        self._original = text
        self.autosave = AutoSave(self, self._write)
        self.textEdited.connect(lambda _t: self.autosave.touch())

    def _write(self, title: str | None = None) -> None:
        title = self.text().strip() if title is None else title
        eid = self.element_id
        card = self.view.impact_scene.cards.get(eid)
        if title and card is not None and title != card.element.title:
            self.view.impact_scene.execute(
                texts.UNDO_EDIT, lambda s: update_element(s, eid, {"title": title}))

    def commit(self) -> None:
        """Saves the title (one undo step) and closes."""
        if self._done:
            return
        self._done = True
        self.autosave.done()
        self.autosave.finish(self._write)
        self.close_editor()

    def cancel(self) -> None:
        """Escape: the title as it was before the editor opened, and closes."""
        if not self._done:
            self._done = True
            self.autosave.done()
            self.autosave.finish(lambda: self._write(self._original))
        self.close_editor()

    def close_editor(self) -> None:
        """Removes the editor and gives the focus back to the canvas."""
        self._done = True
        self.view.editor = None
        self.hide()
        self.deleteLater()
        self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().focusOutEvent(event)
        if not self._done:
            self.commit()


class ImpactView(CanvasView):
    """Shows an :class:`ImpactScene` (zoom, fit, pan, nudges from the kit); F2 edits a card."""

    def __init__(self, scene: ImpactScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent, fit_max_zoom=1.0)
        self.impact_scene = scene
        self.editor: InlineEditor | None = None
        self.setAccessibleName("Canvas van de beleidstheorie")
        scene.edit_requested.connect(self.edit_card)
        self.delete_requested.connect(self.delete_selection)
        self.accept_drop(KIND_MIME, self._drop_kind)

    # -- keyboard ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_F2 and self.impact_scene.interaction is None:
            ids = self.impact_scene.selected_ids()
            if ids:
                self.edit_card(ids[0])
            event.accept()
            return
        super().keyPressEvent(event)

    def delete_selection(self) -> None:
        """Deletes the selected cards (with their links) and links: one undo step."""
        ids = self.impact_scene.selected_ids()
        link_ids = self.impact_scene.selected_link_ids()
        if (not ids and not link_ids) or self.impact_scene.read_only:
            return
        theory = self.impact_scene.theory
        chosen = set(ids)
        going = [lk for lk in theory.links if lk.id not in link_ids
                 and (lk.source_id in chosen or lk.target_id in chosen)]
        if going:
            by_id = theory.by_id()
            what = (f"de kaart ‘{by_id[ids[0]].title}’" if len(ids) == 1 and ids[0] in by_id
                    else f"deze {len(ids)} kaarten")
            n = len(going)
            if not dialogs.confirm(
                    self, texts.UNDO_DELETE,
                    f"Wilt u {what} verwijderen? {'De verbinding' if n == 1 else f'De {n} verbindingen'} "
                    f"met andere kaarten {'verdwijnt' if n == 1 else 'verdwijnen'} dan ook. "
                    "U kunt dit ongedaan maken met Ctrl+Z.", yes="Verwijderen"):
                return
        self.impact_scene.execute(texts.UNDO_DELETE,
                                  lambda s: delete_selection(s, ids, link_ids))

    def edit_card(self, element_id: str) -> None:
        """Opens the in-place editor over a card."""
        card = self.impact_scene.cards.get(element_id)
        if card is None or self.impact_scene.controller.read_only:
            return
        if self.editor is not None:
            self.editor.commit()  # the title typed in the other card's editor is kept
        self.ensureVisible(card)
        rect = self.mapFromScene(card.sceneBoundingRect()).boundingRect()
        self.editor = InlineEditor(self, element_id, card.element.title)
        self.editor.setGeometry(rect.left() + 4, rect.top() + 18, max(120, rect.width() - 8),
                                self.editor.sizeHint().height())
        self.editor.show()
        self.editor.selectAll()
        self.editor.setFocus()

    def card_menu(self, element_id: str) -> QMenu:
        """The right-click menu of a card (acts on the selection it belongs to)."""
        scene = self.impact_scene
        card = scene.cards[element_id]
        if not card.isSelected():
            scene.select_ids([element_id])
        ids = scene.selected_ids()
        menu = QMenu(self)
        menu.addAction(texts.ACT_EDIT).triggered.connect(lambda: self.edit_card(element_id))
        kinds = menu.addMenu(texts.MENU_KIND)
        for kind in ElementKind:
            action = kinds.addAction(texts.KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: scene.execute(
                texts.UNDO_RETYPE, lambda s: [retype_element(s, i, k) for i in ids]))
        menu.addSeparator()
        menu.addAction(texts.ACT_DELETE).triggered.connect(self.delete_selection)
        for action in menu.actions():
            action.setEnabled(not scene.controller.read_only)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        card = self.impact_scene.card_at(self.mapToScene(event.pos()))
        if card is None:
            super().contextMenuEvent(event)
            return
        self.card_menu(card.element_id).exec(event.globalPos())
        event.accept()

    # -- palette drops ----------------------------------------------------------------

    def _drop_kind(self, payload: str, pos: QPointF) -> None:
        try:
            kind = ElementKind(payload)
        except ValueError:
            return
        lane = self.impact_scene.layout.lane_at(pos.x(), pos.y())
        # Lane and kind are one: dropped in its own lane the card lands where it was
        # dropped, elsewhere it goes to the bottom of its own lane.
        self.impact_scene.add_card(kind, pos if lane is kind else None)
