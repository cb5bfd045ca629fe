"""The gettext catalogues are complete, compiled from their sources and hold every marked message."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from casekeeper.i18n import LANGUAGES, translator

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools" / "i18n"))
import catalogues as tool  # noqa: E402

TRANSLATED = [language for language in LANGUAGES if language != "en"]
_FIELD = re.compile(r"\{(\w*)\}")


def _catalogue(language: str) -> Catalog:
    with (tool.I18N / language / "LC_MESSAGES" / "casekeeper.po").open("rb") as stream:
        return read_po(stream, locale=language)


def _strings(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


def _id(message_id: str | tuple[str, ...]) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]


def test_every_shipped_language_has_a_catalogue() -> None:
    assert set(tool.languages()) == set(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_message_is_empty_or_fuzzy(language: str) -> None:
    left = [(m.context, _id(m.id)) for m in _catalogue(language)
            if m.id and (m.fuzzy or not all(_strings(m.string)))]
    assert not left, f"run tools/i18n/catalogues.py and translate: {left[:10]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shipped_mo_is_compiled_from_the_po(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, _catalogue(language))
    shipped = (tool.I18N / language / "LC_MESSAGES" / "casekeeper.mo").read_bytes()
    assert shipped == compiled.getvalue(), "the .mo is stale: run tools/i18n/catalogues.py"


def _marked_in_code() -> set[tuple[str | None, str]]:
    keywords = {}
    for spec in tool.KEYWORDS:
        name, _, positions = spec.partition(":")
        if not positions:
            keywords[name] = None
            continue
        parts = positions.split(",")
        context = [int(p[:-1]) for p in parts if p.endswith("c")]
        numbers = tuple((int(p[:-1]), "c") if p.endswith("c") else int(p) for p in parts)
        keywords[name] = numbers if context else tuple(int(p) for p in parts)
    found: set[tuple[str | None, str]] = set()
    for name in tool.SOURCES:
        for _file, _line, message, _comments, context in extract_from_dir(
                str(tool.PACKAGE / name), keywords=keywords):
            found.add((context, _id(message)))
    return found


def test_every_marked_message_is_in_every_catalogue() -> None:
    marked = _marked_in_code()
    assert ("stage", "Supervisor") in marked and len(marked) > 300
    for language in TRANSLATED:
        known = {(m.context, _id(m.id)) for m in _catalogue(language) if m.id}
        missing = marked - known
        assert not missing, f"{language}: run tools/i18n/catalogues.py: {sorted(missing)[:10]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_message(language: str) -> None:
    for message in _catalogue(language):
        if not message.id:
            continue
        wanted = set(_FIELD.findall(_strings(message.id)[-1]))
        for text in _strings(message.string):
            assert set(_FIELD.findall(text)) <= wanted | {"n"}, (message.id, text)
            assert set(_FIELD.findall(text)) >= wanted - {"n"}, (message.id, text)


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_messages_have_every_form_of_the_language(language: str) -> None:
    catalogue = _catalogue(language)
    for message in catalogue:
        if message.id and not isinstance(message.id, str):
            assert len(_strings(message.string)) == catalogue.num_plurals, message.id


def test_each_language_translates_through_its_compiled_catalogue() -> None:
    said = {language: translator(language).gettext("Dispute file") for language in LANGUAGES}
    assert said == {"en": "Dispute file", "fr": "Dossier de litige", "de": "Falldokumentation",
                    "sv": "Ärendesammanställning"}


def test_plural_forms_follow_the_language() -> None:
    singular, plural = "{n} exhibit", "{n} exhibits"
    assert translator("fr").ngettext(singular, plural, 0) == "{n} pièce"
    assert translator("de").ngettext(singular, plural, 0) == "{n} Anlagen"
    assert translator("sv").ngettext(singular, plural, 1) == "{n} bilaga"


def test_a_word_with_two_meanings_is_translated_by_its_context() -> None:
    german = translator("de")
    assert german.pgettext("promise-state", "pending") == "offen"
    assert german.pgettext("deadline-state", "pending") == "läuft"
