"""The timeline: the project's moments above one lane per partner, and the beleidsraam's
three streams below; moments can be dragged to another date (one undo step on release).

Time runs left to right at ``scale`` pixels per day; zoom (Ctrl+wheel, Ctrl+= / Ctrl+-)
changes the scale, from weeks to years. The same data is in the tables of the other pages.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.timing.read import TimingData, timing_for_project
from zvdesk.models.timing.tables import Stream
from zvdesk.ui.instruments.timing import texts as T
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import MONTHS

LEFT = 130.0
LANE = 44.0
CLASH = QColor("#b3261e")
CYCLE = QColor("#9db7d8")
MOMENT = QColor("#1d4f91")
STREAM_COLOURS = {Stream.PROBLEMEN: QColor("#c05a00"), Stream.POLITIEK: QColor("#6a3d9a"),
                  Stream.OPLOSSINGEN: QColor("#2e8540")}


STREAM_SHORT = {Stream.PROBLEMEN: "Problemen", Stream.POLITIEK: "Politiek",
                Stream.OPLOSSINGEN: "Oplossingen"}


class MomentItem(QGraphicsRectItem):
    """A project moment: a diamond-like marker that moves along the time axis only."""

    def __init__(self, view: TimelineView, moment_id: str, title: str, day: date,
                 clash: bool) -> None:
        super().__init__(-6, -6, 12, 12)
        self.view = view
        self.record_id = moment_id
        self.day = day
        self.setRotation(45)
        self.setBrush(QBrush(MOMENT))
        self.setPen(QPen(CLASH, 3) if clash else QPen(Qt.GlobalColor.white, 1))
        self.setToolTip(f"{title} — {day.strftime('%d-%m-%Y')}")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable,
                     not view.controller.read_only)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.SizeHorCursor)
        self._y = 0.0

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            value.setY(self._y)  # time is the only axis a moment moves along
        return super().itemChange(change, value)

    def place(self, x: float, y: float) -> None:
        """Puts the marker at its date."""
        self._y = y
        self.setPos(x, y)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        new_day = self.view.day_at(self.pos().x())
        if new_day != self.day:
            self.view.move_moment(self.record_id, new_day)


class TimelineView(QGraphicsView):
    """Draws :class:`TimingData`; reloads on changes of the timing kinds."""

    def __init__(self, controller: Any, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.scale_px = 1.2  # pixels per day
        self.first = date.today()
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(T.PAGE_TIMELINE)
        self.setMinimumSize(240, 160)
        self.moment_items: dict[str, MomentItem] = {}
        self.data: TimingData | None = None
        for keys, factor in ((QKeySequence.StandardKey.ZoomIn, 1.5),
                             (QKeySequence.StandardKey.ZoomOut, 1 / 1.5)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda f=factor: self.zoom(f))
        self.reload()

    # -- coordinates ----------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        """The x of a date."""
        return LEFT + (day - self.first).days * self.scale_px

    def day_at(self, x: float) -> date:
        """The date at an x."""
        return self.first + timedelta(days=round((x - LEFT) / self.scale_px))

    def zoom(self, factor: float) -> None:
        """Zooms the time axis (between about a week and ten years per screen)."""
        self.scale_px = min(40.0, max(0.08, self.scale_px * factor))
        self.reload()

    def wheelEvent(self, event: Any) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- drawing --------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the project's timing and draws it again."""
        with self.controller.session() as s:
            self.data = data = timing_for_project(s, self.project_id)
        self.first = data.first
        scene = self.scene()
        scene.clear()
        self.moment_items = {}
        right = self.x_of(data.last)
        font = QFont()
        font.setPointSizeF(8)
        # Month ticks (or only years when zoomed out).
        day = date(data.first.year, data.first.month, 1)
        while day <= data.last:
            x = self.x_of(day)
            if day.month == 1 or self.scale_px * 30 > 28:
                label = str(day.year) if day.month == 1 else MONTHS[day.month - 1][:3]
                text = scene.addSimpleText(label, font)
                text.setPos(x + 2, 0)
            scene.addLine(x, 16, x, 16 + LANE * (len(data.partners) + 1) + 100,
                          QPen(QColor("#e2e7ee") if day.month != 1 else QColor("#b8c2ce")))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        lanes = [T.PROJECT_LANE, *data.partners]
        for i, name in enumerate(lanes):
            y = 20 + i * LANE
            scene.addRect(QRectF(0, y, right, LANE - 4), QPen(Qt.PenStyle.NoPen),
                          QBrush(QColor("#f1f4f8") if i % 2 == 0 else QColor("#ffffff")))
            label = QGraphicsSimpleTextItem(name)
            label.setPos(4, y + 12)
            scene.addItem(label)
        clash_ids = {c.moment_id for c in data.clashes}
        per_lane: dict[str, int] = {}
        for cycle in data.cycles:
            y = 20 + (1 + data.partners.index(cycle.partner)) * LANE
            nth = per_lane[cycle.partner] = per_lane.get(cycle.partner, -1) + 1
            for start, end in cycle.periods:
                x0, x1 = self.x_of(start), self.x_of(end)
                if cycle.margin_days:
                    m = cycle.margin_days * self.scale_px
                    scene.addRect(QRectF(x0 - m, y + 6, x1 - x0 + 2 * m, LANE - 16),
                                  QPen(CYCLE, 1, Qt.PenStyle.DashLine))
                rect = scene.addRect(QRectF(x0, y + 6, max(3.0, x1 - x0), LANE - 16),
                                     QPen(CYCLE.darker(130)), QBrush(CYCLE))
                rect.setToolTip(f"{cycle.title} ({cycle.kind_label}, {cycle.recurrence})")
                text = scene.addSimpleText(cycle.title[:30], font)
                text.setPos(x0 + 2, y + LANE - 12 - (nth % 2) * 30)
        for k, moment in enumerate(m for m in data.moments if m.on_date):
            item = MomentItem(self, moment.id, moment.title, moment.on_date,
                              moment.id in clash_ids)
            scene.addItem(item)
            item.place(self.x_of(moment.on_date), 20 + LANE / 2 - 6)
            self.moment_items[moment.id] = item
            text = scene.addSimpleText(moment.title[:28], font)
            text.setToolTip(moment.title)
            # alternate above and below the marker, so neighbours do not overlap
            text.setPos(self.x_of(moment.on_date) + 8, 20 + (2 if k % 2 else LANE / 2 + 2))
        self._draw_streams(data, 20 + len(lanes) * LANE + 10, right, font)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(0, 0, 20, 20))

    def _draw_streams(self, data: TimingData, top: float, right: float, font: QFont) -> None:
        scene = self.scene()
        label = QGraphicsSimpleTextItem(T.STREAM_LANES)
        label.setPos(4, top)
        scene.addItem(label)
        for i, stream in enumerate((Stream.PROBLEMEN, Stream.POLITIEK, Stream.OPLOSSINGEN)):
            y = top + 20 + i * 26
            scene.addLine(LEFT, y, right, y, QPen(STREAM_COLOURS[stream], 3))
            name = scene.addSimpleText(STREAM_SHORT[stream], font)
            name.setPos(14, y - 8)
            for entry in data.streams:
                if entry.stream is stream and entry.on_date:
                    dot = scene.addEllipse(self.x_of(entry.on_date) - 5, y - 5, 10, 10,
                                           QPen(Qt.GlobalColor.white),
                                           QBrush(STREAM_COLOURS[stream]))
                    dot.setToolTip(entry.text)
        for entry in data.streams:
            if entry.stream is Stream.RAAM and entry.on_date:
                x = self.x_of(entry.on_date)
                band = scene.addRect(QRectF(x - 6, top + 10, 12, 72), QPen(CLASH, 2),
                                     QBrush(QColor(179, 38, 30, 40)))
                band.setToolTip(entry.text)

    def move_moment(self, moment_id: str, day: date) -> None:
        """Writes a dragged moment's new date as one undo step (or restores it)."""
        if not run_edit(self, self.controller, T.MOVE_UNDO, lambda s: ops.update_record(
                s, "tim_moment", moment_id, {"on_date": day}), later=True):
            QTimer.singleShot(0, self.reload)  # back where it was
