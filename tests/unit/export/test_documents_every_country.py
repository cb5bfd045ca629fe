"""The dossier and the six letters in each of the four languages for a case in each of the
eleven countries (ten with rules of their own, one on the generic rules): read back with
pdftotext as they print, they hold no word of another language."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.language_scan import LANGUAGES, foreign_words, words
from tests.unit.export.realistic_cases import (
    COUNTRIES,
    STORIES,
    ZONES,
    Story,
    build_case,
    story_names,
    story_texts,
)

from casekeeper.export import DossierOptions
from casekeeper.export.letters import LetterKind
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import open_workspace

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Documents:
    """The documents of one case in one language, as pdftotext reads them."""

    story: Story
    texts: dict[str, str]


def pdf_text(path: Path) -> str:
    """The text of ``path`` as pdftotext reads it (lines and spaces kept as printed)."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _own_words(story: Story) -> set[str]:
    """The person's own words: written in the story's language, they need not be the app's."""
    return {word for text in story_texts(story) for word in words(text)}


def _names(story: Story) -> tuple[str, ...]:
    return (*story_names(story), *ZONES.values())


@pytest.fixture(scope="module", params=LANGUAGES)
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Documents]:
    """Country -> the dossier and letters of a case there, written in the language."""
    language: str = request.param
    root = tmp_path_factory.mktemp(f"documents-{language}")
    paths = DataPaths(data_dir=root / "data", config_dir=root / "data" / "config")
    workspace = open_workspace(paths, FixedClock(NOW, "UTC"))
    made: dict[str, Documents] = {}
    try:
        for country in COUNTRIES:
            story = replace(STORIES[language], country=country, zone=ZONES[country])
            case_id = build_case(workspace, story)
            dossier = root / f"{country}-dossier.pdf"
            workspace.dossiers.export(case_id, dossier, DossierOptions(language=language))
            texts = {"dossier": pdf_text(dossier)}
            for kind in LetterKind:
                target = root / f"{country}-{kind.value}.pdf"
                workspace.letters.write(workspace.letters.draft(case_id, kind, language), target)
                texts[kind.value] = pdf_text(target)
            made[country] = Documents(story, texts)
    finally:
        workspace.close()
    return made


def _language(made: dict[str, Documents]) -> str:
    return next(
        code for code, story in STORIES.items() if story.consumer == next(iter(made.values())).story.consumer
    )


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_document_has_a_word_of_another_language(made: dict[str, Documents], country: str) -> None:
    documents = made[country]
    language = _language(made)
    found = [
        f"{name}: {hit}"
        for name, text in documents.texts.items()
        for hit in foreign_words(
            text, language, names=_names(documents.story), allowed=_own_words(documents.story)
        )
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_document_is_made(made: dict[str, Documents], country: str) -> None:
    texts = made[country].texts
    assert set(texts) == {"dossier", *(kind.value for kind in LetterKind)}
    assert all(len(text.split()) > 40 for text in texts.values())
    assert made[country].story.consumer in texts["dossier"]


@pytest.mark.parametrize("country", COUNTRIES)
def test_web_addresses_are_printed_whole(made: dict[str, Documents], country: str) -> None:
    """A letter's recipient block never cuts an address inside ("http" / "s://www…")."""
    for name, text in made[country].texts.items():
        assert not re.search(r"^s?://|\bhttps?$", text, re.MULTILINE), name


def test_documents_are_offered_in_the_four_languages_from_any_window_language() -> None:
    from casekeeper.ui.common.country_language import DOCUMENT_LANGUAGES

    assert tuple(DOCUMENT_LANGUAGES) == LANGUAGES


def test_the_deadline_table_gives_the_source_level_room(made: dict[str, Documents]) -> None:
    """How a rule is known stands whole in the source column, a few words a line, never cut
    inside a word (the German words are the longest)."""
    from casekeeper.i18n import translator
    from casekeeper.knowledge.wording import LEVELS

    language = _language(made)
    level = translator(language).gettext(LEVELS["confirmed"])
    lines = made["DE"].texts["dossier"].splitlines()
    starts = [
        number
        for number, line in enumerate(lines)
        if line.startswith("[") and level.startswith(line.split("] ", 1)[-1]) and "] " in line
    ]
    assert starts, level
    for start in starts:
        taken = [lines[start].split("] ", 1)[1]]
        while " ".join(taken) != level:
            taken.append(lines[start + len(taken)])
            assert len(taken) <= 4, taken
        assert all(level.split().count(part.split()[-1]) for part in taken), taken
