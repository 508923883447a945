"""The Werkproces tab: the process chooser, the swimlane canvases (current and desired side by
side or one above the other), the palette, the numbered markers, and the table view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.core.changes import Changes
from zvdesk.models.werkproces import ops as wp
from zvdesk.models.werkproces.read import ProcessPair, change_lines, process_pairs
from zvdesk.models.werkproces.tables import KINDS, MARKER_SYMBOLS, STATE_LABELS
from zvdesk.ui import dialogs
from zvdesk.ui.canvas.export import export_with_dialog
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.werkproces import texts as T
from zvdesk.ui.instruments.werkproces.scene import ProcessScene
from zvdesk.ui.instruments.werkproces.table import ProcessTables
from zvdesk.ui.instruments.werkproces.view import ProcessView, make_palette
from zvdesk.ui.operations import run_edit
from zvdesk.ui.widgets.fields import Field
from zvdesk.ui.widgets.flow import FlowLayout
from zvdesk.ui.widgets.form import RecordForm

MODES = (("stacked", T.SHOW_STACKED), ("side", T.SHOW_SIDE), ("current", T.SHOW_CURRENT),
         ("desired", T.SHOW_DESIRED))


class WerkprocesTab(QWidget):
    """Everything of toolbox 1.2 for one project."""

    def __init__(self, controller: DocumentController, project_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.pairs: list[ProcessPair] = []
        self.current_id: str | None = None
        self.scenes: dict[str, ProcessScene] = {}
        self.views: dict[str, ProcessView] = {}
        self.tables: ProcessTables | None = None
        self.form: RecordForm | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        self.pages = QTabWidget()
        self.pages.addTab(self._drawing_page(), T.DRAWING)
        self.pages.addTab(self._table_page(), T.TABLE)
        layout.addWidget(self.pages, 1)
        controller.changed.connect(self._on_changed)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _toolbar(self) -> FlowLayout:
        bar = FlowLayout(spacing=10)
        choose = QHBoxLayout()
        label = QLabel(T.PROCESS)
        self.process_combo = QComboBox()
        self.process_combo.setAccessibleName(T.PROCESS)
        self.process_combo.setMinimumContentsLength(18)
        label.setBuddy(self.process_combo)
        self.process_combo.activated.connect(lambda _i: self._choose(
            self.process_combo.currentData()))
        choose.addWidget(label)
        choose.addWidget(self.process_combo)
        bar.addWidget(_group(choose))
        edit = QHBoxLayout()
        self.new_button = _button(T.NEW_PROCESS, T.NEW_PROCESS_TIP, self.new_process)
        self.desired_button = _button(T.MAKE_DESIRED, T.MAKE_DESIRED_TIP, self.make_desired)
        self.delete_process_button = _button(T.DELETE_PROCESS, "", self.delete_process)
        for button in (self.new_button, self.desired_button, self.delete_process_button):
            edit.addWidget(button)
        bar.addWidget(_group(edit))
        show = QHBoxLayout()
        show_label = QLabel(T.SHOW)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(T.SHOW)
        show_label.setBuddy(self.mode_combo)
        for key, text in MODES:
            self.mode_combo.addItem(text, key)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._apply_mode())
        show.addWidget(show_label)
        show.addWidget(self.mode_combo)
        bar.addWidget(_group(show))
        tools = QHBoxLayout()
        group = QActionGroup(self)
        self.select_action = QAction(T.TOOL_SELECT, self, checkable=True, checked=True)
        self.select_action.setToolTip(T.TOOL_SELECT_TIP)
        self.flow_action = QAction(T.TOOL_FLOW, self, checkable=True)
        self.flow_action.setToolTip(T.TOOL_FLOW_TIP)
        for action, tool in ((self.select_action, "select"), (self.flow_action, "flow")):
            group.addAction(action)
            action.triggered.connect(lambda _c=False, t=tool: self._set_tool(t))
            button = QToolButton()
            button.setDefaultAction(action)
            tools.addWidget(button)
        self.delete_button = _button(T.DELETE, "", self.delete_selected)
        tools.addWidget(self.delete_button)
        self.export_button = QToolButton()
        self.export_button.setText(T.EXPORT)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(T.EXPORT_PNG, lambda: self.export("png"))
        menu.addAction(T.EXPORT_SVG, lambda: self.export("svg"))
        self.export_button.setMenu(menu)
        tools.addWidget(self.export_button)
        bar.addWidget(_group(tools))
        return bar

    def _drawing_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        self.palette = make_palette()
        palette_box = QGroupBox(T.PALETTE)
        QVBoxLayout(palette_box).addWidget(self.palette)
        self.form_box = QGroupBox(T.TITLE)
        self.form_layout = QVBoxLayout(self.form_box)
        self.marker_tree = QTreeWidget()
        self.marker_tree.setColumnCount(4)
        self.marker_tree.setHeaderLabels(list(T.MARKER_COLUMNS))
        self.marker_tree.setAccessibleName(T.MARKERS)
        self.marker_tree.setMinimumHeight(140)
        self.marker_tree.itemSelectionChanged.connect(self._marker_chosen)
        markers_box = QGroupBox(T.MARKERS)
        QVBoxLayout(markers_box).addWidget(self.marker_tree)
        self.change_tree = QTreeWidget()
        self.change_tree.setHeaderLabels(list(T.CHANGE_COLUMNS))
        self.change_tree.setAccessibleName(T.CHANGES)
        self.change_tree.setRootIsDecorated(False)
        self.change_tree.setMinimumHeight(100)
        changes_box = QGroupBox(T.CHANGES)
        QVBoxLayout(changes_box).addWidget(self.change_tree)
        for box in (palette_box, self.form_box, markers_box, changes_box):
            sl.addWidget(box)
        sl.addStretch(1)
        side.setMinimumWidth(240)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(260)
        self.canvas_split = QSplitter(Qt.Orientation.Horizontal)
        self.empty_label = QLabel(T.EMPTY)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.desired_empty = QLabel(T.NO_DESIRED)
        self.desired_empty.setWordWrap(True)
        self.desired_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(scroll)
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.empty_label)
        hl.addWidget(self.canvas_split, 1)
        outer.addWidget(holder)
        outer.setStretchFactor(1, 1)
        outer.setSizes([280, 900])
        outer.setChildrenCollapsible(False)
        layout.addWidget(outer)
        return page

    def _table_page(self) -> QWidget:
        page = QWidget()
        self.table_layout = QVBoxLayout(page)
        row = QHBoxLayout()
        label = QLabel(T.EDIT_STATE)
        self.state_combo = QComboBox()
        self.state_combo.setAccessibleName(T.EDIT_STATE)
        label.setBuddy(self.state_combo)
        self.state_combo.currentIndexChanged.connect(lambda _i: self._build_tables())
        row.addWidget(label)
        row.addWidget(self.state_combo)
        row.addStretch(1)
        self.table_layout.addLayout(row)
        return page

    # -- mirroring --------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*KINDS, "organisation"):
            self.refresh(rebuild=changes.touches("work_process"))

    def pair(self) -> ProcessPair | None:
        """The pair of processes shown."""
        return next((p for p in self.pairs if p.current.id == self.current_id), None)

    def refresh(self, rebuild: bool = True) -> None:
        """Reads the processes; rebuilds the canvases when the shown processes changed."""
        with self.controller.session() as s:
            self.pairs = process_pairs(s, self.project_id)
        if self.current_id not in {p.current.id for p in self.pairs}:
            self.current_id = self.pairs[0].current.id if self.pairs else None
        self.process_combo.clear()
        for p in self.pairs:
            self.process_combo.addItem(p.current.name or T.TITLE, p.current.id)
        if self.current_id:
            self.process_combo.setCurrentIndex(self.process_combo.findData(self.current_id))
        pair = self.pair()
        read_only = self.controller.read_only
        self.desired_button.setEnabled(bool(pair and pair.desired is None
                                            and not read_only
                                            and pair.current.state.value == "huidig"))
        self.delete_process_button.setEnabled(bool(pair) and not read_only)
        self.new_button.setEnabled(not read_only)
        wanted = [p.id for p in ((pair.current, pair.desired) if pair else ()) if p is not None]
        if rebuild or list(self.scenes) != wanted:
            self._build_canvases(wanted)
        self._show_markers()

    def _build_canvases(self, process_ids: list[str]) -> None:
        for view in self.views.values():
            view.setParent(None)
            view.deleteLater()
        for scene in self.scenes.values():
            self.controller.changed.disconnect(scene._on_changed)
            scene.deleteLater()
        self.scenes, self.views = {}, {}
        for process_id in process_ids:
            scene = ProcessScene(self.controller, self.project_id, process_id, self)
            view = ProcessView(scene)
            view.delete_requested.connect(self.delete_selected)
            self.scenes[process_id], self.views[process_id] = scene, view
            self.canvas_split.addWidget(view)
        self.desired_empty.setParent(None)
        if len(process_ids) == 1:
            self.canvas_split.addWidget(self.desired_empty)
        self.empty_label.setVisible(not process_ids)
        self.canvas_split.setVisible(bool(process_ids))
        self._set_tool("flow" if self.flow_action.isChecked() else "select")
        self._apply_mode()
        self._build_form()
        self._build_tables()

    def _build_form(self) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        pair = self.pair()
        self.form_box.setVisible(pair is not None)
        if pair is None:
            return
        pid = pair.current.id
        self.form = RecordForm(self.controller, "work_process",
                               [Field("name", T.NAME),
                                Field("trigger", T.TRIGGER, "longtext", tooltip=T.TRIGGER_TIP)],
                               lambda: pid)
        self.form_layout.addWidget(self.form)

    def _build_tables(self) -> None:
        pair = self.pair()
        options = [(pair.current.id, STATE_LABELS[pair.current.state])] if pair else []
        if pair and pair.desired is not None:
            options.append((pair.desired.id, STATE_LABELS[pair.desired.state]))
        chosen = self.state_combo.currentData()
        if [self.state_combo.itemData(i) for i in range(self.state_combo.count())] != [
                o[0] for o in options]:
            self.state_combo.blockSignals(True)
            self.state_combo.clear()
            for process_id, text in options:
                self.state_combo.addItem(text, process_id)
            index = self.state_combo.findData(chosen)
            self.state_combo.setCurrentIndex(max(0, index))
            self.state_combo.blockSignals(False)
        process_id = self.state_combo.currentData()
        if self.tables is not None and self.tables.process_id == process_id:
            return
        if self.tables is not None:
            self.tables.setParent(None)
            self.tables.deleteLater()
            self.tables = None
        if process_id:
            self.tables = ProcessTables(self.controller, process_id)
            self.table_layout.addWidget(self.tables, 1)

    def _apply_mode(self) -> None:
        mode = self.mode_combo.currentData()
        self.canvas_split.setOrientation(Qt.Orientation.Vertical if mode == "stacked"
                                         else Qt.Orientation.Horizontal)
        pair = self.pair()
        for process_id, view in self.views.items():
            is_current = pair is not None and process_id == pair.current.id
            view.setVisible(mode in ("side", "stacked")
                            or (mode == "current") == is_current)
        self.desired_empty.setVisible(mode != "current" and pair is not None
                                      and pair.desired is None)
        for view in self.views.values():
            if view.isVisible():
                view.fit()

    def _show_markers(self) -> None:
        self.marker_tree.clear()
        self.change_tree.clear()
        pair = self.pair()
        if pair is None:
            return
        for data in (pair.current, pair.desired):
            if data is None:
                continue
            top = QTreeWidgetItem([STATE_LABELS[data.state], "", "", ""])
            self.marker_tree.addTopLevelItem(top)
            for m in data.markers:
                child = QTreeWidgetItem([str(m.number), f"{MARKER_SYMBOLS[m.kind]} {m.kind_label}",
                                         m.anchor, m.text])
                child.setData(0, Qt.ItemDataRole.UserRole, (data.id, m.step_id, m.flow_id))
                child.setToolTip(3, m.text)
                top.addChild(child)
            top.setExpanded(True)
        self.marker_tree.resizeColumnToContents(0)
        if pair.desired is not None:
            for row in change_lines(pair.current, pair.desired):
                self.change_tree.addTopLevelItem(QTreeWidgetItem(list(row)))

    def _marker_chosen(self) -> None:
        items = self.marker_tree.selectedItems()
        target = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if not target:
            return
        process_id, step_id, flow_id = target
        scene = self.scenes.get(process_id)
        if scene is None:
            return
        scene.select_ids([step_id] if step_id else [])
        if flow_id and flow_id in scene.flows:
            scene.flows[flow_id].setSelected(True)

    # -- editing ----------------------------------------------------------------------------

    def _choose(self, process_id: str | None) -> None:
        if process_id and process_id != self.current_id:
            self.current_id = process_id
            self.refresh(rebuild=True)

    def _set_tool(self, tool: str) -> None:
        for view in self.views.values():
            view.set_tool(tool)

    def _execute(self, text: str, fn):  # noqa: ANN001, ANN202 - a model function
        """One undo step through the app's one edit path; None when refused (shown)."""
        return run_edit(self, self.controller, text, fn).value

    def new_process(self) -> str | None:
        """Adds a current process and shows it; the user types its name and trigger."""
        pid = self.project_id
        new_id = self._execute(T.UNDO_NEW, lambda s: wp.add_process(s, pid, T.NEW_PROCESS_NAME))
        if new_id:
            self.current_id = new_id
            self.refresh(rebuild=True)
        return new_id

    def make_desired(self) -> str | None:
        """Starts the desired process as a copy of the current one."""
        pair = self.pair()
        if pair is None:
            return None
        current = pair.current.id
        return self._execute(T.UNDO_DESIRED, lambda s: wp.make_desired(s, current))

    def delete_process(self) -> None:
        """Deletes the shown process (with its desired copy) after asking."""
        pair = self.pair()
        if pair is None or not dialogs.confirm(
                self, T.DELETE_PROCESS, T.CONFIRM_DELETE.format(name=pair.current.name),
                yes=T.DELETE):
            return
        current = pair.current.id
        self._execute(T.UNDO_DELETE_PROCESS,
                      lambda s: ops.delete_records(s, "work_process", [current]))

    def delete_selected(self) -> None:
        """Deletes the selected steps and arrows of every canvas (one undo step)."""
        steps = [i for scene in self.scenes.values() for i in scene.selected_ids()]
        flows = [i for scene in self.scenes.values() for i in scene.selected_flow_ids()]
        if (steps or flows) and not self.controller.read_only:
            scene = next(iter(self.scenes.values()))
            scene.execute(T.UNDO_DELETE, lambda s: wp.delete_selection(s, steps, flows))

    def export(self, fmt: str) -> None:
        """Saves the canvas that has the focus (else the current process) as PNG or SVG."""
        pair = self.pair()
        if pair is None:
            return
        process_id = next((pid for pid, view in self.views.items() if view.hasFocus()),
                          pair.current.id)
        data = pair.desired if pair.desired and process_id == pair.desired.id else pair.current
        name = f"{data.name} ({STATE_LABELS[data.state].lower()})"
        export_with_dialog(self, self.scenes[process_id], fmt, dialog_title=T.EXPORT_TITLE,
                           suggestion=f"Werkproces {name}", svg_title=f"Werkproces – {name}",
                           error_title=T.EXPORT_FAILED)


def _button(text: str, tip: str, slot) -> QToolButton:  # noqa: ANN001
    button = QToolButton()
    button.setText(text)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def _group(layout: QHBoxLayout) -> QWidget:
    """Tools that belong together, kept on one line of the wrapping toolbar."""
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box
