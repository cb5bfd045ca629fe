"""The notification words: one table per language, English where a language has none."""

from __future__ import annotations

import string
from datetime import date

import pytest

from casekeeper.services.reminders.texts import MESSAGES, distance_words, msg


def _fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", sorted(MESSAGES))
def test_every_language_has_every_phrase_with_the_same_blanks(language: str) -> None:
    english = MESSAGES["en"]
    assert MESSAGES[language].keys() == english.keys()
    for key, text in MESSAGES[language].items():
        assert _fields(text) == _fields(english[key]), key


@pytest.mark.parametrize(("setting", "expected"), [
    ("fr", "demain"), ("fr_CA.UTF-8", "demain"), ("FR-be", "demain"),
    ("en_GB", "tomorrow"), ("de_DE.UTF-8", "tomorrow"), ("sv", "tomorrow"), ("", "tomorrow"),
])
def test_the_settings_language_picks_the_table_or_falls_back_to_english(
        setting: str, expected: str) -> None:
    assert distance_words(date(2026, 12, 2), date(2026, 12, 1), setting) == expected


def test_a_language_without_its_own_table_gets_whole_english_sentences() -> None:
    assert msg("opening_title", "de_DE", label="Klarna phone line") == \
        "Case Keeper: Klarna phone line is open"
