"""The suggested next ladder step and its plain-words reason."""

from __future__ import annotations

from datetime import date

from knowledge_builders import at, contact, make_case, step

from casekeeper.domain.enums import CaseStatus, Direction, Outcome, Stage
from casekeeper.knowledge.ladder import long_date, suggest_next_step
from casekeeper.knowledge.loader import load_pack

FR = load_pack("FR")
COMPLAINT = step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00"))


def test_overdue_complaint_suggests_the_internal_reviewer() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 8, 3))
    assert suggestion is not None and suggestion.stage == Stage.INTERNAL_REVIEW


def test_overdue_reason_says_when_the_answer_was_due() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 8, 3))
    assert suggestion is not None and suggestion.reason == (
        "Klarna has not answered your formal complaint within 14 business days: it was due on "
        "31 July 2026.")


def test_pending_answer_asks_to_wait_until_the_due_date() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 7, 20))
    assert suggestion is not None and suggestion.wait_until == date(2026, 7, 31)


def test_answered_complaint_reason_gives_the_answer_date() -> None:
    refusal = contact(at("2026-07-20 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.REFUSED)
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,), interactions=(refusal,)), FR,
                                   date(2026, 7, 21))
    assert suggestion is not None and "answered your formal complaint on 20 July" in (
        suggestion.reason)


def test_suggestion_lists_what_the_next_body_needs() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 8, 3))
    assert suggestion is not None and "The resolution you want" in suggestion.must_contain


def test_first_contact_moves_to_follow_up() -> None:
    case = make_case(interactions=(contact(at("2026-07-01 10:00")),))
    suggestion = suggest_next_step(case, FR, date(2026, 7, 2))
    assert suggestion is not None and suggestion.stage == Stage.FOLLOW_UP


def test_resolved_case_has_no_next_step() -> None:
    case = make_case(stages=(COMPLAINT,), status=CaseStatus.RESOLVED)
    assert suggest_next_step(case, FR, date(2026, 8, 3)) is None


def test_top_of_the_ladder_has_no_next_step() -> None:
    case = make_case(stages=(step(Stage.COURT, at("2026-07-10 10:00")),))
    assert suggest_next_step(case, FR, date(2026, 8, 3)) is None


def test_consumer_limit_of_the_next_step_is_announced() -> None:
    gb = load_pack("GB")
    refusal = contact(at("2026-03-15 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.REFUSED)
    case = make_case(country="GB", stages=(step(Stage.INTERNAL_REVIEW, at("2026-03-20 10:00")),
                                           step(Stage.FORMAL_COMPLAINT, at("2026-02-01 10:00"))),
                     interactions=(refusal,))
    suggestion = suggest_next_step(case, gb, date(2026, 4, 1))
    assert suggestion is not None and suggestion.time_limits == (
        "Go to the Financial Ombudsman Service within 6 months of Klarna's final response: by "
        "15 September 2026.",)


def test_long_date_does_not_depend_on_the_locale() -> None:
    assert long_date(date(2026, 12, 12)) == "12 December 2026"
