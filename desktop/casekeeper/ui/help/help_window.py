"""The user guide in a window: contents on the left, search above, the guide in the window's
language, offline (resources/help/guide-LANG.html, built by tools/help/build_help.py from the
README's user guide and docs/help/user-guide-LANG.md)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casekeeper.resource_folder import resource
from casekeeper.ui.common.i18n import current_language, translate

#: the guide's sections (its "###" headings), in order; the same keys in every language, each the
#: anchor of its heading in the built guide
SECTIONS = (
    "first-start",
    "window",
    "search",
    "new-case",
    "log-contact",
    "mail-import",
    "payment-plan",
    "escalate",
    "contact",
    "corrections",
    "deadlines",
    "background",
    "evidence",
    "dossier",
    "letters",
    "promises",
    "trash",
    "closing",
    "backups",
    "moving-data",
    "help",
    "keyboard",
)


def guide_html(language: str) -> str:
    """The bundled guide in ``language`` (English only for a language without a guide)."""
    path = resource("help", f"guide-{language}.html")
    if not path.is_file():
        path = resource("help", "guide-en.html")
    return path.read_text("utf-8")


class HelpWindow(QDialog):
    """Non-modal; ``show_section(key)`` scrolls to a section of SECTIONS, found by its anchor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = current_language()
        self.setWindowTitle(translate("Help", "Case Keeper user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setHtml(guide_html(self.language))
        self.browser.setAccessibleName(translate("Help", "User guide"))
        self.contents = QListWidget()
        self.contents.setAccessibleName(translate("Help", "Contents"))
        self.contents.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Help", "Search the guide…"))
        self.search.setAccessibleName(translate("Help", "Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.found = QLabel()
        self.headings: list[int] = []  # block numbers of the sections
        self.sections: list[str] = []  # their keys, from the headings' anchors
        self._fill_contents()
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        search_row = QHBoxLayout()
        label = QLabel(translate("Help", "&Search:"))
        label.setBuddy(self.search)
        search_row.addWidget(label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self._go_to_row)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _text: self.find_next(from_top=True))
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 40)
        splitter.setSizes([metrics.averageCharWidth() * 30, metrics.averageCharWidth() * 90])

    def _fill_contents(self) -> None:
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 3:
                self.headings.append(block.blockNumber())
                self.sections.append(_anchor(block))
                self.contents.addItem(QListWidgetItem(block.text()))
            block = block.next()

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < len(self.headings):
            self._scroll_to_block(self.headings[row])

    def _scroll_to_block(self, number: int) -> None:
        block = self.browser.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())  # then back up: the heading ends at the top of the view
        self.browser.ensureCursorVisible()

    def show_section(self, key: str) -> None:
        """Scroll to the section ``key`` (one of SECTIONS) and select it in the contents."""
        if key in self.sections:
            self.contents.setCurrentRow(self.sections.index(key))

    def current_section(self) -> str:
        """The key of the section chosen in the contents."""
        row = self.contents.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else ""

    def find_next(self, from_top: bool = False) -> bool:
        """Select the next match of the search text (from the top when asked or at the end)."""
        text = self.search.text().strip()
        if not text:
            self.found.clear()
            return False
        if from_top:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if not self.browser.find(text):
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            if not self.browser.find(text):
                self.found.setText(translate("Help", "No match"))
                return False
        self.found.clear()
        return True

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)


def _anchor(block: QTextBlock) -> str:
    """The section key of a heading: the name of its anchor ("" when it has none)."""
    fragments = block.begin()
    while not fragments.atEnd():
        names = fragments.fragment().charFormat().anchorNames()
        if names:
            return str(names[0])
        fragments += 1
    return ""


def matches(document: QTextDocument, text: str) -> int:
    """How many times ``text`` occurs in the guide (case-insensitive)."""
    count, cursor = 0, QTextCursor(document)
    while True:
        cursor = document.find(text, cursor)
        if cursor.isNull():
            return count
        count += 1
