"""The Communicatie tab: the strategy table beside the influence/interest grid."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zvdesk.models.core.changes import Changes
from zvdesk.models.stakeholders.tables import (
    STRATEGY_BANDS,
    STRATEGY_HINTS,
    STRATEGY_LABELS,
    Strategy,
)
from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.stakeholders.communication import texts
from zvdesk.ui.instruments.stakeholders.communication.grid import (
    QUADRANT_FILLS,
    PowerInterestGrid,
)
from zvdesk.ui.instruments.stakeholders.communication.table import (
    COLUMNS,
    ID_ROLE,
    CommunicationDelegate,
    CommunicationModel,
    EntryTableView,
    StrategyFilter,
)
from zvdesk.ui.instruments.stakeholders.details import text_editor
from zvdesk.ui.widgets.autosave import ReloadGuard

WATCHED_KINDS = ("stakeholder", "person", "organisation")
WIDTHS = {"name": 150, "ring": 70, "influence": 100, "interest": 100, "score": 46,
          "strategy": 120, "actions": 220, "medium": 140, "frequency": 110, "owner": 140}


class CommunicationTab(QWidget):
    """Sortable, filterable table of the communication strategy and the grid beside it."""

    def __init__(self, controller: DocumentController, project_id: str,
                 open_instrument: Callable[[str], None] = lambda _k: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._reloading = False
        self._reload_again = False
        self.model = CommunicationModel(controller, project_id, self)
        self.proxy = StrategyFilter(self)
        self.proxy.setSourceModel(self.model)
        # A row re-sorts when the user leaves it, not under the keyboard while they enter its
        # values one after another (Tab moved to another player's row before).
        self.proxy.setDynamicSortFilter(False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(texts.SEARCH)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(texts.SEARCH)
        self.strategy_filter = QComboBox()
        self.strategy_filter.setAccessibleName(texts.ALL_STRATEGIES)
        self.strategy_filter.addItem(texts.ALL_STRATEGIES, None)
        for strategy in reversed(Strategy):
            self.strategy_filter.addItem(STRATEGY_LABELS[strategy], strategy)
        self.count_label = QLabel()
        self.open_map = QPushButton(texts.OPEN_MAP)
        self.open_map.clicked.connect(lambda: open_instrument("stakeholders"))
        bar = QHBoxLayout()
        bar.addWidget(self.open_map)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.strategy_filter)
        bar.addWidget(self.search)

        self.view = EntryTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CommunicationDelegate(self.model, self.view))
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, name in enumerate(COLUMNS):
            self.view.setColumnWidth(col, WIDTHS[name])
        self.empty = QLabel(texts.EMPTY)
        self.empty.setWordWrap(True)

        self.actions = text_editor(controller, "stakeholder", "actions", texts.ACTIONS,
                                   texts.ACTIONS_TIP, max_height=120)
        self.actions_label = QLabel(texts.ACTIONS_NONE)
        self.actions_label.setWordWrap(True)
        actions_box = QGroupBox(texts.ACTIONS)
        al = QVBoxLayout(actions_box)
        al.addWidget(self.actions_label)
        al.addWidget(self.actions)

        self.grid = PowerInterestGrid()
        grid_box = QGroupBox(texts.GRID)
        gl = QVBoxLayout(grid_box)
        gl.addWidget(self.grid, 1)
        scale = QLabel(texts.GRID_SCALE)
        scale.setWordWrap(True)
        gl.addWidget(scale)
        bands = dict((strategy, lowest) for lowest, strategy in STRATEGY_BANDS)
        tops = {s: (nxt - 1 if nxt else 25) for (_l, s), (nxt, _n) in zip(
            STRATEGY_BANDS, [*STRATEGY_BANDS[1:], (0, None)], strict=True)}
        hints = QLabel("<br>".join(
            f'<span style="color:{QUADRANT_FILLS[s].darker(125).name()}">■</span> '
            f"<b>{STRATEGY_LABELS[s]}</b> (score {bands[s]}–{tops[s]}): "
            f"{STRATEGY_HINTS[s]}" for s in reversed(Strategy)))
        hints.setWordWrap(True)
        gl.addWidget(hints)
        gl.addStretch(1)
        grid_box.setMaximumWidth(370)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.empty)
        ll.addWidget(self.view, 1)
        ll.addWidget(actions_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(grid_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter)
        self.strategy_filter.currentIndexChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_left)
        self.grid.player_clicked.connect(self.select_player)
        self.model.modelReset.connect(self._after_reset)
        # a cell's editor writes while it stays open: reread once it closes
        self._reload_guard = ReloadGuard(self.view, self.reload)
        controller.changed.connect(self._on_changed)
        self.reload()
        self.view.sortByColumn(COLUMNS.index("score"), Qt.SortOrder.DescendingOrder)

    # -- reading ----------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED_KINDS):
            self._reload_guard.request()

    def reload(self) -> None:
        """Reads the rows again, keeping the selection.

        Pending typing in the actions box is saved first; the change notice of that save
        arrives while this reload runs and is answered by one more reload afterwards.
        """
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        try:
            self.actions.commit()
            keep = self.selected_id()
            self.model.reload()
            if keep and self.selected_id() != keep:  # an in-place reload keeps the cell
                self.select_player(keep)
            self._selection_changed()
        finally:
            self._reloading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _after_reset(self) -> None:
        self.grid.set_rows(self.model.rows)
        self.empty.setVisible(not self.model.rows)
        self._update_count()
        self._dim_filtered()

    def _filter(self, *_args: object) -> None:
        self.proxy.set_strategy(self.strategy_filter.currentData())
        self.proxy.setFilterFixedString(self.search.text())
        self._update_count()
        self._dim_filtered()

    def _dim_filtered(self) -> None:
        shown = {self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())}
        self.grid.set_dimmed({row.id for row in self.model.rows} - shown)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(texts.ROWS.format(n=total) if shown == total
                                 else texts.ROWS_FILTERED.format(shown=shown, n=total))

    # -- selection --------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected player."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_player(self, player_id: str) -> None:
        """Selects a player's row (and shows it in the grid)."""
        row = self.model.row_of(player_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _row_left(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid() and current.row() != previous.row():
            QTimer.singleShot(0, self._resort)

    def _resort(self) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            return  # the next cell's editor is open: sort once the user leaves that row
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())

    def _selection_changed(self, *_args: object) -> None:
        player_id = self.selected_id()
        self.grid.set_selected({player_id} if player_id else set())
        index = self.model.row_of(player_id) if player_id else -1
        row = self.model.rows[index] if index >= 0 else None
        player_id = row.id if row is not None else None
        self.actions_label.setText(row.name if row is not None else texts.ACTIONS_NONE)
        self.actions.load(player_id)
