"""Exporting the impact canvas as a PNG picture or an SVG drawing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

MAX_PNG_SIDE = 12000


def _source(scene: QGraphicsScene) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    # Cached items would be drawn as pictures; export draws them as vectors and text.
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)


def export_png(scene: QGraphicsScene, path: str | Path, scale: float = 2.0) -> Path:
    """Writes the whole canvas as a PNG (sharp enough to print); returns the path.

    Raises:
        OSError: the file could not be written.
    """
    source = _source(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return Path(path)


def export_svg(scene: QGraphicsScene, path: str | Path, title: str = "") -> Path:
    """Writes the whole canvas as an SVG drawing (vector, for reports); returns the path."""
    source = _source(scene)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title or "Beleidstheorie")
    generator.setDescription("Gemaakt met ZV Desk")
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    if not Path(path).exists():
        raise OSError(f"cannot write {path}")
    return Path(path)
