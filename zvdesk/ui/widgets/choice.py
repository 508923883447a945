"""A choice list the user can type in: "zaan" finds "Gemeente Zaanstad".

Every place where a person, organisation, municipality, meeting or theme is chosen (form
fields and table cells) uses :class:`ChoiceBox`. Typing shows the names that begin with what
was typed or have a word that does (case and accents do not count,
:func:`zvdesk.models.core.collation.words_match`); Tab, Enter or leaving the field takes the
best match. Alt+↓ or F4 opens the whole list; Space types a space. A list may be narrowed
(the people of the organisation chosen beside it): the names left out are still found by
typing, so nobody is out of reach.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from zvdesk.models.core.collation import fold, words_match

VALUE_ROLE = Qt.ItemDataRole.UserRole + 10
#: Shown when typed text matches no name in the list.
NOT_IN_LIST = "‘{text}’ staat niet in de lijst. Typ een deel van de naam of open de lijst met Alt+↓."
NOT_IN_LIST_EMPTY = NOT_IN_LIST + " Maak het veld leeg voor ‘(geen)’."


class _Matches(QSortFilterProxyModel):
    """The choices whose label matches what was typed (:func:`words_match`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""

    def set_typed(self, typed: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self.typed = typed
            self.endFilterChange()
        else:
            self.typed = typed
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt API
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        label = self.sourceModel().index(source_row, 0, source_parent).data() or ""
        return words_match(label, self.typed)


class ChoiceBox(QComboBox):
    """An editable combo box over (value, Dutch label) pairs, found by typing.

    Signals:
        chosen: The user chose a value (from the list, a completion, or typed text on
            Enter; :meth:`shows_choice` is False when Enter found no match). Tab and focus-out are the caller's to handle with :meth:`resolve`.
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        # as wide as the layout gives, not as the longest name asks (forms at 1280 × 720)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._searchable = QStandardItemModel(self)  # every choice, listed or not
        self._matches = _Matches(self)
        self._matches.setSourceModel(self._searchable)
        self._completer = QCompleter(self)
        self._completer.setModel(self._matches)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(None)
        self.lineEdit().setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._completed)
        self._completer.popup().installEventFilter(self)  # runs before the completer's own
        self.lineEdit().textEdited.connect(self._typed)
        self.activated.connect(lambda _i: self.chosen.emit())

    # -- the choices ------------------------------------------------------------------------

    def set_choices(self, listed: list[tuple[Any, str]], value: Any = None,
                    searchable: list[tuple[Any, str]] | None = None) -> None:
        """Fills the list and shows ``value``.

        Args:
            listed: The pairs the list shows, in order.
            value: The value to show (added to the list when it is not in it).
            searchable: Further pairs found by typing but not listed (a narrowed list).
        """
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for choice, label in listed:
                self.addItem(label, choice)
            self._searchable.clear()
            seen = set()
            for choice, label in [*listed, *(searchable or [])]:
                if _hashable(choice) in seen:
                    continue
                seen.add(_hashable(choice))
                item = QStandardItem(label)
                item.setData(choice, VALUE_ROLE)
                self._searchable.appendRow(item)
            self.set_value(value)
        finally:
            self.blockSignals(blocked)

    def set_value(self, value: Any) -> None:
        """Shows a value (a value only found by typing is added to the list first)."""
        i = self._index_of(value)
        if i < 0:
            label = self._label_of(value)
            if label is None:
                i = self._index_of(None)
                i = max(i, 0) if self.count() else -1
            else:
                self.addItem(label, value)
                i = self.count() - 1
        self.setCurrentIndex(i)
        if i >= 0:
            self.lineEdit().setText(self.itemText(i))

    def value(self) -> Any:
        """The chosen value (what the list shows; see :meth:`resolve` for typed text)."""
        return self.currentData()

    def has_none(self) -> bool:
        """True when "(geen)" (the value None) is one of the choices."""
        return self._index_of(None) >= 0

    # -- typed text -------------------------------------------------------------------------

    def typed_text(self) -> str:
        """What the field shows now."""
        return self.lineEdit().text()

    def shows_choice(self) -> bool:
        """True when the text is the label of the current choice (nothing pending)."""
        i = self.currentIndex()
        return i >= 0 and self.itemText(i) == self.typed_text()

    def resolve(self) -> bool:
        """Takes the typed text as a choice: the exact name, else the best match.

        An empty field means "(geen)" where that is a choice. Returns False (the text left
        as typed) when nothing matches; :meth:`reason` says why in Dutch.
        """
        if self.shows_choice():
            return True
        text = self.typed_text()
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._take(popup.currentIndex().data(VALUE_ROLE))
            popup.hide()
            return True
        folded = fold(text)
        if not folded:
            if not self.has_none():
                return False
            self._take(None)
            return True
        pairs = [(self._searchable.item(r).data(VALUE_ROLE), self._searchable.item(r).text())
                 for r in range(self._searchable.rowCount())]
        exact = [v for v, label in pairs if fold(label) == folded]
        found = exact or [v for v, label in pairs if words_match(label, text)]
        if not found:
            return False
        self._take(found[0])
        popup.hide()
        return True

    def reason(self) -> str:
        """The Dutch reason the typed text is not a choice."""
        if not fold(self.typed_text()):
            return "Kies een waarde uit de lijst; dit veld mag niet leeg zijn."
        return (NOT_IN_LIST_EMPTY if self.has_none() else NOT_IN_LIST).format(
            text=self.typed_text().strip())

    def _take(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        try:
            self.set_value(value)
        finally:
            self.blockSignals(blocked)

    def _typed(self, text: str) -> None:
        self._matches.set_typed(text)
        if fold(text):
            self._completer.complete()  # the matches, none highlighted: Tab takes the first
        else:
            self._completer.popup().hide()

    def _completed(self, index: QModelIndex) -> None:
        self._take(index.data(VALUE_ROLE))
        self.chosen.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter or Tab in the open list of matches: take the highlighted (or best) match,
        then let the key do what it does in the field (the table moves on, a form saves)."""
        popup = self._completer.popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.resolve()
            popup.hide()
            copy = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), event.text())
            QApplication.sendEvent(self, copy)
            return True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if self.shows_choice():
            self.lineEdit().selectAll()  # typing replaces the shown name

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.resolve()
            self.chosen.emit()  # taken, or the owner says why not (:meth:`reason`)
            return
        before = self.currentIndex()
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.currentIndex() != before:
            self.chosen.emit()  # stepped to the next name: chosen, as in a plain list

    # -- helpers ----------------------------------------------------------------------------

    def _index_of(self, value: Any) -> int:
        for i in range(self.count()):
            if self.itemData(i) == value:
                return i
        return -1

    def _label_of(self, value: Any) -> str | None:
        for r in range(self._searchable.rowCount()):
            item = self._searchable.item(r)
            if item.data(VALUE_ROLE) == value:
                return item.text()
        return None


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value
