"""The right pane: the case header, the Undo bar and the four tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from casekeeper.ui.cases.case_header import CaseHeader
from casekeeper.ui.cases.details_tab import DetailsTab
from casekeeper.ui.cases.undo_bar import UndoBar
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.icons import icon
from casekeeper.ui.deadlines.deadline_model import DeadlineModel
from casekeeper.ui.deadlines.deadlines_tab import DeadlinesTab
from casekeeper.ui.evidence.evidence_model import EvidenceModel
from casekeeper.ui.evidence.evidence_tab import EvidenceTab
from casekeeper.ui.journal.timeline_model import TimelineModel
from casekeeper.ui.journal.timeline_view import TimelineView


class CasePage(QWidget):
    """Holds the views of one case; the window fills them and wires their signals."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = CaseHeader()
        self.undo_bar = UndoBar()
        self.timeline_model = TimelineModel(zone)
        self.evidence_model = EvidenceModel(zone)
        self.deadline_model = DeadlineModel()
        self.timeline = TimelineView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(translate("CasePage", "Timeline"))
        self.newest_first = QCheckBox(translate("CasePage", "Newest first"))
        self.newest_first.setChecked(True)
        self.newest_first.toggled.connect(self.timeline_model.set_newest_first)
        timeline_tab = QWidget()
        column = QVBoxLayout(timeline_tab)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.newest_first)
        column.addLayout(row)
        column.addWidget(self.timeline, 1)
        self.details = DetailsTab()
        self.evidence = EvidenceTab(self.evidence_model)
        self.deadlines = DeadlinesTab(self.deadline_model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(timeline_tab, icon("calendar"), translate("CasePage", "Timeline"))
        self.tabs.addTab(self.details, icon("info"), translate("CasePage", "Details"))
        self.tabs.addTab(self.evidence, icon("evidence"), translate("CasePage", "Evidence"))
        self.tabs.addTab(self.deadlines, icon("deadline"), translate("CasePage", "Deadlines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)

    def set_counts(self, exhibits: int, deadlines: int | None) -> None:
        """``Evidence (3)``, ``Deadlines (4)``; ``Deadlines`` while they are worked out (None)."""
        self.tabs.setTabText(2, translate("CasePage", "Evidence (%1)").replace("%1", str(exhibits)))
        self.tabs.setTabText(3, translate("CasePage", "Deadlines") if deadlines is None else
                             translate("CasePage", "Deadlines (%1)").replace("%1", str(deadlines)))
