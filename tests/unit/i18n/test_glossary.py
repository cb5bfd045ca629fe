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


def _catalogue_pairs(language: str) -> list[tuple[str, str]]:
    """(English, translation) of every message of the window's and the documents' catalogues."""
    import re
    import xml.etree.ElementTree as ET

    from babel.messages.pofile import read_po

    pairs: list[tuple[str, str]] = []
    for message in ET.parse(resource("i18n", f"casekeeper_{language}.ts")).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        text = " ".join(forms) or translation.text or ""
        pairs.append((message.findtext("source") or "", text))
    with resource("i18n", language, "LC_MESSAGES", "casekeeper.po").open("rb") as stream:
        for message in read_po(stream, locale=language):
            if message.id:
                english = message.id if isinstance(message.id, str) else " ".join(message.id)
                said = message.string if isinstance(message.string, str) else " ".join(message.string)
                pairs.append((english, said))
    placeholder = re.compile(r"\{\w+\}")
    return [(placeholder.sub(" ", english), placeholder.sub(" ", said)) for english, said in pairs]


# French says "pièces" for the exhibits and the Evidence tab, "preuves" for the evidence files of
# the integrity check: two words the glossary cannot hold in one column yet.
@pytest.mark.parametrize("language", ["de", "sv"])
def test_the_documents_and_audit_terms_are_said_one_way(language: str) -> None:
    """Exhibit, evidence, fingerprint and the audit log's words: every message that says the
    English term says the glossary's word (German: Anlage for an exhibit, Nachweise for the
    evidence, never Beleg or Beweis)."""
    import re

    terms = {key: row for key, row in _by_key().items() if key.startswith("term.")}
    assert {"term.exhibit", "term.evidence", "term.audit-log"} <= set(terms)
    longer = sorted((row["en"] for row in terms.values()), key=len, reverse=True)
    wrong: list[str] = []
    for english, said in _catalogue_pairs(language):
        english = re.sub(r"casekeeper-cli[^)'\"”“]*|\bevidence/", " ", english)  # commands, folders
        for row in terms.values():
            term_words = rf"\b{re.escape(row['en'])}s?\b"
            if not re.search(term_words, english, re.IGNORECASE):
                continue
            if any(other != row["en"] and row["en"] in other and other in english.lower()
                   for other in longer):
                continue  # "evidence list" has its own row
            stem = row[language].lower()[:-1]
            if stem not in said.lower():
                wrong.append(f"{row['en']} -> {row[language]}: {english[:80]!r} = {said[:80]!r}")
    assert wrong == []
    if language == "de":
        assert not [said for _english, said in _catalogue_pairs(language)
                    if re.search(r"\bBeleg|\bBeweis|Fingerabdruck", said)]
