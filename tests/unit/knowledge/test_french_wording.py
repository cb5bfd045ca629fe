"""French wording of deadlines, clocks, hours, next steps, dates and calendar texts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from knowledge_builders import at, contact, make_case, promise, step

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import Channel, Direction, Outcome, ProblemCategory, Stage
from casekeeper.knowledge.calendar import deadlines_to_ics
from casekeeper.knowledge.clock_model import Clock
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.events import stage_words
from casekeeper.knowledge.hours import channel_status, hours_text
from casekeeper.knowledge.hours_words import rule_text
from casekeeper.knowledge.ladder import long_date, suggest_next_step
from casekeeper.knowledge.loader import load_pack
from casekeeper.knowledge.wording import language_of

FR = load_pack("FR")
COMPLAINT = step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00"))


def _one(views: list[DeadlineView], prefix: str) -> DeadlineView:
    found = [view for view in views if view.key.startswith(prefix)]
    assert len(found) == 1, found
    return found[0]


def _complaint(language: str) -> DeadlineView:
    views = derive_deadlines(make_case(stages=(COMPLAINT,)), FR, date(2026, 7, 20), language)
    return _one(views, "formal-complaint-answer:")


def test_complaint_deadline_label_clock_and_start_in_french() -> None:
    view = _complaint("fr")
    assert view.label == ("Service des réclamations de Klarna (Klarna Bank AB) : "
                          "réponse à votre réclamation formelle")
    assert view.clock == "15 jours ouvrés bancaires"
    assert view.usual == ("Klarna répond en général sous 14 jours ouvrés (son propre objectif, "
                          "pas un délai)")
    assert view.started_by == ("votre réclamation formelle du 10 juillet 2026 (jour de l'envoi ; "
                               "la règle compte dès la réception)")


def test_english_stays_the_default_wording() -> None:
    view = _complaint("en")
    assert view == _one(derive_deadlines(make_case(stages=(COMPLAINT,)), FR, date(2026, 7, 20)),
                        "formal-complaint-answer:")
    assert view.label == ("Klarna complaints team (Klarna Bank AB): answer to your formal "
                          "complaint")
    assert (view.clock, view.started_by) == (
        "15 bank business days",
        "your formal complaint on 2026-07-10 (the day sent; the rule counts from receipt)")


def test_an_unknown_language_falls_back_to_english() -> None:
    assert _complaint("es") == _complaint("en")  # de and sv have catalogues
    assert language_of("fr-BE") == "fr" and language_of("") == "en"


def test_letter_reply_and_promise_in_french() -> None:
    letter = contact(at("2026-07-01 10:00"), channel=Channel.LETTER)
    case = make_case(interactions=(letter,), promises=(promise(date(2026, 7, 5)),))
    views = derive_deadlines(case, FR, date(2026, 7, 2), "fr")
    reply = _one(views, "reply-letter:")
    assert (reply.label, reply.clock) == (
        "Réponse de Klarna à votre courrier", "15 à 20 jours ouvrables (du lundi au samedi)")
    assert reply.started_by.startswith(
        "votre courrier du 1er juillet 2026 (suppose une distribution au plus tard le 3 juillet "
        "2026 : 2 jours ouvrés par la poste, tiré d'un guide pour consommateurs")
    kept = _one(views, "promise:")
    assert (kept.label, kept.clock) == ("Promesse de Klarna agent : Refund the order",
                                        "la date promise")


def test_track_and_limit_use_the_packs_french_texts() -> None:
    first = step(Stage.FIRST_CONTACT, at("2026-07-01 10:00"))
    case = make_case(problem=ProblemCategory.GOODS_NOT_RECEIVED, stages=(first, COMPLAINT))
    views = derive_deadlines(case, FR, date(2026, 7, 20), "fr")
    track = _one(views, "purchase-dispute:")
    assert track.label == "Klarna demande des informations (21 jours sans accord avec le marchand)"
    assert track.started_by == "problème signalé le 1er juillet 2026"
    limit = _one(views, "limit-arn-window:")
    assert limit.label.startswith("Saisir l'ARN dans un délai d'un an")
    assert (limit.clock, limit.started_by) == (
        "12 mois", "votre première réclamation auprès de Klarna du 1er juillet 2026")


def test_clock_describe_in_french() -> None:
    assert Clock.model_validate("1 weeks").describe("fr") == "1 semaine"
    assert Clock.model_validate("8 weeks").describe("fr") == "8 semaines"
    assert Clock.model_validate("1 months").describe("fr") == "1 mois"
    assert Clock.model_validate("21 calendar-days").describe("fr") == "21 jours calendaires"
    assert Clock.model_validate("unknown").describe("fr") == "inconnu"
    assert Clock.model_validate("15-20 business-days").describe() == "15 to 20 business days"


def test_stage_words_and_long_dates_in_french() -> None:
    assert stage_words(Stage.FORMAL_COMPLAINT, "fr") == "réclamation formelle"
    assert stage_words(Stage.FORMAL_COMPLAINT) == "formal complaint"
    assert long_date(date(2026, 12, 12), "fr") == "12 décembre 2026"
    assert long_date(date(2026, 5, 1), "fr") == "1er mai 2026"
    assert long_date(date(2026, 12, 12)) == "12 December 2026"


def test_phone_hours_in_french() -> None:
    assert hours_text(FR.channels["phone"], "fr") == (
        "du lundi au vendredi de 09:00 à 17:00 ; fermé les jours fériés")
    assert hours_text(FR.channels["chat"], "fr") == "Horaires inconnus"
    assert hours_text(FR.channels["help-centre"], "fr") == "ouvert 24 h/24, 7 j/7"
    assert hours_text(FR.channels["letter"], "fr") == "Pas d'horaires d'ouverture"
    assert hours_text(FR.channels["phone"]) == (
        "Monday to Friday 09:00-17:00; closed on public holidays")


def test_other_opening_hours_rules_in_french() -> None:
    assert rule_text("Sa 10:00-12:00,14:00-16:00", "fr") == (
        "le samedi de 10:00 à 12:00 et de 14:00 à 16:00")
    assert rule_text("Mo,We-Fr 09:00-17:00", "fr") == (
        "le lundi et du mercredi au vendredi de 09:00 à 17:00")
    assert rule_text("Su off", "fr") == "fermé le dimanche"
    assert rule_text("08:00-20:00", "fr") == "tous les jours de 08:00 à 20:00"


def test_channel_status_label_and_hours_in_french() -> None:
    status = channel_status(FR, "phone", datetime(2026, 11, 28, 9, tzinfo=UTC), "Europe/Paris",
                            "fr")
    assert (status.label, status.hours_text.split(" ; ")[1]) == (
        "Service client par téléphone", "fermé les jours fériés")


def test_next_step_reason_and_texts_in_french() -> None:
    refusal = contact(at("2026-07-20 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.REFUSED)
    case = make_case(stages=(COMPLAINT,), interactions=(refusal,))
    suggestion = suggest_next_step(case, FR, date(2026, 8, 3), "fr")
    assert suggestion is not None
    assert suggestion.reason == (
        "Klarna a répondu à votre réclamation formelle le 20 juillet 2026 et le problème n'est "
        "pas résolu.")
    assert suggestion.handler == "Médiateur des consommateurs de Klarna"
    assert suggestion.must_contain[0] == "La réclamation et la réponse de Klarna"
    assert suggestion.clock == "10 jours ouvrés"


def test_next_step_reason_counts_contacts_in_french() -> None:
    case = make_case(interactions=(contact(at("2026-07-01 10:00")),
                                   contact(at("2026-07-02 10:00"))))
    suggestion = suggest_next_step(case, FR, date(2026, 7, 3), "fr")
    assert suggestion is not None
    assert suggestion.reason == "Le problème n'est pas résolu après 2 contacts."


def test_calendar_texts_in_french() -> None:
    view = _complaint("fr")
    text = deadlines_to_ics([("Canapé", view)], stamp=datetime(2026, 7, 20, tzinfo=UTC),
                            language="fr").decode().replace("\r\n ", "")
    assert "Klarna doit répondre" in text
    assert f"Échéance le {long_date(view.due, 'fr')} : " in text
    assert "état lors de l'export : en cours" in text


def test_french_elides_de_before_a_vowel() -> None:
    from casekeeper.knowledge.wording import by_whom

    assert [by_whom(name, "fr") for name in ("Ines Duval", "Malik Osei", "Hélène")] == [
        "d'Ines Duval", "de Malik Osei", "d'Hélène"]
    assert by_whom("Ines Duval") == "by Ines Duval"
