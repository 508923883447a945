"""The Krachtenveld tab: toolbar, people list, circle map, name lists, details, next step."""

from __future__ import annotations

from collections.abc import Callable

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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core import ops
from zvdesk.models.stakeholders.ops import add_player, delete_players, set_ring
from zvdesk.models.stakeholders.read import StakeholderMap
from zvdesk.models.stakeholders.tables import RelationKind, Ring
from zvdesk.ui.canvas.export import export_with_dialog
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders import texts
from zvdesk.ui.instruments.stakeholders.details import DetailsPanel, NextStepEditor
from zvdesk.ui.instruments.stakeholders.panels import RingList, SourcePanel
from zvdesk.ui.instruments.stakeholders.scene import StakeholderScene
from zvdesk.ui.instruments.stakeholders.view import StakeholderView
from zvdesk.ui.widgets.flow import FlowLayout


class StakeholderTab(QWidget):
    """Everything of toolbox 2.1 except the communication strategy (its own tab)."""

    def __init__(self, controller: DocumentController, project_id: str,
                 open_instrument: Callable[[str], None] = lambda _key: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self.open_instrument = open_instrument
        self.scene = StakeholderScene(controller, project_id, self)
        self.view = StakeholderView(self.scene, controller)
        self.sources = SourcePanel(controller)
        self.direct_list = RingList(Ring.DIRECT)
        self.indirect_list = RingList(Ring.INDIRECT)
        self.direct_label = QLabel()
        self.indirect_label = QLabel()
        self.outside_label = QLabel()
        self.details = DetailsPanel(controller, self._error)
        self.next_step = NextStepEditor(controller, project_id, self._error)

        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sources)
        splitter.addWidget(self.view)
        # The lists, details and next step scroll when the screen is low (1280 × 720) instead
        # of making the window taller than the screen.
        right = QScrollArea()
        right.setWidget(self._right_column())
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setMinimumWidth(right.widget().minimumSizeHint().width()
                              + right.verticalScrollBar().sizeHint().width())
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([170, 560, 250])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

        self.scene.reloaded.connect(self._show_map)
        self.scene.selectionChanged.connect(self._scene_selection)
        self.view.delete_requested.connect(self.delete_selected)
        self.sources.tree.add_requested.connect(lambda kind, rid: self.view.add_party(kind, rid))
        for ring_list in (self.direct_list, self.indirect_list):
            ring_list.itemSelectionChanged.connect(self._list_selection)
            ring_list.ring_drop.connect(self._ring_drop)
            ring_list.delete_pressed.connect(self.delete_selected)
        self._show_map(self.scene.map)
        # The list of people is open while the map is still empty; later the map gets the room.
        self.sources_action.setChecked(not self.scene.map.players)
        self.sources.setVisible(self.sources_action.isChecked())

    # -- building ---------------------------------------------------------------------------

    def _toolbar(self) -> FlowLayout:
        # Groups of tools that wrap onto a second line when the window is narrow (1280 px
        # with both panels open) instead of widening the window past the screen.
        bar = FlowLayout(spacing=10)
        tools = QHBoxLayout()
        self.sources_action = QAction(texts.SOURCES_TOGGLE, self, checkable=True)
        self.sources_action.setToolTip(texts.SOURCES_TOGGLE_TIP)
        self.sources_action.toggled.connect(lambda on: self.sources.setVisible(on))
        sources_button = QToolButton()
        sources_button.setDefaultAction(self.sources_action)
        bar.addWidget(sources_button)
        group = QActionGroup(self)
        self.select_action = QAction(texts.TOOL_SELECT, self, checkable=True, checked=True)
        self.select_action.setToolTip(texts.TOOL_SELECT_TIP)
        self.relation_action = QAction(texts.TOOL_RELATION, self, checkable=True)
        self.relation_action.setToolTip(texts.TOOL_RELATION_TIP)
        for action in (self.select_action, self.relation_action):
            group.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            tools.addWidget(button)
        self.select_action.triggered.connect(lambda: self._set_tool("select"))
        self.relation_action.triggered.connect(lambda: self._set_tool("relation"))
        tools.addWidget(QLabel(texts.RELATION_KIND))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(texts.RELATION_KIND)
        for kind in RelationKind:
            self.kind_combo.addItem(texts.RELATION_SHORT[kind], kind)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: setattr(self.view, "relation_kind", self.kind_combo.currentData()))
        tools.addWidget(self.kind_combo)
        bar.addWidget(_group(tools))
        edit = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText(texts.ADD_FREE)
        self.add_button.setToolTip(texts.ADD_FREE_TIP)
        self.add_button.clicked.connect(self.add_free_player)
        self.delete_button = QToolButton()
        self.delete_button.setText(texts.DELETE)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QToolButton()
        self.export_button.setText(texts.EXPORT)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(texts.EXPORT_PNG, lambda: self.export("png"))
        menu.addAction(texts.EXPORT_SVG, lambda: self.export("svg"))
        self.export_button.setMenu(menu)
        for widget in (self.add_button, self.delete_button):
            widget.setEnabled(not self.controller.read_only)
            edit.addWidget(widget)
        bar.addWidget(_group(edit))
        other = QHBoxLayout()
        self.communication_button = QToolButton()
        self.communication_button.setText(texts.OPEN_COMMUNICATION)
        self.communication_button.setToolTip(texts.OPEN_COMMUNICATION_TIP)
        self.communication_button.clicked.connect(lambda: self.open_instrument("communication"))
        other.addWidget(self.communication_button)
        other.addWidget(self.export_button)
        bar.addWidget(_group(other))
        return bar

    def _right_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        lists = QGroupBox("Namenlijsten")
        ll = QVBoxLayout(lists)
        for label, ring_list in ((self.direct_label, self.direct_list),
                                 (self.indirect_label, self.indirect_list)):
            label.setBuddy(ring_list)
            ll.addWidget(label)
            ring_list.setMinimumHeight(72)
            ring_list.setMaximumHeight(120)  # the details below stay in view on a low screen
            ll.addWidget(ring_list, 1)
        ll.addWidget(self.outside_label)
        lists.setToolTip(texts.LISTS_HINT)
        details = QGroupBox(texts.DETAILS)
        QVBoxLayout(details).addWidget(self.details)
        step = QGroupBox(texts.NEXT_STEP)
        QVBoxLayout(step).addWidget(self.next_step)
        layout.addWidget(lists, 0)
        layout.addWidget(details, 0)
        layout.addWidget(step, 1)
        column.setMinimumWidth(230)
        return column

    # -- mirroring --------------------------------------------------------------------------

    def _show_map(self, data: StakeholderMap) -> None:
        self.direct_list.show_players(data)
        self.indirect_list.show_players(data)
        self.direct_label.setText(texts.LIST_DIRECT.format(n=len(data.in_ring(Ring.DIRECT))))
        self.indirect_label.setText(
            texts.LIST_INDIRECT.format(n=len(data.in_ring(Ring.INDIRECT))))
        self.outside_label.setText(texts.LIST_OUTSIDE.format(n=len(data.in_ring(Ring.OUTSIDE))))
        self.next_step.load()
        self.sources.set_placed({p.person_id or p.organisation_id for p in data.players
                                 if p.person_id or p.organisation_id})
        self._scene_selection()

    def _scene_selection(self) -> None:
        ids = self.scene.selected_ids()
        chosen = set(ids)
        self.direct_list.select_ids(chosen)
        self.indirect_list.select_ids(chosen)
        self.details.show_selection(self.scene.map, ids, self.scene.selected_relation_ids())
        self.delete_button.setEnabled(bool(self.scene.selectedItems())
                                      and not self.controller.read_only)

    def _list_selection(self) -> None:
        ids = self.direct_list.selected_ids() + self.indirect_list.selected_ids()
        self.scene.select_ids(ids)

    def _set_tool(self, tool: str) -> None:
        self.view.set_tool(tool)

    # -- editing ----------------------------------------------------------------------------

    def _error(self, message: str) -> None:
        self.scene.show_error(message)  # the canvas's one error path, also for the panels

    def _ring_drop(self, player_id: str, ring: Ring) -> None:
        player = self.scene.map.player(player_id)
        if player is not None and player.ring is not ring:
            self.scene.execute(texts.UNDO_RING, lambda s: set_ring(s, player_id, ring))
            self.scene.select_ids([player_id])

    def add_free_player(self) -> str | None:
        """Adds a free-text player in ring 1 and lets the user type its name."""
        pid = self.project_id
        new_id = self.scene.execute(texts.UNDO_ADD, lambda s: add_player(
            s, pid, name=texts.NEW_PLAYER_NAME, ring=Ring.DIRECT)).value
        if new_id:
            self.scene.select_ids([new_id])
            self.details.name_edit.setFocus()
            self.details.name_edit.selectAll()
        return new_id

    def delete_selected(self) -> None:
        """Deletes the selected players (with their relations) and relations: one undo step."""
        players = self.scene.selected_ids()
        if not players:
            players = self.direct_list.selected_ids() + self.indirect_list.selected_ids()
        relations = self.scene.selected_relation_ids()
        if (not players and not relations) or self.controller.read_only:
            return
        if players and relations:
            text = texts.UNDO_DELETE_MIXED
        elif relations:
            text = texts.UNDO_DELETE_RELATION
        else:
            text = (texts.UNDO_DELETE if len(players) == 1
                    else texts.UNDO_DELETE_MANY.format(n=len(players)))

        def delete(s) -> None:  # noqa: ANN001 - Session
            ops.delete_records(s, "stakeholder_relation", relations)
            delete_players(s, players)

        self.scene.execute(text, delete)

    def export(self, fmt: str) -> None:
        """Asks where to save the map and writes it as PNG or SVG."""
        with self.controller.session() as s:
            project = s.get(ops.record_class("project"), self.project_id)
            name = project.name if project is not None else texts.TITLE
        export_with_dialog(self, self.scene, fmt, dialog_title=texts.EXPORT_TITLE,
                           suggestion=f"Krachtenveld {name}",
                           svg_title=f"Krachtenveld – {name}",
                           error_title=texts.EXPORT_FAILED,
                           inputs=(self.controller.document.path,))


def _group(layout: QHBoxLayout) -> QWidget:
    """Tools that belong together, kept on one line of the wrapping toolbar."""
    layout.setContentsMargins(0, 0, 0, 0)
    box = QWidget()
    box.setLayout(layout)
    return box
