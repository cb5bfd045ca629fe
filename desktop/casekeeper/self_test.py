"""casekeeper --self-test: prove an installed copy works end to end, against a temporary folder."""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

Check = Callable[[], str]


def run_self_test(out: TextIO = sys.stdout) -> int:
    """Run every check, print one line each, and return 0 only if all passed."""
    with tempfile.TemporaryDirectory(prefix="casekeeper-self-test-") as folder:
        state: dict[str, object] = {}
        checks: list[tuple[str, Check]] = [
            ("open and migrate a new case file", lambda: _open(Path(folder), state)),
            ("record a case, a contact, a promise, a step and an exhibit",
             lambda: _record(Path(folder), state)),
            ("search the journal", lambda: _search(state)),
            ("load the rulepacks and compute opening hours", lambda: _hours(state)),
            ("compute deadlines and write a calendar", lambda: _deadlines(state)),
            ("render a dossier PDF and read it back", lambda: _dossier(Path(folder), state)),
            ("mask phone numbers of several countries (redaction)", _redaction),
            ("read the document catalogues of every language", _catalogues),
            ("show the main window offscreen", lambda: _window(state)),
            ("speak French, German and Swedish, Qt's own buttons included", _languages),
        ]
        failed = 0
        for name, check in checks:
            try:
                detail = check()
            except Exception as error:  # report every failure, keep checking
                failed += 1
                out.write(f"FAILED  {name}: {type(error).__name__}: {error}\n")
            else:
                out.write(f"ok      {name}{f' ({detail})' if detail else ''}\n")
        workspace = state.get("workspace")
        if workspace is not None:
            workspace.close()  # type: ignore[attr-defined]
    out.write("self-test passed\n" if not failed else f"self-test FAILED: failed checks: {failed}\n")
    return 0 if not failed else 1


def _catalogues() -> str:
    from casekeeper.i18n import LANGUAGES, translator

    said = [translator(language).pgettext("stage", "Formal complaint") for language in LANGUAGES]
    assert len(set(said)) == len(LANGUAGES), said  # each compiled catalogue was found and read
    return ", ".join(said)


def _open(folder: Path, state: dict[str, object]) -> str:
    from casekeeper.paths import DataPaths
    from casekeeper.services.workspace import open_workspace
    from casekeeper.storage.schema import SCHEMA_HEAD, read_revision

    paths = DataPaths(folder / "data", folder / "data" / "config")
    state["workspace"] = open_workspace(paths)
    revision = read_revision(paths.database)
    assert revision == SCHEMA_HEAD, revision
    return f"schema {revision}"


def _record(folder: Path, state: dict[str, object]) -> str:
    from PIL import Image

    from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
    from casekeeper.domain.enums import AgentKind, Channel, Stage

    workspace = state["workspace"]
    case_id = workspace.cases.create(CaseInput(  # type: ignore[attr-defined]
        title="Colis endommagé – self-test", merchant="Maison Lumière", country="FR"))
    at = datetime(2026, 10, 14, 7, 10, tzinfo=UTC)
    workspace.journal.log(case_id, InteractionInput(  # type: ignore[attr-defined]
        occurred_at=at, zone="Europe/Paris", channel=Channel.PHONE, agent_name="Malik Osei",
        agent_kind=AgentKind.HUMAN, reference="PH-30981", summary="Réclamation enregistrée"),
        PromiseInput("Remboursement sous 5 jours ouvrés"))
    workspace.journal.record_stage(case_id, StageInput(  # type: ignore[attr-defined]
        Stage.FORMAL_COMPLAINT, at, "Europe/Paris", reference="FC-1"))
    photo = folder / "colis.png"
    Image.new("RGB", (320, 240), (150, 110, 60)).save(photo)
    exhibit = workspace.evidence.attach(case_id, photo).evidence  # type: ignore[attr-defined]
    state["case_id"], state["photo_sha"] = case_id, exhibit.sha256
    assert exhibit.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    return f"case {case_id}, {exhibit.label}"


def _search(state: dict[str, object]) -> str:
    hits = state["workspace"].search.search("reclamation")  # type: ignore[attr-defined]
    assert hits and hits[0].case_id == state["case_id"], hits
    return f"hits: {len(hits)}"


def _hours(state: dict[str, object]) -> str:
    saturday = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    statuses = state["workspace"].rules.channel_statuses("FR", saturday)  # type: ignore[attr-defined]
    phone = next(s for s in statuses if s.channel_id == "phone")
    assert phone.state.value == "closed" and phone.next_opening_local is not None
    return f"FR phone opens {phone.next_opening_local:%a %d %b %H:%M}"


def _deadlines(state: dict[str, object]) -> str:
    workspace = state["workspace"]
    deadlines = workspace.deadlines.for_case(state["case_id"])  # type: ignore[attr-defined]
    assert deadlines, "no deadline derived from a formal complaint"
    calendar = workspace.deadlines.calendar(state["case_id"])  # type: ignore[attr-defined]
    assert b"BEGIN:VCALENDAR" in calendar
    return f"deadlines: {len(deadlines)}"


def _dossier(folder: Path, state: dict[str, object]) -> str:
    from pypdf import PdfReader

    target = folder / "dossier.pdf"
    result = state["workspace"].dossiers.export(state["case_id"], target)  # type: ignore[attr-defined]
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "self-test" in text and "PH-30981" in text
    (attached,) = reader.attachments.values()
    assert hashlib.sha256(attached[0]).hexdigest() == state["photo_sha"]
    return f"{result.page_count} pages, {result.size_bytes // 1024} KB"


def _redaction() -> str:
    from casekeeper.export.redaction import Redactor

    masked = Redactor(strings=())("FR 06 12 34 56 78, US (415) 555-2671, SE 070-123 45 67.")
    assert masked == "FR [redacted], US [redacted], SE [redacted].", masked
    return "FR, US, SE"


def _languages() -> str:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from casekeeper.ui.common.i18n import LANGUAGES, install_language, translate

    app = QApplication.instance() or QApplication(["casekeeper", "-platform", "offscreen"])
    cancel = {"fr": "Annuler", "de": "Abbrechen", "sv": "Avbryt"}
    for language in cancel:
        install_language(app, language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text().replace("&", "") == cancel[language], language
        assert translate("CasePage", "Timeline") != "Timeline", language
    install_language(app, "en")
    assert translate("Safety", "%n cases", None, 1) == "1 case"
    return ", ".join(LANGUAGES)


def _window(state: dict[str, object]) -> str:
    from PySide6.QtWidgets import QApplication

    from casekeeper.ui.app.main_window import MainWindow

    app = QApplication.instance() or QApplication(["casekeeper", "-platform", "offscreen"])
    window = MainWindow(state["workspace"])  # type: ignore[arg-type]
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    assert shown
    return "main window shown"
