"""The notification words come from the catalogues: every language, English where none is known."""

from __future__ import annotations

from datetime import date

import pytest

from casekeeper.services.reminders.texts import distance_words, msg


@pytest.mark.parametrize(("setting", "expected"), [
    ("fr", "demain"), ("fr_CA.UTF-8", "demain"), ("FR-be", "demain"),
    ("en_GB", "tomorrow"), ("de_DE.UTF-8", "morgen"), ("sv", "i morgon"), ("", "tomorrow"),
    ("pl_PL", "tomorrow"),
])
def test_the_settings_language_picks_the_catalogue_or_falls_back_to_english(
        setting: str, expected: str) -> None:
    assert distance_words(date(2026, 12, 2), date(2026, 12, 1), setting) == expected


@pytest.mark.parametrize(("language", "days", "expected"), [
    ("en", 3, "in 3 days"), ("en", -1, "1 day late"), ("en", -4, "4 days late"),
    ("fr", 3, "dans 3 jours"), ("fr", -1, "1 jour de retard"), ("fr", -4, "4 jours de retard"),
    ("de", 3, "in 3 Tagen"), ("de", -1, "1 Tag überfällig"), ("sv", -4, "4 dagar sen"),
])
def test_day_counts_take_the_plural_of_their_language(language: str, days: int,
                                                      expected: str) -> None:
    today = date(2026, 12, 1)
    assert distance_words(date.fromordinal(today.toordinal() + days), today, language) == expected


def test_a_language_without_a_catalogue_gets_whole_english_sentences() -> None:
    assert msg("opening_title", "pl_PL", label="Klarna phone line") == \
        "Case Keeper: Klarna phone line is open"


def test_english_and_french_sentences_are_unchanged() -> None:
    assert msg("deadline_title", "fr", case="Manteau") == "Case Keeper : Manteau"
    assert msg("opening_late_body", "en", label="Chat", time="09:00", date="2 December") == \
        "Chat opened at 09:00 on 2 December; check the opening hours before you contact Klarna."


def test_german_uses_sie() -> None:
    text = msg("opening_late_body", "de", label="Chat", time="09:00", date="2. Dezember")
    assert "prüfen Sie" in text
