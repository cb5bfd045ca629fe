"""A realistic French and English case, exported on a computer set to UTC or New York: every
reference, agent, time and transcript is found whole, only one language is used, fonts are
embedded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from tests.unit.export.catalogue_words import catalogue_words
from tests.unit.export.realistic_cases import (
    ENGLISH,
    FRENCH,
    GERMAN,
    KLARNA_REF,
    ORDER_REF,
    REFERENCES,
    SWEDISH,
    Story,
    build_case,
)

from casekeeper.export import DossierOptions
from casekeeper.export.letters import LetterKind
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
_BOTH = {"promise", "date", "dates", "source", "sources", "page", "pages", "type", "image",
         "photo", "transcription", "transcriptions", "application", "message",
         # names and words that are French too
         "bank", "france", "assistant", "klarna", "service", "directive",
         "shop"}  # German "der Shop" too
# Words that are also the document's own language, or come from the person's own file names.
_OWN = {"de": set(), "sv": {"full",  # "full återbetalning"
                            "chat"}}  # the exhibit file chat-C-77120.txt
_ADDRESS = re.compile(r"\S+\.(?:com|se|fr|org|uk|eu|de|be|net|test)\S*")


@dataclass(frozen=True)
class Made:
    """The documents of one case."""

    story: Story
    language: str
    dossier: str
    letters: dict[LetterKind, str]
    files: tuple[Path, ...]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _make(root: Path, story: Story, language: str, machine_zone: str) -> Made:
    paths = DataPaths(data_dir=root / "data", config_dir=root / "data" / "config")
    workspace = open_workspace(paths, FixedClock(NOW, machine_zone))
    try:
        case_id = build_case(workspace, story)
        dossier = root / "dossier.pdf"
        workspace.dossiers.export(case_id, dossier, DossierOptions(language=language))
        letters: dict[LetterKind, str] = {}
        files = [dossier]
        for kind in LetterKind:
            target = root / f"{kind.value}.pdf"
            workspace.letters.write(workspace.letters.draft(case_id, kind, language), target)
            letters[kind] = _text(target)
            files.append(target)
    finally:
        workspace.close()
    return Made(story, language, _text(dossier), letters, tuple(files))


@pytest.fixture(scope="module", params=[(FRENCH, "fr"), (ENGLISH, "en")], ids=["fr", "en"])
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Made:
    story, language = request.param
    return _make(tmp_path_factory.mktemp(language), story, language, "UTC")


def test_every_reference_agent_and_transcript_line_is_found_whole(made: Made) -> None:
    for token in (*REFERENCES, ORDER_REF, KLARNA_REF, "Inès Duval", "Malik Osei",
                  made.story.bot_name):
        assert token in made.dossier, token
    for line in made.story.bot_lines:
        assert line in made.dossier, line


def test_contact_just_after_midnight_is_dated_in_the_case_zone(made: Made) -> None:
    shown = "3 nov. 2026 00:20" if made.language == "fr" else "3 Nov 2026 00:20"
    assert shown in " ".join(made.dossier.split())
    elsewhere = [line for line in made.dossier.splitlines() if made.story.zone not in line]
    assert not any("UTC+" in line for line in elsewhere)
    plain = "3 novembre 2026 à 0\u00a0h\u00a020" if made.language == "fr" else \
        "3 November 2026 at 00:20"
    assert plain in made.letters[LetterKind.FORMAL_COMPLAINT].replace(" h 20", "\u00a0h\u00a020")


def test_the_zone_is_named_once_in_the_dossier(made: Made) -> None:
    assert made.dossier.count(made.story.zone) == 1
    for text in made.letters.values():
        assert "UTC+" not in text


def test_a_machine_in_new_york_gives_the_same_times(tmp_path: Path) -> None:
    other = _make(tmp_path, FRENCH, "fr", "America/New_York")
    assert "3 nov. 2026 00:20" in " ".join(other.dossier.split())
    assert "7 oct. 2026 17:55" in " ".join(other.dossier.split())


def test_every_font_of_every_document_is_embedded(made: Made) -> None:
    for path in made.files:
        with pikepdf.open(path) as pdf:
            for page in pdf.pages:
                fonts = page.Resources.get("/Font") or {}
                for font in fonts.values():
                    descriptor = font.get("/FontDescriptor")
                    if descriptor is None and "/DescendantFonts" in font:
                        descriptor = font.DescendantFonts[0].FontDescriptor
                    assert descriptor is not None, (path.name, str(font.BaseFont))
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2")), path


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", text) if len(w) >= 4}


def _rulepack_english() -> list[tuple[str, str]]:
    """The English sources of the French and British rulepacks, as (English, "") pairs."""
    from casekeeper.knowledge.loader import load_pack

    texts: list[str] = []
    for country in ("FR", "GB"):
        pack = load_pack(country)
        texts.append(pack.source)
        texts += [entry.source for entry in pack.channels.values()]
        texts += [step.source for step in pack.ladder.values()]
    return [(text, "") for text in texts]


def _vocabulary() -> dict[str, set[str]]:
    """Language -> its words: the gettext catalogues (the knowledge layer's wording included) and
    the rulepacks' English sources."""
    pairs = _rulepack_english()
    found = {language: set(known) for language, known in catalogue_words().items()}
    found["en"] |= set().union(*(_words(_ADDRESS.sub(" ", re.sub(r"\{\w+\}|<[^>]+>|&\w+;", " ", e)))
                                 for e, _ in pairs))
    found["fr"] |= set().union(*(_words(re.sub(r"\{\w+\}|<[^>]+>|&\w+;", " ", f))
                                 for _, f in pairs))
    return found


def _other_words(language: str) -> set[str]:
    """Words of the other languages that this language never uses."""
    found = _vocabulary()
    others = set().union(*(known for other, known in found.items() if other != language))
    return others - found[language] - _BOTH - _OWN.get(language, set())


def test_no_word_of_the_other_language(made: Made) -> None:
    other = _other_words(made.language)
    for name, text in (("dossier", made.dossier),
                       *((kind.value, body) for kind, body in made.letters.items())):
        found = _words(_ADDRESS.sub(" ", text)) & other
        assert not found, (name, sorted(found))


def test_text_and_mail_exhibits_are_printed_as_text(made: Made) -> None:
    assert made.story.proof_text.splitlines()[1] in made.dossier
    assert made.story.email_summary in made.dossier
    assert "conditions.pdf" in made.dossier
    assert "cannot be shown" not in made.dossier and "ne peut pas être affiché" not in made.dossier


def test_the_ombudsman_finds_the_proof_of_posting_and_a_declaration(made: Made) -> None:
    title = "Pour le médiateur" if made.language == "fr" else "For the ombudsman"
    section = made.dossier.split(title, 1)[1]
    assert f"E3 – {made.story.proof_title}" in section
    assert REFERENCES[4] in section.split("\n\n")[0] or REFERENCES[4] in section
    assert ("Déclaration" if made.language == "fr" else "Declaration") in made.dossier
    assert made.story.consumer in made.dossier.rsplit("Signature", 1)[0][-400:]


def test_a_zone_chosen_for_the_case_is_used_and_named(tmp_path: Path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "data" / "config")
    workspace = open_workspace(paths, FixedClock(NOW, "UTC"))
    case_id = build_case(workspace, FRENCH)
    detail = workspace.cases.detail(case_id)
    from dataclasses import replace

    workspace.cases.update(case_id, replace(detail.as_input(), display_zone="America/Martinique"))
    target = tmp_path / "dossier.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language="fr"))
    letter = workspace.letters.draft(case_id, LetterKind.FORMAL_COMPLAINT, "fr")
    workspace.close()
    text = _text(target)
    assert text.count("America/Martinique") == 1
    assert "2 nov. 2026 19:20" in " ".join(text.split())  # 00:20 in Paris
    assert any("2 novembre 2026 à 19" in p for p in letter.paragraphs)


def test_the_summary_names_the_legal_entity_of_the_country(made: Made) -> None:
    if made.language == "fr":
        assert "Klarna Bank AB (publ)" in made.dossier.split("Commerçant", 1)[0]


def test_without_an_answer_the_ombudsman_reads_that_none_came_in_time(tmp_path: Path) -> None:
    paths = DataPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "data" / "config")
    later = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)
    workspace = open_workspace(paths, FixedClock(later, "UTC"))
    case_id = build_case(workspace, FRENCH)
    answer = next(i for i in workspace.cases.detail(case_id).interactions
                  if i.reference == REFERENCES[4])
    workspace.journal.delete(answer.id)
    target = tmp_path / "dossier.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language="fr"))
    workspace.close()
    text = " ".join(_text(target).split())
    # The formal complaint posted on Thursday 12 November, no receipt logged: assumed delivered
    # on Monday 16 November (La Poste's 2 business days); PSD2's 15 bank days end on 7 December.
    assert ("Aucune réponse de Klarna n'est consignée dans le délai de leur procédure, qui a pris "
            "fin le 7 déc. 2026.") in text


