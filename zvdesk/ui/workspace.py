"""The tab area: the instrument tabs of the region or of one project, built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

if TYPE_CHECKING:
    from zvdesk.ui.controller import DocumentController
    from zvdesk.ui.registry import InstrumentSpec


def flush_editors() -> bool:
    """:func:`zvdesk.ui.widgets.autosave.flush_editors` (imported when a tab first changes)."""
    from zvdesk.ui.widgets.autosave import flush_editors as flush

    return flush()


class Workspace(QTabWidget):
    """Shows the tabs of one context (the region, or a project).

    Signals:
        current_instrument(object): the :class:`InstrumentSpec` of the tab now shown.
        open_elsewhere(str): the key of an instrument that is not among these tabs was asked
            for (a project's stappenplan links to the region's meetings); the window shows
            the tabs where it is.
    """

    current_instrument = Signal(object)
    open_elsewhere = Signal(str)
    #: (project id, instrument key): a region tab links to one project's instrument.
    open_project = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setUsesScrollButtons(True)
        self.controller: DocumentController | None = None
        self.project_id: str | None = None
        self.specs: list[InstrumentSpec] = []
        self._built: dict[str, QWidget] = {}
        self.select_record = lambda _kind, _id: None
        self.currentChanged.connect(self._current_changed)

    def show_context(self, controller: DocumentController | None, project_id: str | None,
                     key: str | None = None) -> None:
        """Shows the region's tabs (``project_id`` None) or a project's, then tab ``key``."""
        same = controller is self.controller and project_id == self.project_id and self.specs
        if not same:
            flush_editors()  # the tabs are destroyed: their typing is saved first
            self.controller = controller
            self.project_id = project_id
            self.blockSignals(True)
            while self.count():
                widget = self.widget(0)
                self.removeTab(0)
                widget.deleteLater()
            self._built.clear()
            from zvdesk.ui.registry import instruments_for

            self.specs = [] if controller is None else instruments_for(
                "project" if project_id else "region")
            for spec in self.specs:
                placeholder = QLabel("")
                self.addTab(placeholder, spec.label)
                self.setTabToolTip(self.count() - 1, spec.label)
            self.blockSignals(False)
        index = next((i for i, s in enumerate(self.specs) if s.key == key), None)
        if index is None:
            index = self.currentIndex() if same else 0
        if self.count():
            self.setCurrentIndex(index)
            self._current_changed(index)

    def current_spec(self) -> InstrumentSpec | None:
        """The instrument of the tab now shown."""
        i = self.currentIndex()
        return self.specs[i] if 0 <= i < len(self.specs) else None

    def widget_for(self, key: str) -> QWidget | None:
        """The built tab widget of an instrument in the current context."""
        return self._built.get(key)

    def open_instrument(self, key: str) -> None:
        """Brings the tab of an instrument forward (in the current context)."""
        for i, spec in enumerate(self.specs):
            if spec.key == key:
                self.setCurrentIndex(i)
                return
        self.open_elsewhere.emit(key)

    def _current_changed(self, index: int) -> None:
        flush_editors()  # typing in the tab just left reaches the disk now
        if not (0 <= index < len(self.specs)) or self.controller is None:
            return
        spec = self.specs[index]
        if spec.key not in self._built:
            from zvdesk.ui.registry import InstrumentContext

            ctx = InstrumentContext(controller=self.controller, project_id=self.project_id,
                                    open_instrument=self.open_instrument,
                                    select_record=self.select_record,
                                    open_project=self.open_project.emit)
            widget = spec.factory(ctx)
            widget.setObjectName(f"tab_{spec.key}")
            self._built[spec.key] = widget
            self.blockSignals(True)
            old = self.widget(index)
            self.removeTab(index)
            self.insertTab(index, widget, spec.label)
            self.setTabToolTip(index, spec.label)
            self.setCurrentIndex(index)
            self.blockSignals(False)
            old.deleteLater()
        self.current_instrument.emit(spec)
