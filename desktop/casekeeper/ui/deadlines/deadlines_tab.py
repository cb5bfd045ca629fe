"""The Deadlines tab: every clock of the case, with its state and the rule's source.

Short rows, so that many deadlines show at once at any scale: whose clock, the date and the state
are never shortened; a long deadline wraps (the table scrolls sideways before it is cut); the source
takes one line ending in "…" and is shown whole in the row's tooltip and in the details under the
table.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casekeeper.ui.common.i18n import translate
from casekeeper.ui.deadlines.deadline_model import DeadlineModel

SOURCE_COLUMN = 4
DEADLINE_SHARE = 0.6  # of the width left by the three short columns; the source gets the rest
DEADLINE_CHARS, SOURCE_CHARS = 32, 10  # the least widths, in average characters


class OneLine(QStyledItemDelegate):
    """Paints its column on one line, ending in "…" (the table wraps the other columns)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class DeadlinesTab(QWidget):
    """A read-only table; deadlines are computed, never typed in."""

    def __init__(self, model: DeadlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("Deadlines", "Deadlines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(SOURCE_COLUMN, OneLine(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._rows_stale = False
        self._select_first = False  # a case opened while the tab was hidden: select when shown
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(translate("Deadlines", "Source"))
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._show_details)
        model.modelReset.connect(self._first_row)
        model.modelReset.connect(self._fit)
        note = QLabel(
            translate(
                "Deadlines",
                "Deadlines are worked out from the steps and contacts you log, using the rules "
                "for the case's country. Each rule names its source; check the ones marked “not verified”.",
            )
        )
        note.setWordWrap(True)
        below = QWidget()  # the details and the note scroll together: the table keeps the room
        stack = QVBoxLayout(below)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.details)
        stack.addWidget(note)
        stack.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(below)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([300, 100])
        layout = QVBoxLayout(self)
        layout.addWidget(self.split, 1)

    def _first_row(self) -> None:
        """A fresh case shows the first deadline's details, now if the tab is shown, else when it
        is: selecting a row lays out every row of the sized-to-contents columns (about 20 ms for
        a hundred deadlines), which opening a case on its timeline does not need."""
        self._select_first = not self.isVisible()
        if self._select_first:
            self.details.clear()  # the reset took the selection; its details go with it
            return
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_details()

    def _show_details(self, _selected: QItemSelection | None = None,
                      _gone: QItemSelection | None = None) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        index = rows[0]
        name = self.model.index(index.row(), 0).data()
        self.details.setText(f"{name}\n{index.data(Qt.ItemDataRole.ToolTipRole)}")

    def _fit(self) -> None:
        """Share the width and fit the rows now if the tab is shown, else when it is (opening a
        case lays out only what is visible)."""
        self._rows_stale = not self.isVisible()
        if self._rows_stale:
            return
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        short = sum(header.sectionSize(column) for column in (1, 2, 3))
        left = self.table.viewport().width() - short
        deadline = min(max(int(left * DEADLINE_SHARE), DEADLINE_CHARS * char),
                       self.table.sizeHintForColumn(0))
        header.resizeSection(0, deadline)
        header.resizeSection(SOURCE_COLUMN, max(left - deadline, SOURCE_CHARS * char))
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._select_first:
            self._first_row()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
