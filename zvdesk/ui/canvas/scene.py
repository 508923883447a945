"""The base scene of every canvas: it mirrors model records by id and routes gestures.

The scene never writes the database itself. A gesture ends in :meth:`CanvasScene.execute`
(one undo step); the model changes, the controller emits ``changed`` and the scene brings its
items in line with what the model now holds: one item per record, kept by id, added, updated
or removed (:class:`Mirror`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent
from sqlalchemy.orm import Session

from zvdesk.models.core.changes import Changes
from zvdesk.ui import dialogs
from zvdesk.ui.canvas import texts
from zvdesk.ui.operations import EditOutcome, run_edit

if TYPE_CHECKING:
    from zvdesk.ui.canvas.interactions import UserInteraction
    from zvdesk.ui.controller import DocumentController

log = logging.getLogger(__name__)

RecordT = TypeVar("RecordT")
ItemT = TypeVar("ItemT", bound=QGraphicsItem)


#: What :meth:`CanvasScene.execute` did: ``ok`` (truthy) and the model function's value.
EditResult = EditOutcome


class Mirror(Generic[RecordT, ItemT]):
    """One graphics item per record of one kind, kept by id.

    :meth:`sync` adds an item for a new record, updates the item of a record that is still
    there and removes the item of a record that is gone. ``items`` is one dict for the
    mirror's whole life, so a scene can expose it (``scene.cards = mirror.items``).

    Args:
        scene: The scene the items live in.
        make: Builds the item of a new record (fully showing it).
        update: Shows a record's new data on its existing item.
        remove: Called before an item leaves the scene (detach what refers to it).
        key: The id of a record (default: its ``id`` attribute).
    """

    def __init__(self, scene: QGraphicsScene, make: Callable[[RecordT], ItemT],
                 update: Callable[[ItemT, RecordT], None],
                 remove: Callable[[ItemT], None] | None = None,
                 key: Callable[[RecordT], str] = lambda record: record.id) -> None:
        self.scene = scene
        self.items: dict[str, ItemT] = {}
        self._make = make
        self._update = update
        self._remove = remove
        self._key = key

    def sync(self, records: Iterable[RecordT]) -> tuple[list[str], list[str]]:
        """Brings the items in line with the records; returns (added ids, removed ids)."""
        live: set[str] = set()
        added: list[str] = []
        for record in records:
            record_id = self._key(record)
            live.add(record_id)
            item = self.items.get(record_id)
            if item is None:
                item = self.items[record_id] = self._make(record)
                if item.scene() is not self.scene:
                    self.scene.addItem(item)
                added.append(record_id)
            else:
                self._update(item, record)
        removed = [record_id for record_id in self.items if record_id not in live]
        for record_id in removed:
            self.discard(record_id)
        return added, removed

    def discard(self, record_id: str) -> None:
        """Removes one item now (e.g. to rebuild it on the next sync)."""
        item = self.items.pop(record_id, None)
        if item is None:
            return
        if self._remove is not None:
            self._remove(item)
        if item.scene() is self.scene:
            self.scene.removeItem(item)

    def __iter__(self) -> Iterator[str]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.items


class GestureScene(QGraphicsScene):
    """A scene that routes the mouse to one running gesture (:class:`UserInteraction`).

    A left press asks :meth:`interaction_for_press` for a gesture; while one runs it gets
    the mouse moves, the release and the keys (Esc cancels it). :class:`CanvasScene` builds
    on this; a scene that only shows what another scene read (the impact quadrant) can use
    it on its own.
    """

    #: True when gestures may not write (no gesture starts then).
    read_only: bool = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interaction: UserInteraction | None = None

    def start_interaction(self, interaction: UserInteraction) -> None:
        """Makes a gesture the running one (cancelling any other) and starts it."""
        self.cancel_interaction()
        self.interaction = interaction
        interaction.finished.connect(lambda: self._interaction_done(interaction))
        interaction.start()

    def cancel_interaction(self) -> None:
        """Cancels the running gesture, if any (its items go back)."""
        if self.interaction is not None:
            self.interaction.cancel()
        self.interaction = None

    def _interaction_done(self, interaction: UserInteraction) -> None:
        if self.interaction is interaction:
            self.interaction = None

    def interaction_for_press(self, event: QGraphicsSceneMouseEvent) -> UserInteraction | None:
        """The gesture a left press starts; None lets Qt handle the press."""
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self.read_only:
            super().mousePressEvent(event)
            return
        interaction = self.interaction_for_press(event)
        if interaction is None:
            super().mousePressEvent(event)
            return
        event.accept()
        self.start_interaction(interaction)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None:
            self.interaction.mouse_move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            # No longer the running gesture: the reload its write causes must not cancel it.
            interaction, self.interaction = self.interaction, None
            interaction.mouse_release(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.interaction is not None and self.interaction.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)


class CanvasScene(GestureScene):
    """Base of a canvas scene: mirrors records, routes the mouse to one running gesture.

    A subclass sets :attr:`watched_kinds`, builds its :class:`Mirror` objects (the first
    one passed to :meth:`set_records` is the canvas's selectable records: cards, tokens),
    implements :meth:`read` and :meth:`sync`, and calls :meth:`reload` at the end of its
    ``__init__``. Items of the record mirror carry their id as ``record_id``.

    Signals:
        reloaded(object): after every reload, with what :meth:`read` returned (the
            snapshot now shown; side panels show the same data).
    """

    reloaded = Signal(object)

    #: Kinds (table names) whose changes alter what the canvas shows.
    watched_kinds: tuple[str, ...] = ()
    #: Title of the message shown when a write is refused.
    error_title: str = texts.NOT_SAVED
    #: One arrow key moves the selection this far (scene units; Shift: five times).
    nudge_step: float = 10.0
    #: Modifiers with which a click adds a record to the selection or takes it out.
    toggle_modifiers = Qt.KeyboardModifier.ControlModifier

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.records: Mirror[Any, Any] | None = None
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        controller.changed.connect(self._on_changed)

    @property
    def read_only(self) -> bool:  # type: ignore[override]
        """True when the document refuses edits."""
        return self.controller.read_only

    def set_records(self, mirror: Mirror[Any, Any]) -> None:
        """Names the mirror of the selectable records (selection, moves and nudges)."""
        self.records = mirror

    # -- mirroring the model ---------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.watched_kinds):
            self.reload(changes)

    def reload(self, changes: Changes | None = None) -> None:
        """Reads the model and brings the items in line (keeping item identity).

        A gesture still running is cancelled first: its items are about to move.
        """
        self.cancel_interaction()
        with self.controller.session() as s:
            data = self.read(s)
        self.sync(data, changes if changes is not None else Changes.all())
        self.reloaded.emit(data)

    def read(self, session: Session) -> Any:
        """Reads what the canvas shows (one short session); returns the snapshot."""
        raise NotImplementedError

    def sync(self, data: Any, changes: Changes) -> None:
        """Brings the items in line with a snapshot from :meth:`read`."""
        raise NotImplementedError

    # -- the one way to write --------------------------------------------------------------

    def execute(self, text: str, fn: Callable[[Session], Any], *,
                merge_key: Hashable | None = None) -> EditResult:
        """Runs one undoable edit through :func:`zvdesk.ui.operations.run_edit`.

        A refusal shows its Dutch message over the canvas and reloads (items a gesture already
        moved jump back).

        Args:
            text: The Dutch undo text ("Kaart verplaatsen").
            fn: The model function (one transaction).
            merge_key: Edits with the same key close together are one undo step.

        Returns:
            An :class:`EditResult`: truthy when written, with what ``fn`` returned.
        """
        parent = self.views()[0] if self.views() else None
        return run_edit(parent, self.controller, text, fn, merge_key=merge_key,
                        title=self.error_title, on_failure=lambda _msg: self.reload())

    def show_error(self, message: str) -> None:
        """Shows a Dutch message over the canvas."""
        parent = self.views()[0] if self.views() else None
        dialogs.show_error(parent, self.error_title, message)

    # -- selection ---------------------------------------------------------------------------

    def record_items(self) -> dict[str, Any]:
        """The items of the selectable records by id."""
        return self.records.items if self.records is not None else {}

    def selected_ids(self) -> list[str]:
        """Ids of the selected records, in the mirror's order."""
        return [rid for rid, item in self.record_items().items() if item.isSelected()]

    def selected_record_items(self) -> list[Any]:
        """The selected record items, in the mirror's order."""
        return [item for item in self.record_items().values() if item.isSelected()]

    def select_ids(self, ids: Iterable[str]) -> None:
        """Selects exactly these records (one ``selectionChanged``)."""
        items = self.record_items()
        was_blocked = self.blockSignals(True)
        try:
            self.clearSelection()
            for record_id in ids:
                item = items.get(record_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(was_blocked)
        if not was_blocked:
            self.selectionChanged.emit()

    def record_item_at(self, pos: QPointF) -> Any | None:
        """The topmost record item under a scene point, or None."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if getattr(item, "record_id", None) in self.record_items():
                return item
        return None

    def selectable_item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The topmost selectable item under a scene point (a card, an arrow), or None."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, QTransform()):
            if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                return item
        return None

    def export_rect(self) -> QRectF:
        """The part of the scene an export shows (default: all items with a margin)."""
        return self.itemsBoundingRect().adjusted(-20, -20, 20, 20)

    # -- gestures ----------------------------------------------------------------------------

    def interaction_for_press(self, event: QGraphicsSceneMouseEvent) -> UserInteraction | None:
        """The gesture a left press starts; None lets Qt handle the press (select an arrow).

        A press on a record starts :meth:`press_on_record`; on empty space a rubber band.
        """
        pos = event.scenePos()
        item = self.record_item_at(pos)
        if item is not None:
            return self.press_on_record(item, event)
        if self.selectable_item_at(pos) is not None:
            return None
        from zvdesk.ui.canvas.interactions import RubberBandInteraction

        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.ShiftModifier))
        return RubberBandInteraction(self, pos, additive=additive)

    def press_on_record(self, item: Any, event: QGraphicsSceneMouseEvent
                        ) -> UserInteraction | None:
        """Selection rules of a press on a record, then a move of the selection.

        :attr:`toggle_modifiers` (Ctrl) toggle the record; a plain press on an unselected
        record selects only it.
        """
        toggle = bool(event.modifiers() & self.toggle_modifiers)
        if toggle:
            item.setSelected(not item.isSelected())
            if not item.isSelected():
                return None
        elif not item.isSelected():
            self.select_ids([item.record_id])
        item.setFocus()
        return self.move_interaction(self.selected_record_items(), event.scenePos())

    def move_interaction(self, items: list[Any], start: QPointF) -> UserInteraction | None:
        """The gesture that drags these items (a subclass of MoveInteraction)."""
        return None

    def nudge_selection(self, dx: float, dy: float) -> bool:
        """Moves the selected records by (dx, dy) scene units: one write; False if refused."""
        return False

    def nudge_text(self, count: int) -> str:
        """The Dutch undo text of a burst of nudges moving ``count`` records."""
        return ""
