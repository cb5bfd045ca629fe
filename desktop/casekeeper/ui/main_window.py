"""The main window: the case list of the open data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView

from casekeeper.services.workspace import Workspace
from casekeeper.ui.case_list_model import CaseListModel


class MainWindow(QMainWindow):
    """Composes the views and wires them to the services; holds no business logic."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self.setWindowTitle("Case Keeper")
        self.resize(960, 600)
        self.case_model = CaseListModel()
        self.case_table = QTableView()
        self.case_table.setModel(self.case_model)
        self.case_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.case_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.case_table.setAccessibleName("Cases")
        self.setCentralWidget(self.case_table)
        self.statusBar().addPermanentWidget(QLabel(f"Data: {workspace.paths.data_dir}"))
        self.reload()

    def reload(self) -> None:
        """Read the case list again."""
        self.case_model.set_cases(self._workspace.cases.summaries())
