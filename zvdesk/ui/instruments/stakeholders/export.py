"""Export of the circle map as a PNG picture or an SVG drawing (QSvgGenerator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

#: Pixels per scene unit in a PNG (2: sharp enough to print on A4).
PNG_SCALE = 2.0


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    selected = scene.selectedItems()
    for item in selected:  # the selection highlight does not belong in a report
        item.setSelected(False)
    try:
        scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in selected:
            item.setSelected(True)


def export_png(scene: QGraphicsScene, path: str | Path, scale: float = PNG_SCALE) -> Path:
    """Writes the map as a PNG with a white background; returns the path.

    Raises:
        OSError: the file could not be written.
    """
    rect = scene.sceneRect()
    size = QSize(round(rect.width() * scale), round(rect.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def export_svg(scene: QGraphicsScene, path: str | Path, title: str = "",
               description: str = "") -> Path:
    """Writes the map as an SVG drawing (vector, for reports and presentations)."""
    from PySide6.QtSvg import QSvgGenerator  # only needed here: keep it off the start path

    rect = scene.sceneRect()
    path = Path(path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()
    if not path.exists():
        raise OSError(f"cannot write {path}")
    return path
