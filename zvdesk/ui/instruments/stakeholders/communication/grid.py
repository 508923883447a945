"""The influence/interest grid: every player placed by its two levels, quadrants by strategy."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from zvdesk.models.stakeholders.read import CommunicationRow
from zvdesk.models.stakeholders.tables import (
    ATTITUDE_SYMBOLS,
    Attitude,
    Strategy,
    strategy_for_score,
)
from zvdesk.ui.instruments.stakeholders.communication import texts

ATTITUDE_COLOURS = {Attitude.RED: QColor("#c0392b"), Attitude.BLUE: QColor("#2f6db5"),
                    Attitude.GREEN: QColor("#23894a")}
QUADRANT_FILLS = {Strategy.INFORM_PASSIVE: QColor("#f4f5f7"), Strategy.INFORM: QColor("#e8f1fb"),
                  Strategy.CONSULT: QColor("#fdf3e1"), Strategy.INVOLVE: QColor("#e6f4ea")}
INK = QColor("#1f2933")


def cell_offsets(n: int) -> list[tuple[float, float]]:
    """Offsets (in token diameters) for ``n`` tokens sharing one cell of the grid."""
    if n <= 1:
        return [(0.0, 0.0)]
    cols = 2 if n <= 4 else 3
    rows = (n + cols - 1) // cols
    return [((i % cols) - (cols - 1) / 2, (i // cols) - (rows - 1) / 2) for i in range(n)]


class PowerInterestGrid(QWidget):
    """Paints the 5 × 5 grid of interest (x) and influence (y) with the players' tokens.

    Signals:
        player_clicked(str): a token was clicked (the table selects that player).
    """

    player_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CommunicationRow] = []
        self.selected: set[str] = set()
        self.dimmed: set[str] = set()
        self.tokens: dict[str, QPointF] = {}
        self.setMinimumSize(300, 300)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(texts.GRID)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(340, 340)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return width + 8

    def set_dimmed(self, ids: set[str]) -> None:
        """Draws these players faintly (filtered out of the table)."""
        if ids != self.dimmed:
            self.dimmed = set(ids)
            self.update()

    def set_rows(self, rows: list[CommunicationRow]) -> None:
        """Shows these players."""
        self.rows = rows
        self.update()

    def set_selected(self, ids: set[str]) -> None:
        """Highlights these players."""
        self.selected = set(ids)
        self.update()

    def _plot(self) -> QRectF:
        side = min(self.width() - 70, self.height() - 70)
        return QRectF(56, 12, max(side, 50), max(side, 50))

    def cell_rect(self, interest: int, influence: int) -> QRectF:
        """The rectangle of one cell (levels 1…5)."""
        plot = self._plot()
        w = plot.width() / 5
        return QRectF(plot.left() + (interest - 1) * w, plot.bottom() - influence * w, w, w)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        w = plot.width() / 5
        # Each cell has the colour of the strategy its score gives (influence × interest);
        # the legend below the grid names the colours (and a token's tooltip its strategy).
        for influence in range(5, 0, -1):
            for interest in range(5, 0, -1):
                strategy = strategy_for_score(influence * interest)
                rect = self.cell_rect(interest, influence)
                painter.fillRect(rect, QUADRANT_FILLS[strategy])
        painter.setPen(QPen(QColor("#cbd2d9"), 1))
        for i in range(6):
            painter.drawLine(QPointF(plot.left() + i * w, plot.top()),
                             QPointF(plot.left() + i * w, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), plot.top() + i * w),
                             QPointF(plot.right(), plot.top() + i * w))
        painter.setPen(INK)
        for level in range(1, 6):
            painter.drawText(QRectF(plot.left() + (level - 1) * w, plot.bottom() + 2, w, 16),
                             Qt.AlignmentFlag.AlignCenter, str(level))
            painter.drawText(QRectF(plot.left() - 22, plot.bottom() - level * w, 18, w),
                             Qt.AlignmentFlag.AlignCenter, str(level))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 18, plot.width(), 18),
                         Qt.AlignmentFlag.AlignCenter,
                         texts.GRID_X)
        painter.save()
        painter.translate(plot.left() - 30, plot.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, -16, plot.height(), 16), Qt.AlignmentFlag.AlignCenter,
                         texts.GRID_Y)
        painter.restore()
        self._paint_tokens(painter, w)
        painter.end()

    def _paint_tokens(self, painter: QPainter, w: float) -> None:
        cells: dict[tuple[int, int], list[CommunicationRow]] = {}
        unplaced = 0
        for row in self.rows:
            if row.influence is None or row.interest is None:
                unplaced += 1
                continue
            cells.setdefault((row.interest, row.influence), []).append(row)
        self.tokens = {}
        font = QFont()
        for (interest, influence), rows in cells.items():
            rect = self.cell_rect(interest, influence)
            offsets = cell_offsets(len(rows))
            per_row = 2 if len(rows) <= 4 else 3
            radius = min(w / (2 * per_row + 0.6), w / 4.2)
            for row, (dx, dy) in zip(rows, offsets, strict=True):
                centre = QPointF(rect.center().x() + dx * 2.1 * radius,
                                 rect.center().y() + dy * 2.1 * radius + 4)
                self.tokens[row.id] = centre
                painter.setOpacity(0.25 if row.id in self.dimmed else 1.0)
                if row.id in self.selected:
                    painter.setPen(QPen(QColor("#f5a623"), 4))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawEllipse(centre, radius + 2, radius + 2)
                painter.setPen(QPen(INK, 1))
                painter.setBrush(ATTITUDE_COLOURS[row.attitude])
                painter.drawEllipse(centre, radius, radius)
                font.setPixelSize(max(7, round(radius * (0.8 if len(row.initials) <= 2
                                                        else 0.62))))
                font.setBold(True)
                painter.setFont(font)
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                        2 * radius), Qt.AlignmentFlag.AlignCenter,
                                 row.initials)
        painter.setOpacity(1.0)
        if not cells:
            painter.setPen(INK)
            painter.drawText(self._plot().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             texts.GRID_EMPTY)
        if unplaced:
            painter.setPen(INK)
            painter.drawText(QRectF(8, self.height() - 18, self.width() - 16, 16),
                             Qt.AlignmentFlag.AlignLeft,
                             texts.NOT_PLACED.format(n=unplaced))

    def token_at(self, pos: QPointF) -> str | None:
        """The player whose token is under a widget position."""
        plot = self._plot()
        reach = plot.width() / 5 / 4
        for player_id, centre in self.tokens.items():
            if (centre - pos).manhattanLength() <= reach * 1.5:
                return player_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        player_id = self.token_at(event.position())
        if player_id:
            self.player_clicked.emit(player_id)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            player_id = self.token_at(QPointF(event.pos()))
            if player_id:
                QToolTip.showText(event.globalPos(), self.tooltip_for(player_id), self)
            else:
                QToolTip.showText(event.globalPos(), texts.GRID, self)
            return True
        return super().event(event)

    def tooltip_for(self, player_id: str) -> str:
        """Name, symbol and score of a player, for the token's tooltip."""
        row = next((r for r in self.rows if r.id == player_id), None)
        if row is None:
            return ""
        return f"{row.name} {ATTITUDE_SYMBOLS[row.attitude]} – score {row.score}"