@pytest.fixture(scope="module", params=[(GERMAN, "de"), (SWEDISH, "sv")], ids=["de", "sv"])
def made_more(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Made:
    story, language = request.param
    return _make(tmp_path_factory.mktemp(language), story, language, "UTC")


def test_every_german_and_swedish_letter_has_no_word_of_another_language(made_more: Made) -> None:
    other = _other_words(made_more.language)
    for kind, body in made_more.letters.items():
        found = _words(_ADDRESS.sub(" ", body)) & other
        assert not found, (kind.value, sorted(found))


def test_the_german_and_swedish_dossier_has_no_word_of_another_language(made_more: Made) -> None:
    found = _words(_ADDRESS.sub(" ", made_more.dossier)) & _other_words(made_more.language)
    assert not found, sorted(found)


def test_the_german_and_swedish_dossier_wording_is_in_its_language(made_more: Made) -> None:
    said = {"de": ("Falldokumentation", "Anlagenverzeichnis", "Integritätsprüfung",
                   "7. Okt. 2026 17:55", "Kontakt Nr. 3", "Seite 1 von"),
            "sv": ("Ärendesammanställning", "Bilageförteckning", "Äkthetskontroll",
                   "7 okt. 2026 17:55", "Kontakt nr 3", "sida 1 av")}[made_more.language]
    flat = " ".join(made_more.dossier.split())
    for words in said:
        assert words in flat, words


def test_german_and_swedish_letters_follow_the_country_conventions(made_more: Made) -> None:
    complaint = " ".join(made_more.letters[LetterKind.FORMAL_COMPLAINT].split())
    access = " ".join(made_more.letters[LetterKind.DATA_ACCESS_REQUEST].split())
    if made_more.language == "de":
        for words in ("Köln, 2. Dezember 2026", "Betreff: Förmliche Beschwerde",
                      "Sehr geehrte Damen und Herren, hiermit", "Mit freundlichen Grüßen",
                      "Referenzen: Bestellung ML-2026/40417-B", "15 Bankarbeitstage",
                      "3. November 2026 um 00:20 Uhr"):
            assert words in complaint, words
        assert "gemäß Art. 15 Abs. 1 und 3 der Verordnung (EU) 2016/679" in access
    else:
        for words in ("Stockholm den 2 december 2026", "Ärende: Formellt klagomål",
                      "Med vänlig hälsning", "Era referenser: order ML-2026/40417-B",
                      "15 bankdagar", "3 november 2026 kl. 00.20"):
            assert words in complaint, words
        assert "artikel 15.1 och 15.3 i förordning (EU) 2016/679 (dataskyddsförordningen)" in access
