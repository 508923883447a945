"""Sub-page "Netwerkkaart": the bestuurlijke netwerkkaart on the canvas kit.

Meetings are boxes (coloured by level, the level also written in the box), links are arrows
(feeds into: solid; reports to: dashed). Drag a box to move it; Shift-drag from one box to
another links them; arrow keys nudge. Selecting a meeting shows its purpose, frequency and
participants beside the map. The inventory table is the same data for keyboard users.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.overleg import ops as ov
from zvdesk.models.overleg.read import Inventory, LinkRow, MeetingCard, inventory
from zvdesk.models.overleg.tables import LinkKind
from zvdesk.ui.canvas.export import export_with_dialog
from zvdesk.ui.canvas.interactions import ConnectInteraction, MoveInteraction
from zvdesk.ui.canvas.scene import CanvasScene, Mirror
from zvdesk.ui.canvas.view import CanvasView
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T

BOX_W, BOX_H = 180.0, 70.0
LEVEL_FILLS = {"Bestuurlijk": "#dbe6f4", "Tactisch": "#e3f1e1", "Operationeel": "#fbe9d7"}
LINE = QColor("#6b7785")


class MeetingItem(QGraphicsRectItem):
    """One meeting: name, level and frequency; a dashed border when it is to be dropped."""

    def __init__(self, card: MeetingCard) -> None:
        super().__init__(0, 0, BOX_W, BOX_H)
        self.record_id = card.id
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(2)
        self.text = QGraphicsTextItem(self)
        self.text.setTextWidth(BOX_W - 8)
        self.text.setPos(4, 2)
        self.text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.show_card(card)

    def show_card(self, card: MeetingCard) -> None:
        """Shows the meeting's current data."""
        self.card = card
        self.setPos(card.x, card.y)
        self.setBrush(QBrush(QColor(LEVEL_FILLS.get(card.level, "#eef1f5"))))
        pen = QPen(QColor("#1f2933"), 1.2)
        if card.decision == "Schrappen":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        level = card.level or "niveau onbekend"
        self.text.setHtml(f"<b>{_escape(card.name)}</b><br/><small>{_escape(level)} · "
                          f"{card.frequency}× per jaar"
                          + (f" · {_escape(card.decision.lower())}" if card.decision else "")
                          + "</small>")
        self.setToolTip(f"{card.name}\n{card.purpose}".strip())
        self.setRect(0, 0, BOX_W, max(BOX_H, self.text.boundingRect().height() + 4))

    def centre(self) -> QPointF:
        """The middle of the box in scene coordinates."""
        return self.pos() + self.rect().center()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _edge(centre: QPointF, towards: QPointF, height: float) -> QPointF:
    """Where the line from a box's centre towards a point leaves the box."""
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min((BOX_W / 2) / abs(dx) if dx else math.inf,
                (height / 2) / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class LinkItem(QGraphicsPathItem):
    """An arrow from one meeting to another."""

    def __init__(self, scene: MapScene, row: LinkRow) -> None:
        super().__init__()
        self.map = scene
        self.setZValue(1)
        self.show_link(row)

    def show_link(self, row: LinkRow) -> None:
        """Shows the link's kind and follows its meetings."""
        self.row = row
        pen = QPen(LINE, 1.4)
        if row.kind == "rapporteert aan":
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(QBrush(LINE))
        self.setToolTip(f"{row.source} {row.kind} {row.target}")
        self.follow()

    def follow(self) -> None:
        """Redraws between the current places of its two meetings."""
        source = self.map.meetings.get(self.row.source_id)
        target = self.map.meetings.get(self.row.target_id)
        if source is None or target is None:
            self.setPath(QPainterPath())
            return
        a = _edge(source.centre(), target.centre(), source.rect().height())
        b = _edge(target.centre(), source.centre(), target.rect().height())
        path = QPainterPath(a)
        path.lineTo(b)
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        head = QPolygonF([b, b - QPointF(math.cos(angle - 0.4) * 10, math.sin(angle - 0.4) * 10),
                          b - QPointF(math.cos(angle + 0.4) * 10, math.sin(angle + 0.4) * 10)])
        path.addPolygon(head)
        self.setPath(path)


class MapMove(MoveInteraction):
    """Writes the dragged meetings' places (one undo step)."""

    def follow(self) -> None:  # noqa: D102
        self.scene.follow_links()

    def write(self) -> bool:  # noqa: D102
        places = {i.record_id: (i.pos().x(), i.pos().y()) for i in self.items}
        return bool(self.scene.execute(T.MAP_MOVE, lambda s: ov.move_meetings(s, places)))


class MapConnect(ConnectInteraction):
    """Shift-drag from a meeting to another: "feeds into"."""

    def connect(self, source_id: str, target_id: str) -> bool:  # noqa: D102
        return bool(self.scene.execute(T.MAP_LINK, lambda s: ov.add_link(
            s, source_id, target_id, LinkKind.FEEDS)))


class MapScene(CanvasScene):
    """The region's meetings and their links."""

    watched_kinds = ("meeting", "meeting_link", "meeting_participant", "meeting_theme",
                     "person", "organisation")

    def __init__(self, controller: DocumentController) -> None:
        super().__init__(controller, "")
        self.meeting_mirror: Mirror[MeetingCard, MeetingItem] = Mirror(
            self, MeetingItem, MeetingItem.show_card)
        self.meetings = self.meeting_mirror.items
        self.link_mirror: Mirror[LinkRow, LinkItem] = Mirror(
            self, lambda row: LinkItem(self, row), LinkItem.show_link)
        self.links = self.link_mirror.items
        self.set_records(self.meeting_mirror)
        self.data: Inventory | None = None
        self.reload()

    def read(self, session: Any) -> Inventory:  # noqa: D102
        return inventory(session)

    def sync(self, data: Inventory, changes: Any) -> None:  # noqa: D102
        self.data = data
        self.meeting_mirror.sync(data.meetings)
        self.link_mirror.sync(data.links)
        self.follow_links()
        rect = self.itemsBoundingRect().adjusted(-60, -60, 60, 60)
        self.setSceneRect(rect.united(QRectF(0, 0, 900, 600)))

    def follow_links(self) -> None:
        """Redraws every arrow (after a drag step)."""
        for item in self.links.values():
            item.follow()

    def press_on_record(self, item: Any, event: QGraphicsSceneMouseEvent) -> Any:  # noqa: D102
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not self.read_only:
            return MapConnect(self, item, item.centre())
        return super().press_on_record(item, event)

    def move_interaction(self, items: list[Any], start: QPointF) -> Any:  # noqa: D102
        return None if self.read_only else MapMove(self, items, start)

    def nudge_text(self, count: int) -> str:  # noqa: D102
        return T.MAP_MOVE

    def nudge_selection(self, dx: float, dy: float) -> bool:  # noqa: D102
        places = {i.record_id: (i.pos().x() + dx, i.pos().y() + dy)
                  for i in self.selected_record_items()}
        if not places:
            return False
        return bool(self.execute(T.MAP_MOVE, lambda s: ov.move_meetings(s, places)))


class MapPage(QWidget):
    """The map beside the selected meeting's purpose, frequency and participants."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scene = MapScene(controller)
        self.view = CanvasView(self.scene, fit_max_zoom=1.0)
        self.view.setAccessibleName(T.MAP_ACCESSIBLE)
        self.view.setMinimumSize(360, 240)
        self.details = QLabel(T.MAP_NOTHING)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(T.MAP_DETAILS)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setMinimumWidth(220)
        self.png_button = QPushButton("PNG " + T.MAP_EXPORT)
        self.svg_button = QPushButton("SVG " + T.MAP_EXPORT)
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.svg_button.clicked.connect(lambda: self.export("svg"))
        bar = QHBoxLayout()
        intro = QLabel(T.MAP_INTRO)
        intro.setWordWrap(True)
        bar.addWidget(intro, 1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.svg_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.scene.selectionChanged.connect(self.show_selected)
        self.scene.reloaded.connect(lambda _d: self.show_selected())

    def show_selected(self) -> None:
        """Shows purpose, frequency and participants of the one selected meeting."""
        try:
            ids = self.scene.selected_ids()
        except RuntimeError:  # the scene's items are being destroyed with the window
            return
        item = self.scene.meetings.get(ids[0]) if len(ids) == 1 else None
        if item is None:
            self.details.setText(T.MAP_NOTHING)
            return
        card = item.card
        seats = "".join(f"<li>{_escape(s.label)}"
                        + (f" – {_escape(s.role)}" if s.role else "") + "</li>"
                        for s in card.seats)
        self.details.setText(
            f"<h3>{_escape(card.name)}</h3>"
            f"<p><b>{T.PURPOSE}:</b> {_escape(card.purpose) or '–'}</p>"
            f"<p><b>{T.FREQUENCY}:</b> {card.frequency}</p>"
            f"<p><b>{T.PARTICIPANTS}:</b></p><ul>{seats or '<li>–</li>'}</ul>")

    def export(self, fmt: str) -> None:
        """Saves the map as PNG or SVG."""
        export_with_dialog(self, self.scene, fmt, dialog_title=T.MAP_ACCESSIBLE,
                           suggestion="netwerkkaart", svg_title=T.MAP_ACCESSIBLE)


__all__ = ["MapPage", "MapScene", "MeetingItem"]
