"""The Evidence tab: exhibits with thumbnails, Open, Show in folder, Delete, and a drop zone."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casekeeper.domain.dto import EvidenceView
from casekeeper.ui.common.drop_zone import DropZone
from casekeeper.ui.common.flow_layout import FlowLayout
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.evidence.evidence_model import EvidenceModel
from casekeeper.ui.evidence.thumbnails import ICON_SIZE


class EvidenceTab(QWidget):
    """Buttons act on the selected exhibit; files dropped or chosen are passed up."""

    open_requested = Signal(object)
    edit_requested = Signal(object)
    reveal_requested = Signal(object)
    delete_requested = Signal(object)
    files_dropped = Signal(list)
    browse_requested = Signal()

    def __init__(self, model: EvidenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(translate("Evidence", "Exhibits"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setIconSize(ICON_SIZE)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda: self._emit(self.open_requested))
        self.open_button = QPushButton(icon("evidence"), translate("Evidence", "&Open"))
        self.reveal_button = QPushButton(icon("open-folder"), translate("Evidence", "Show in &folder"))
        self.edit_button = QPushButton(icon("letter-draft"), translate("Evidence", "&Edit…"))
        self.edit_button.setToolTip(translate("Evidence", "Change the title, the document date or "
                                                          "the contact this exhibit belongs to"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button = QPushButton(icon("delete"), translate("Evidence", "Move to &trash"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.reveal_button.clicked.connect(lambda: self._emit(self.reveal_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.drop_zone = DropZone()
        self.drop_zone.files_dropped.connect(self.files_dropped)
        self.drop_zone.browse_requested.connect(self.browse_requested)
        row = QWidget()  # the buttons wrap onto two lines in a narrow window (200 %, French)
        buttons = FlowLayout(row)
        for button in (self.open_button, self.reveal_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(row)
        layout.addWidget(self.drop_zone)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def current(self) -> EvidenceView | None:
        """The selected exhibit."""
        index = self.table.currentIndex()
        return self.model.exhibit_at(index.row()) if index.isValid() else None

    def _emit(self, signal: SignalInstance) -> None:
        exhibit = self.current()
        if exhibit is not None:
            signal.emit(exhibit)

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for button in (self.open_button, self.reveal_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)
