"""The impact framework tab: palette, canvas / table / quadrant, side panel and checks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.errors import ValidationError, ZvdbError
from zvdesk.models.core.writeguard import check_write_target
from zvdesk.models.impact.checks import check_theory
from zvdesk.models.impact.ops import tidy_lanes
from zvdesk.models.impact.tables import ElementKind, Theory
from zvdesk.models.impact.templates import (
    apply_template,
    load_template,
    save_template,
    template_from_theory,
)
from zvdesk.ui import dialogs
from zvdesk.ui.canvas.export import export_with_dialog
from zvdesk.ui.canvas.palette import PAYLOAD_ROLE, PaletteList
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.impact import templates_dialog, texts
from zvdesk.ui.instruments.impact.items import KIND_COLOURS, measure_card
from zvdesk.ui.instruments.impact.panel import ElementPanel
from zvdesk.ui.instruments.impact.quadrant import QuadrantScene, QuadrantView
from zvdesk.ui.instruments.impact.scene import ImpactScene
from zvdesk.ui.instruments.impact.table import TheoryTable
from zvdesk.ui.instruments.impact.view import KIND_MIME, ImpactView

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class Palette(PaletteList):
    """The kinds of card; drag one onto the canvas (or double-click to add it)."""

    def __init__(self) -> None:
        super().__init__(KIND_MIME, lambda kind: kind.value)
        self.setAccessibleName(texts.PALETTE_TITLE)
        self.setToolTip(texts.PALETTE_TITLE)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in ElementKind:
            item = QListWidgetItem(texts.KIND_LABELS[kind])
            item.setData(PAYLOAD_ROLE, kind)
            item.setBackground(QColor(KIND_COLOURS[kind][0]))
            item.setForeground(QColor("#1d2730"))
            self.addItem(item)
        self.setFixedHeight(self.sizeHintForRow(0) * 2 + 14)


class ImpactTab(QWidget):
    """One project's theory in three synchronised views."""

    def __init__(self, controller: DocumentController, project_id: str) -> None:
        super().__init__()
        self.controller = controller
        self.project_id = project_id
        self.scene = ImpactScene(controller, project_id, self)
        self.view = ImpactView(self.scene)
        execute = self.scene.execute
        self.table = TheoryTable(execute)
        if controller.read_only:
            self.table.setEditTriggers(TheoryTable.EditTrigger.NoEditTriggers)
        self.quadrant_scene = QuadrantScene(execute)
        self.quadrant_scene.read_only = controller.read_only
        self.quadrant = QuadrantView(self.quadrant_scene)
        self.panel = ElementPanel(execute)
        self.panel.set_read_only(controller.read_only)
        self.checks = QListWidget()
        self.checks.setAccessibleName(texts.CHECKS_TITLE)
        self.checks.setWordWrap(True)
        self.checks.setAlternatingRowColors(True)
        self.checks.setSpacing(2)
        self.checks.itemClicked.connect(self._finding_clicked)
        self.checks.itemActivated.connect(self._finding_clicked)
        self.palette = Palette()
        self.palette.itemActivated.connect(
            lambda item: self.scene.add_card(item.data(Qt.ItemDataRole.UserRole)))

        self.views = QTabWidget()
        self.views.addTab(self.view, texts.VIEW_CANVAS)
        self.views.addTab(self.table, texts.VIEW_TABLE)
        quadrant_page = QWidget()
        qlayout = QVBoxLayout(quadrant_page)
        hint = QLabel(texts.QUADRANT_HINT)
        hint.setWordWrap(True)
        qlayout.addWidget(hint)
        qlayout.addWidget(self.quadrant)
        self.views.addTab(quadrant_page, texts.VIEW_QUADRANT)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        strip = QWidget()
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.addWidget(QLabel(texts.PALETTE_TITLE))
        strip_layout.addWidget(self.palette, 1)
        centre_layout.addWidget(strip)
        centre_layout.addWidget(self.views, 1)
        panel_box = QGroupBox(texts.PANEL_TITLE)
        QVBoxLayout(panel_box).addWidget(self.panel)
        checks_box = QGroupBox(texts.CHECKS_TITLE)
        QVBoxLayout(checks_box).addWidget(self.checks)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(panel_box)
        side.addWidget(checks_box)
        side.setSizes([560, 180])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(centre)
        main.addWidget(side)
        main.setStretchFactor(0, 1)
        main.setSizes([900, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._toolbar())
        layout.addWidget(main, 1)

        self.scene.reloaded.connect(self._theory_loaded)
        self.scene.selectionChanged.connect(self._canvas_selection)
        # One selection for canvas, table and quadrant: a chip chosen in the quadrant is the
        # card the panel shows and Delete / "Verwijderen" act on.
        self._mirroring = False
        self.quadrant_scene.selectionChanged.connect(self._quadrant_selection)
        self.quadrant.delete_requested.connect(self.view.delete_selection)
        self.table.selection_changed_ids.connect(self._table_selection)
        self._theory_loaded(self.scene.theory)
        QTimer.singleShot(0, self, self._initial_zoom)

    # -- toolbar ------------------------------------------------------------------------

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        add = QToolButton()
        add.setText(texts.ACT_ADD)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind in ElementKind:
            action = menu.addAction(texts.KIND_LABELS[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.add_card(k))
        add.setMenu(menu)
        bar.addWidget(add)
        editing = [add]

        def act(text: str, slot, shortcut: QKeySequence | str | None = None,  # noqa: ANN001
                edits: bool = False) -> QAction:
            action = QAction(text, self)
            action.triggered.connect(slot)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            bar.addAction(action)
            if edits:
                editing.append(action)
            return action

        act(texts.ACT_DELETE, self.view.delete_selection, edits=True)
        act(texts.ACT_EDIT, self._edit_selected, edits=True)
        bar.addSeparator()
        act(texts.ACT_ZOOM_IN, self.view.zoom_in, QKeySequence.StandardKey.ZoomIn)
        act(texts.ACT_ZOOM_OUT, self.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        act(texts.ACT_FIT, self.view.fit, "Ctrl+0")
        act(texts.ACT_TIDY, self.tidy, edits=True)
        bar.addSeparator()
        templates = QToolButton()
        templates.setText(texts.MENU_TEMPLATES)
        templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tmenu = QMenu(templates)
        add_tpl = tmenu.addAction(texts.ACT_TEMPLATE)
        add_tpl.triggered.connect(self.add_template)
        editing.append(add_tpl)
        tmenu.addAction(texts.ACT_SAVE_TEMPLATE).triggered.connect(self.save_as_template)
        templates.setMenu(tmenu)
        bar.addWidget(templates)
        exports = QToolButton()
        exports.setText(texts.MENU_EXPORT)
        exports.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        emenu = QMenu(exports)
        emenu.addAction(texts.ACT_EXPORT_PNG).triggered.connect(lambda: self.export("png"))
        emenu.addAction(texts.ACT_EXPORT_SVG).triggered.connect(lambda: self.export("svg"))
        exports.setMenu(emenu)
        bar.addWidget(exports)
        for widget_or_action in editing:
            widget_or_action.setEnabled(not self.controller.read_only)
        return bar

    def add_card(self, kind: ElementKind) -> None:
        """Adds a card at the bottom of its lane and opens it for editing."""
        self.views.setCurrentWidget(self.view)
        element_id = self.scene.add_card(kind)
        if element_id:
            self.view.edit_card(element_id)

    def tidy(self) -> None:
        """Stacks the cards of every lane neatly (one undo step)."""
        pid = self.project_id
        self.scene.execute(texts.UNDO_TIDY, lambda s: tidy_lanes(s, pid, measure_card))

    def _edit_selected(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.views.setCurrentWidget(self.view)
            self.view.edit_card(ids[0])

    # -- templates and export -------------------------------------------------------------

    def add_template(self) -> None:
        """Asks for a template and adds it below the theory (one undo step)."""
        path = templates_dialog.choose_template(self)
        if path is None:
            return
        try:
            template = load_template(path)
        except ValidationError as exc:
            dialogs.show_error(self, texts.ERROR_TITLE, str(exc))
            return
        pid = self.project_id
        self.scene.execute(texts.UNDO_TEMPLATE.format(name=template["name"]),
                           lambda s: apply_template(s, pid, template, measure_card))
        self.view.fit()

    def save_as_template(self) -> None:
        """Writes this theory to a template file the user names."""
        folder = templates_dialog.user_template_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path = dialogs.ask_save_path(self, texts.TEMPLATE_SAVE_TITLE,
                                     str(folder / "beleidstheorie.json"), texts.TEMPLATE_FILTER)
        if not path:
            return
        if not path.lower().endswith(".json"):
            path += ".json"
        name = path.rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:-5]
        try:
            check_write_target(path, (self.controller.document.path,))
            save_template(path, template_from_theory(self.scene.theory, name))
        except (OSError, ZvdbError) as exc:
            dialogs.show_error(self, texts.ERROR_TITLE, f"{texts.ERROR_TITLE}: {exc}")
            return
        dialogs.show_info(self, texts.TEMPLATE_SAVE_TITLE, texts.TEMPLATE_SAVED.format(path=path))

    def export(self, fmt: str) -> None:
        """Exports the canvas as PNG or SVG to a file the user chooses."""
        export_with_dialog(self, self.scene, fmt, dialog_title=texts.EXPORT_TITLE,
                           suggestion="beleidstheorie", svg_title="Beleidstheorie",
                           error_title=texts.ERROR_TITLE, done_text=texts.EXPORT_DONE,
                           inputs=(self.controller.document.path,))

    # -- keeping the views in step ----------------------------------------------------------

    def _theory_loaded(self, theory: Theory) -> None:
        self.table.load(theory)
        self.quadrant_scene.load(theory)
        self.checks.clear()
        findings = check_theory(theory)
        for finding in findings:
            item = QListWidgetItem(finding.message)
            item.setData(FINDING_ROLE, finding.element_id)
            self.checks.addItem(item)
        if not findings:
            self.checks.addItem(QListWidgetItem(texts.CHECKS_NONE))
        self._canvas_selection()

    def _canvas_selection(self) -> None:
        ids = self.scene.selected_ids()
        link_ids = self.scene.selected_link_ids()
        if not ids and len(link_ids) == 1:
            link = next((lk for lk in self.scene.theory.links if lk.id == link_ids[0]), None)
            if link is not None:
                self.panel.show_link(link, self.scene.theory)
                return
        element = self.scene.theory.by_id().get(ids[0]) if len(ids) == 1 else None
        self.panel.show_element(element, self.scene.theory)
        self._mirror_to_quadrant(ids)
        if set(self.table.selected_ids()) != set(ids):
            self.table.select_ids(ids)

    def _quadrant_selection(self) -> None:
        if self._mirroring:
            return
        ids = [chip.element_id for chip in self.quadrant_scene.chips.values()
               if chip.isSelected()]
        if ids or not self.scene.selected_link_ids():
            self.scene.select_ids(ids)

    def _mirror_to_quadrant(self, ids: list[str]) -> None:
        self._mirroring = True
        try:
            for element_id, chip in self.quadrant_scene.chips.items():
                chip.setSelected(element_id in ids)
        finally:
            self._mirroring = False

    def _table_selection(self, ids: list[str]) -> None:
        self.scene.select_ids(ids)

    def _finding_clicked(self, item: QListWidgetItem) -> None:
        element_id = item.data(FINDING_ROLE)
        if not element_id or element_id not in self.scene.cards:
            return
        self.views.setCurrentWidget(self.view)
        self.scene.select_ids([element_id])
        self.view.centerOn(self.scene.cards[element_id])

    def _initial_zoom(self) -> None:
        """Opens on the whole chain from Doel to Maatschappelijk effect: fitted to its width
        (not below 45 %, so titles stay readable), from the top."""
        if not self.scene.theory.elements:
            return
        rect = self.scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
        viewport = self.view.viewport().width()
        scale = max(0.45, min(1.0, viewport / max(rect.width(), 1.0)))
        self.view.resetTransform()
        self.view.zoom_by(scale)
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
