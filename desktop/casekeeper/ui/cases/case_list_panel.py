"""The left pane: status and stage filters above the list of cases."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from casekeeper.domain.enums import Stage
from casekeeper.ui.cases.case_filter import CaseFilterModel
from casekeeper.ui.cases.case_list_delegate import CaseListDelegate
from casekeeper.ui.cases.case_list_model import CaseListModel, CaseRole
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import translate


class CaseListPanel(QWidget):
    """Emits ``case_selected(id)`` (0 when nothing is selected)."""

    case_selected = Signal(int)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = CaseFilterModel()
        self.proxy.setSourceModel(model)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("CaseList", "Show cases"))
        for key, text in (
            ("open", translate("CaseList", "Open cases")),
            ("closed", translate("CaseList", "Closed cases")),
            ("all", translate("CaseList", "All cases")),
        ):
            self.status.addItem(text, key)
        self.stage = QComboBox()
        self.stage.setAccessibleName(translate("CaseList", "Stage"))
        self.stage.addItem(translate("CaseList", "Any stage"), "")
        for stage in Stage:
            self.stage.addItem(labels.stage_name(stage), stage.value)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CaseListDelegate(self.view, self.proxy.has_badge))
        self.view.setAccessibleName(translate("CaseList", "Cases"))
        self.view.setUniformItemSizes(False)
        self.view.setAcceptDrops(True)
        filters = QHBoxLayout()
        for combo in (self.status, self.stage):  # long stage names (German) must not widen the list
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.stage, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        self.status.currentIndexChanged.connect(lambda: self.proxy.set_status(str(self.status.currentData())))
        self.stage.currentIndexChanged.connect(lambda: self.proxy.set_stage(str(self.stage.currentData())))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.proxy.modelReset.connect(self._keep_selection)
        self.proxy.layoutChanged.connect(self._keep_selection)
        self.proxy.rowsRemoved.connect(self._keep_selection)
        self._wanted = 0
        self._announced = -1
        self.announce_later = False  # True: a selection made while filling is announced after
        # the list has painted (start-up shows the list first, then the case)

    def show_no_match(self, text: str) -> None:
        """Say that the search ``text`` found no case (an empty text hides the line)."""
        self.no_match.setText(
            translate("CaseList", "No case matches “%1”. Escape clears the search.").replace("%1", text)
        )
        self.no_match.setVisible(bool(text))

    def show_too_many(self, text: str, read: int) -> None:
        """Say that ``text`` matches more than ``read`` entries, so the list is not narrowed yet."""
        from PySide6.QtCore import QLocale

        self.no_match.setText(
            translate("CaseList", "More than %1 entries match “%2”, so every case is still listed. "
                      "Type more letters to narrow the list.")
            .replace("%1", QLocale().toString(read)).replace("%2", text)
        )
        self.no_match.setVisible(True)

    def set_status_filter(self, key: str) -> None:
        """Choose ``open``, ``closed`` or ``all``."""
        self.status.setCurrentIndex(max(0, self.status.findData(key)))

    def current_case_id(self) -> int:
        """The selected case's id, or 0."""
        index = self.view.currentIndex()
        return int(index.data(CaseRole.ID)) if index.isValid() else 0

    def select_case(self, case_id: int) -> None:
        """Select a case if it is visible (else the first visible one)."""
        self._wanted = case_id
        self._keep_selection()

    def _keep_selection(self) -> None:
        row = self.source.row_of(self._wanted)
        index = self.proxy.mapFromSource(self.source.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid() and self.proxy.rowCount() > 0:
            index = self.proxy.index(0, 0)
        if index.isValid():
            if index != self.view.currentIndex():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            elif int(index.data(CaseRole.ID)) != self._announced:
                self._current_changed(index)
        elif self._announced != 0:
            self._current_changed(QModelIndex())

    def _announce(self, case_id: int) -> None:
        """Say which case is selected, unless another one was selected since (a stale call)."""
        if case_id == self._announced:
            self.case_selected.emit(case_id)

    def _current_changed(self, current: QModelIndex) -> None:
        case_id = int(current.data(CaseRole.ID)) if current.isValid() else 0
        if case_id:
            self._wanted = case_id
        self._announced = case_id
        if self.announce_later:
            QTimer.singleShot(0, lambda: self._announce(case_id))
        else:
            self.case_selected.emit(case_id)
