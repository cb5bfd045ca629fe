"""One word, one translation: the catalogues say each domain term as the glossary does."""

from __future__ import annotations

import csv
from enum import StrEnum

import pytest

from casekeeper.export.vocabulary import _NAMES, term
from casekeeper.i18n import LANGUAGES, translator
from casekeeper.knowledge.wording import UNITS
from casekeeper.resource_folder import resource

_PARTIES = {"party.consumer", "party.merchant", "party.klarna-entity"}


def _rows() -> list[dict[str, str]]:
    with resource("i18n", "glossary.tsv").open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def _by_key() -> dict[str, dict[str, str]]:
    return {row["key"]: row for row in _rows()}


def test_the_glossary_has_the_columns_the_window_reads() -> None:
    rows = _rows()
    assert list(rows[0]) == ["key", "en", "fr", "de", "sv", "note"]
    assert all(all(row[language].strip() for language in LANGUAGES) for row in rows)
    assert len({row["key"] for row in rows}) == len(rows)


@pytest.mark.parametrize("member", [member for member, _name in _NAMES], ids=str)
def test_every_enum_word_of_the_documents_is_in_the_glossary(member: StrEnum) -> None:
    name = term(member)
    row = _by_key()[f"{name.context}.{member.value}"]
    assert row["en"] == name.text
    for language in LANGUAGES:
        assert translator(language).marked(name) == row[language], (member, language)


def test_the_parties_are_named_as_the_glossary_says() -> None:
    rows = _by_key()
    for key in _PARTIES:
        for language in LANGUAGES:
            assert translator(language).gettext(rows[key]["en"]) == rows[key][language], key


def test_clock_units_are_the_knowledge_layers_words_in_every_language() -> None:
    rows = {key: row for key, row in _by_key().items() if key.startswith("clock.")}
    assert set(rows) == {f"clock.{unit}" for unit in UNITS}
    for key, row in rows.items():
        unit = UNITS[key.removeprefix("clock.")]
        assert unit.plural == row["en"], key
        for language in LANGUAGES:
            assert translator(language).plural(unit, 2) == row[language], (key, language)
