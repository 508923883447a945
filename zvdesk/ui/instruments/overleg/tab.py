"""The §2.3 tab widget: one sub-page per part of the instrument, each built when first shown.

With the large region's 300 meetings the map and the other pages each read the inventory;
building them only when the user goes there keeps the tab quick to open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from zvdesk.ui.controller import DocumentController
from zvdesk.ui.instruments.overleg import texts as T


class _Slot(QWidget):
    """A tab page that holds its real page once built."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.build = build
        self.page: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self.page is None:
            self.page = self.build()
            self.box.addWidget(self.page)
        return self.page


class MeetingsTab(QWidget):
    """The §2.3 tab of the region."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        from zvdesk.ui.instruments.overleg import figures, inventory, map, questions, rounds

        self.slots = {
            "inventory": _Slot(lambda: inventory.InventoryPage(controller)),
            "map": _Slot(lambda: map.MapPage(controller)),
            "questions": _Slot(lambda: questions.QuestionsPage(controller)),
            "figures": _Slot(lambda: figures.FiguresPage(controller)),
            "rounds": _Slot(lambda: rounds.RoundsPage(controller)),
        }
        titles = {"inventory": T.PAGE_INVENTORY, "map": T.PAGE_MAP,
                  "questions": T.PAGE_QUESTIONS, "figures": T.PAGE_FIGURES,
                  "rounds": T.PAGE_ROUNDS}
        self.pages = QTabWidget()
        self.pages.setAccessibleName(T.TITLE)
        for name, slot in self.slots.items():
            self.pages.addTab(slot, titles[name])
        self.pages.currentChanged.connect(lambda i: self.pages.widget(i).ensure())
        self.slots["inventory"].ensure()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def _page(self, name: str):  # noqa: ANN202 - the page's own class
        return self.slots[name].ensure()

    inventory = property(lambda self: self._page("inventory"))
    map = property(lambda self: self._page("map"))
    questions = property(lambda self: self._page("questions"))
    figures = property(lambda self: self._page("figures"))
    rounds = property(lambda self: self._page("rounds"))

    def show_page(self, page: QWidget) -> None:
        """Brings a sub-page forward."""
        for slot in self.slots.values():
            if slot.page is page:
                self.pages.setCurrentWidget(slot)
                return

    def flush(self) -> None:
        """Saves typing that still waits for its pause (question 2)."""
        page = self.slots["questions"].page
        if page is not None:
            page.flush()
