"""F1 opens the user guide in the window's language, offline, with contents, search and context help."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casekeeper.resource_folder import resource
from casekeeper.services.sample_case import create_sample_case
from casekeeper.services.workspace import Workspace
from casekeeper.ui.app.main_window import MainWindow
from casekeeper.ui.common.i18n import LANGUAGES, install_language
from casekeeper.ui.common.settings import Settings
from casekeeper.ui.help.help_window import SECTIONS, HelpWindow, guide_html

ROOT = Path(__file__).resolve().parents[2]
BUILDER = ROOT / "tools" / "help" / "build_help.py"
#: quoted words of a guide that are not the window's: examples of what a case holds, and the
#: names other programs give to their own buttons and tasks
NOT_WINDOW_TEXT = {
    "Remboursement du colis",
    "Réclamation",
    "Jürgen",
    "CaseKeeper Reminders",
    "Download message",
    "Télécharger le message",
    "Nachricht herunterladen",
    "Ladda ned meddelande",
}


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_help", BUILDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.mark.parametrize("language", sorted(_builder().sources()))
def test_the_bundled_guide_says_what_its_source_says(language: str, qapp: QApplication) -> None:
    builder = _builder()
    bundled = resource("help", f"guide-{language}.html").read_text("utf-8")
    assert _plain(bundled) == _plain(builder.to_html(builder.sources()[language]))
    assert re.findall(r'<a name="([a-z0-9-]+)">', bundled) == list(SECTIONS)


def test_every_window_language_has_a_guide_and_every_guide_is_bundled() -> None:
    """A language the window speaks never falls back to the English guide."""
    sources = _builder().sources()
    assert set(LANGUAGES) <= set(sources)
    bundled = {path.stem.removeprefix("guide-") for path in resource("help").glob("guide-*.html")}
    assert bundled == set(sources)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_key_is_in_every_guide(language: str) -> None:
    builder = _builder()
    assert builder.section_keys(builder.sources()[language]) == list(SECTIONS)


def test_a_guide_missing_a_marker_or_out_of_order_is_refused() -> None:
    builder = _builder()
    english = builder.sources()["en"]
    with pytest.raises(ValueError, match="markers"):
        builder.section_keys(english.replace("<!-- section: search -->\n", "", 1))
    moved = (
        english.replace("section: search -->", "section: SWAP -->")
        .replace("section: window -->", "section: search -->")
        .replace("section: SWAP -->", "section: window -->")
    )
    with pytest.raises(ValueError, match="order"):
        builder.check({"en": english, "xx": moved})


def test_a_language_without_a_guide_gets_english() -> None:
    assert guide_html("xx") == resource("help", "guide-en.html").read_text("utf-8")


def test_f1_opens_the_guide_with_its_contents(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actions_.guide.shortcut().toString() == "F1"
    window.actions_.guide.trigger()
    guide = window.help_desk.window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert len(titles) == len(SECTIONS)
    assert titles[4] == "Logging a contact (Ctrl+L)" and titles[-1] == "Keyboard shortcuts"
    guide.search.setText("fingerprint")
    assert guide.browser.textCursor().selectedText().lower() == "fingerprint"
    guide.search.setText("zxqwv")
    assert guide.found.text() == "No match"


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_opens_the_guide_in_the_window_language(
    language: str, qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings
) -> None:
    install_language(qapp, language)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    window.actions_.guide.trigger()
    guide = window.help_desk.window
    assert isinstance(guide, HelpWindow) and guide.isVisible() and guide.language == language
    bundled = resource("help", f"guide-{language}.html").read_text("utf-8")
    assert guide.browser.toPlainText() == _plain(bundled)
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    headings = re.findall(r"^### (.+)$", _builder().sources()[language], re.MULTILINE)
    assert titles == [re.sub(r"\*+", "", heading) for heading in headings]
    assert guide.sections == list(SECTIONS)
    if language != "en":
        english = re.findall(r"^### (.+)$", _builder().sources()["en"], re.MULTILINE)
        assert not set(titles) & set(english)
    for key in SECTIONS:
        guide.show_section(key)
        assert guide.current_section() == key
        assert guide.browser.textCursor().block().text() == titles[SECTIONS.index(key)]


def test_in_french_the_guide_is_french(
    qtbot: QtBot, qapp: QApplication, workspace: Workspace, settings: Settings
) -> None:
    install_language(qapp, "fr")
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.controller.ask_unsaved = lambda: "discard"
    guide = window.help_desk.open()
    text = guide.browser.toPlainText()
    titles = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert len(titles) == len(SECTIONS)
    assert titles[0] == "Premier démarrage" and "Noter un contact (Ctrl+L)" in titles
    for english in ("Logging a contact", "The window", "Keyboard shortcuts", "Press **Save**", "Choose"):
        assert english not in text
    assert guide.windowTitle() == "Guide d'utilisation de Case Keeper"


def test_a_dialog_help_button_opens_its_section(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    window.controller.reload_cases(create_sample_case(workspace, example=False))
    dialog = window.dialogs.log_contact()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    boxes = dialog.findChildren(QDialogButtonBox)
    help_button = next(
        box.button(QDialogButtonBox.StandardButton.Help)
        for box in boxes
        if box.button(QDialogButtonBox.StandardButton.Help) is not None
    )
    help_button.click()
    guide = window.help_desk.window
    assert guide is not None and guide.current_section() == "log-contact"
    assert guide.browser.textCursor().block().text() == "Logging a contact (Ctrl+L)"
    dialog.done(0)


def _window_texts(language: str, qapp: QApplication) -> list[str]:
    """What the window can show in ``language``: our .ts translations, the words of Qt's standard
    buttons, and the messages outside Qt shown by the window or the notifications (.po)."""
    texts = [_name(node.text or "") for node in _translations(language)]
    install_language(qapp, language)
    for button in QDialogButtonBox.StandardButton:
        box = QDialogButtonBox(button)
        shown = box.button(button) if button.value else None
        if shown is not None:
            texts.append(_name(shown.text()))
    catalogue = ROOT / "resources" / "i18n" / language / "LC_MESSAGES" / "casekeeper.po"
    with catalogue.open("rb") as po:
        for entry in read_po(po):
            forms = entry.string if isinstance(entry.string, (list, tuple)) else [entry.string]
            texts += [_name(form) for form in forms if form]
    return texts


@cache
def _translations(language: str) -> tuple[ElementTree.Element, ...]:
    tree = ElementTree.parse(ROOT / "resources" / "i18n" / f"casekeeper_{language}.ts")
    found = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform")
            found += forms or [translation]
    return tuple(found)


def _name(text: str) -> str:
    """A window text as read: no mnemonic ampersand, one space between words."""
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


def _quoted(markdown: str) -> list[str]:
    """The names a guide quotes: in bold or italics (each step of a menu path on its own) and
    between quotation marks."""
    markdown = re.sub(r"`[^`]*`", "", markdown)
    spans = re.findall(r"\*\*(.+?)\*\*", markdown, re.DOTALL)
    spans += re.findall(r"(?<![*\w])\*([^*\s][^*]*?)\*(?![*\w])", markdown.replace("**", ""))
    spans += re.findall(r"„([^“]+)“|”([^”]+)”|«\s*([^»]+?)\s*»|“([^”]+)”", markdown)
    names = []
    for span in spans:
        text = "".join(span) if isinstance(span, tuple) else span
        names += [_name(part) for part in re.split(r"\s+→\s+", text)]
    return [name for name in names if name and name not in NOT_WINDOW_TEXT]


@pytest.mark.parametrize("language", sorted(set(_builder().sources()) - {"en"}))
def test_every_name_a_guide_quotes_is_what_the_window_shows(language: str, qapp: QApplication) -> None:
    texts = _window_texts(language, qapp)
    source = _builder().sources()[language]
    source = re.sub(r"^#+ .*$", "", source, flags=re.MULTILINE)  # headings are the guide's own
    missing = []
    for name in _quoted(source):
        # " …" stands for what the window fills in (a date, the words typed)
        words = r".+?".join(re.escape(part.strip()) for part in name.split(" …"))
        pattern = re.compile(rf"(?<!\w){words}(?!\w)")
        if not any(pattern.search(text) for text in texts):
            missing.append(name)
    assert not missing, f"{language} guide names that the window does not show: {missing}"
