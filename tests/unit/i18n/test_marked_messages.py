"""A message made where the language is unknown is told later in the person's language."""

from __future__ import annotations

import pytest

from casekeeper.errors import InputError, KnownError, NotFoundError
from casekeeper.i18n.markers import N_, NP_, PN_, Marked
from casekeeper.i18n.told import told_in


def test_a_marked_text_is_english_and_is_told_in_each_language() -> None:
    text = Marked(N_("Case {case} is in the trash: restore the case first."), case=4)
    assert text == "Case 4 is in the trash: restore the case first."
    assert told_in(text, "de") == "Fall 4 liegt im Papierkorb: Stellen Sie zuerst den Fall wieder her."
    assert told_in(text, "sv").startswith("Ärende 4 ligger i papperskorgen")
    assert told_in("not marked", "fr") == "not marked"


@pytest.mark.parametrize(
    ("n", "language", "expected"),
    [
        (1, "en", "1 page"),
        (3, "en", "3 pages"),
        (0, "fr", "0 page"),
        (2, "fr", "2 pages"),
        (1, "de", "1 Seite"),
        (2, "de", "2 Seiten"),
        (1, "sv", "1 sida"),
        (5, "sv", "5 sidor"),
    ],
)
def test_a_plural_is_told_by_the_languages_plural_rule(n: int, language: str, expected: str) -> None:
    assert told_in(Marked(PN_("{n} page", "{n} pages"), n), language) == expected


def test_a_plural_without_its_count_is_refused() -> None:
    with pytest.raises(TypeError):
        Marked(PN_("{n} page", "{n} pages"))


def test_marked_values_and_contexts_are_told_too() -> None:
    text = Marked(N_("stage {stage}"), stage=Marked(NP_("stage", "Formal complaint")))
    assert told_in(text, "de") == "Stufe Förmliche Beschwerde"
    assert told_in(text, "fr") == "étape Réclamation formelle"


def test_errors_carry_their_words_in_every_language() -> None:
    refused = KnownError(
        Marked(
            PN_(
                "{n} record in the trash would be deleted for good; add --yes to confirm.",
                "{n} records in the trash would be deleted for good; add --yes to confirm.",
            ),
            2,
        )
    )
    assert str(refused).startswith("2 records in the trash")
    assert refused.in_language("de").startswith("2 Einträge im Papierkorb würden")
    assert NotFoundError("case", 7).in_language("sv").startswith("ärende 7 finns inte")
    wrong = InputError("purchase date", "x", Marked(N_("it cannot be empty")))
    assert wrong.field == "purchase date" and str(wrong).startswith("purchase date: 'x'")
    assert wrong.in_language("de") == "Kaufdatum: 'x' wird nicht angenommen; es darf nicht leer sein"
    assert wrong.in_language("fr") == "date d'achat : 'x' n'est pas accepté ; il ne peut pas être vide"
