"""Export of a canvas as a PNG picture or an SVG drawing (one implementation for all).

What is exported is :meth:`CanvasScene.export_rect` (any other scene: all its items with a
margin), on white, without the selection highlight, with cached items drawn as vectors.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from zvdesk.models.core.errors import ZvdbError
from zvdesk.models.core.writeguard import check_write_target
from zvdesk.ui import dialogs
from zvdesk.ui.canvas import texts

log = logging.getLogger(__name__)

#: Pixels per scene unit in a PNG (2: sharp enough to print on A4).
PNG_SCALE = 2.0
#: The longest side of a PNG in pixels (a huge canvas is scaled down to fit).
MAX_PNG_SIDE = 12000
FORMATS = ("png", "svg")


def export_rect(scene: QGraphicsScene) -> QRectF:
    """The part of a scene an export shows."""
    rect = getattr(scene, "export_rect", None)
    if callable(rect):
        return QRectF(rect())
    return scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    selected = scene.selectedItems()
    for item in selected:  # the selection highlight does not belong in a report
        item.setSelected(False)
    # Cached items would be drawn as pictures; an export draws them as vectors and text.
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


def export_png(scene: QGraphicsScene, path: str | Path, scale: float = PNG_SCALE) -> Path:
    """Writes the canvas as a PNG on white; returns the path.

    Raises:
        OSError: the file could not be written.
    """
    source = export_rect(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def export_svg(scene: QGraphicsScene, path: str | Path, title: str = "",
               description: str = texts.SVG_DESCRIPTION) -> Path:
    """Writes the canvas as an SVG drawing (vector, for reports); returns the path.

    Raises:
        OSError: the file could not be written.
    """
    from PySide6.QtSvg import QSvgGenerator  # only needed here: keep it off the start path

    source = export_rect(scene)
    path = Path(path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    _render(scene, painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    if not path.exists():
        raise OSError(f"cannot write {path}")
    return path


def export_with_dialog(parent: QWidget, scene: QGraphicsScene, fmt: str, *, dialog_title: str,
                       suggestion: str, svg_title: str = "", error_title: str = texts.EXPORT_FAILED,
                       done_text: str | None = None,
                       inputs: tuple[Path | str, ...] = ()) -> Path | None:
    """Asks where to save (Dutch file dialog) and writes the canvas as PNG or SVG.

    Args:
        parent: The widget the dialogs belong to.
        scene: The canvas.
        fmt: "png" or "svg".
        dialog_title: The Dutch title of the save dialog ("Beleidstheorie exporteren").
        suggestion: The suggested file name without extension.
        svg_title: The title written into an SVG.
        error_title: The title of the message when writing fails.
        done_text: A Dutch notice shown afterwards (``{path}`` is filled in), or None.
        inputs: The files the picture is made from (the open document): never overwritten
            (:func:`zvdesk.models.core.writeguard.check_write_target`).

    Returns:
        The path written, or None (cancelled or failed; the user saw why).
    """
    if fmt not in FORMATS:
        raise ValueError(fmt)
    file_filter = texts.PNG_FILTER if fmt == "png" else texts.SVG_FILTER
    answer = dialogs.ask_save_path(parent, dialog_title, f"{suggestion}.{fmt}", file_filter)
    if not answer:
        return None
    if not answer.lower().endswith(f".{fmt}"):
        answer += f".{fmt}"
    try:
        check_write_target(answer, inputs)
    except ZvdbError as exc:
        dialogs.show_error(parent, error_title, str(exc))
        return None
    try:
        path = (export_png(scene, answer) if fmt == "png"
                else export_svg(scene, answer, title=svg_title))
    except OSError:
        log.warning("export to %s failed", answer, exc_info=True)
        dialogs.show_error(parent, error_title, texts.EXPORT_FAILED_TEXT)
        return None
    if done_text:
        dialogs.show_info(parent, dialog_title, done_text.format(path=path))
    return path
