"""The word cloud and the vote bar drawn in the app (tab and presentation window)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from zvdesk.models.werkvormen.catalogue import VOTE_COLOURS, work_form
from zvdesk.models.werkvormen.read import cloud_sizes
from zvdesk.ui.instruments.werkvormen import texts as T

PALETTE = ("#1d4f91", "#2e8540", "#c05a00", "#6b3fa0", "#1f2933")


class WordCloud(QWidget):
    """Words in centred lines, sized by how often they were named (the table beside it has
    the same words and counts for keyboard and screen-reader users)."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        #: Painted behind the words (the presentation window's dark page needs a light one).
        self.background: QColor | None = None
        self.words: list[tuple[str, int]] = []
        self.setAccessibleName(T.CLOUD_NAME)
        self.setMinimumSize(160, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_words(self, words: list[tuple[str, int]]) -> None:
        """Shows these (word, count) pairs."""
        self.words = list(words)
        self.setAccessibleDescription(", ".join(f"{w} {n}" for w, n in words[:40]))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.background)
            painter.drawRoundedRect(QRectF(self.rect()), 12, 12)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if not self.words:
            painter.setPen(QColor("#6b7785"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, T.CLOUD_EMPTY)
            return
        factor = self.scale
        for _attempt in range(8):  # shrink until the cloud fits the widget
            lines = self._layout(rect.width(), factor)
            height = sum(h for h, _line in lines)
            if height <= rect.height():
                break
            factor *= 0.85
        y = rect.top() + max(0.0, (rect.height() - height) / 2)
        index = 0
        for h, line in lines:
            total = sum(w for _t, _f, w in line) + 12 * factor * (len(line) - 1)
            x = rect.left() + (rect.width() - total) / 2
            for text, font, w in line:
                painter.setFont(font)
                painter.setPen(QColor(PALETTE[index % len(PALETTE)]))
                painter.drawText(QRectF(x, y, w + 2, h), Qt.AlignmentFlag.AlignVCenter, text)
                x += w + 12 * factor
                index += 1
            y += h

    def _layout(self, width: float, factor: float) -> list[tuple[float, list]]:
        lines: list[tuple[float, list]] = []
        line: list = []
        used = line_h = 0.0
        for word, _n, size in cloud_sizes(self.words, 10 * factor, 34 * factor):
            font = QFont(self.font())
            font.setPointSizeF(max(6.0, size))
            font.setBold(True)
            metrics = QFontMetricsF(font)
            w = metrics.horizontalAdvance(word)
            if line and used + 12 * factor + w > width:
                lines.append((line_h, line))
                line, used, line_h = [], 0.0, 0.0
            used += (12 * factor if line else 0) + w
            line_h = max(line_h, metrics.height())
            line.append((word, font, w))
        if line:
            lines.append((line_h, line))
        return lines


class VoteBar(QWidget):
    """One stacked bar: groen, geel, rood, with the counts in the segments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = {c: 0 for c in VOTE_COLOURS}
        self.setMinimumHeight(28)
        form = work_form("groen_geel_rood")
        self.colours = {c.key: QColor(c.color) for c in form.categories} if form else {}

    def set_counts(self, counts: dict[str, int]) -> None:
        """Shows these counts per colour."""
        self.counts = dict(counts)
        self.setAccessibleDescription(T.VOTE_SUMMARY.format(**self.counts))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        total = sum(self.counts.values())
        if not total:
            painter.fillRect(rect, QColor("#f1f4f8"))
            return
        x = rect.left()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, int(rect.height() * 0.55)))
        painter.setFont(font)
        for colour in VOTE_COLOURS:
            n = self.counts.get(colour, 0)
            if not n:
                continue
            w = rect.width() * n / total
            seg = QRectF(x, rect.top(), w, rect.height())
            painter.fillRect(seg, self.colours.get(colour, QColor("gray")))
            painter.setPen(QColor("black" if colour == "geel" else "white"))
            painter.drawText(seg, Qt.AlignmentFlag.AlignCenter, str(n))
            x += w
