"""The shared language scanner finds another language's words and leaves names, addresses,
options, quoted local names and words every language shares alone."""

from __future__ import annotations

import pytest
from tests.language_scan import LANGUAGES, foreign_words, markers, vocabularies


def _found(text: str, language: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(hit.word, hit.language) for hit in foreign_words(text, language, **kwargs)]  # type: ignore[arg-type]


def test_each_language_has_a_vocabulary_and_words_of_its_own() -> None:
    for language in LANGUAGES:
        assert len(vocabularies()[language]) > 800, language
        assert len(markers()[language]) > 500, language
    assert {"und", "die", "nicht"} <= markers()["de"]
    assert {"och", "inte", "ärende"} <= markers()["sv"]
    assert {"les", "pas", "réclamation"} <= markers()["fr"]
    assert {"the", "and", "complaint"} <= markers()["en"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Klarna has not answered your formal complaint of 3 November 2026 within 15 bank business days.",
        ),
        ("fr", "Klarna n'a pas répondu à votre réclamation formelle du 3 nov. 2026."),
        (
            "de",
            "Klarna hat auf Ihre förmliche Beschwerde nicht geantwortet: Die Antwort war am "
            "7. Dezember 2026 fällig.",
        ),
        (
            "sv",
            "Klarna har inte svarat på ditt formella klagomål: svaret skulle ha kommit den 7 december 2026.",
        ),
    ],
)
def test_a_text_in_its_own_language_has_no_foreign_word(language: str, text: str) -> None:
    assert _found(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Klarna hat auf Ihre Beschwerde nicht geantwortet. The answer was due.",
            {("the", "en"), ("answer", "en")},
        ),
        ("sv", "Ärende: formellt klagomål enligt les conditions", {("les", "fr")}),
        ("en", "Your complaint is open. Bitte antworten Sie.", {("bitte", "de")}),
        ("fr", "Votre réclamation est ouverte och väntar", {("och", "sv")}),
    ],
)
def test_another_languages_words_are_found(language: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(_found(text, language))


def test_addresses_options_placeholders_and_quoted_local_names_are_left_alone() -> None:
    text = (
        "See https://www.klarna.com/se/kundservice/ or write to kundservice@klarna.se; "
        "run casekeeper export --lang sv --output dossier.pdf for {case}. "
        "The Swedish board is called ”Allmänna reklamationsnämnden” and the German "
        "one „Schlichtungsstelle der Deutschen Bundesbank“ (ARN, DSGVO)."
    )
    assert _found(text, "en") == []
    assert _found("– conditions.pdf (application/pdf, 12 Byte)", "de") == []
    assert _found("Zeitzone: America/Swift_Current, Australia/Broken_Hill", "de") == []
    assert _found("https://www.klarna.com/uk/feedback-\nk-and-complaints", "de") == []


def test_names_and_allowed_words_given_by_the_caller_are_not_reported() -> None:
    text = "Kontakt mit Ines Duval von Nordvik Store: Bestellung ML-2026/40417-B."
    assert _found(text, "de", names=("Nordvik Store", "Ines Duval")) == []
    assert _found("Ihre Nachricht: chat-C-77120", "de") == []
    assert _found("Ihre Nachricht: the end", "de", allowed=("the", "end")) == []


def test_words_every_language_shares_are_no_mark_of_a_language() -> None:
    for shared in ("klarna", "chat", "service", "date", "app", "mail"):
        assert not any(shared in markers()[language] for language in LANGUAGES), shared


def test_a_foreign_word_is_reported_with_its_line() -> None:
    [hit] = foreign_words("Erste Zeile\nZweite Zeile with\nDritte", "de")
    assert hit.word == "with" and hit.language == "en" and hit.line == "Zweite Zeile with"
    assert "Zweite Zeile" in str(hit)
