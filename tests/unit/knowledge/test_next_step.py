"""The suggested next ladder step: the right rung, the facts behind it, and every open limit."""

from __future__ import annotations

from datetime import date

from knowledge_builders import at, contact, make_case, step

from casekeeper.domain.enums import (
    Anchor,
    CaseStatus,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    SourceLevel,
    Stage,
)
from casekeeper.knowledge.advice import Blocker, FocusKind, ReasonKind
from casekeeper.knowledge.ladder import advise, long_date, suggest_next_step
from casekeeper.knowledge.loader import load_pack

FR = load_pack("FR")
GB = load_pack("GB")
COMPLAINT = step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00"))
REFUSAL = contact(at("2026-07-20 10:00"), direction=Direction.FROM_KLARNA,
                  outcome=Outcome.REFUSED)


def test_a_new_case_starts_with_the_first_contact() -> None:
    suggestion = suggest_next_step(make_case(), FR, date(2026, 7, 1))
    assert suggestion is not None
    assert (suggestion.stage, suggestion.facts.kind) == (Stage.FIRST_CONTACT, ReasonKind.NEW_CASE)
    assert "after 0 contacts" not in suggestion.reason


def test_unanswered_complaint_without_final_response_opens_the_external_route() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 8, 3))
    assert suggestion is not None and suggestion.stage == Stage.EXTERNAL_BODY
    assert suggestion.facts.kind == ReasonKind.ANSWER_OVERDUE
    assert suggestion.facts.blocked_stage == Stage.INTERNAL_REVIEW


def test_overdue_reason_says_when_the_legal_maximum_ran_out() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 8, 3))
    assert suggestion is not None and suggestion.reason.startswith(
        "Klarna has not answered your formal complaint within 15 bank business days: it was due "
        "on 31 July 2026.")


def test_pending_answer_asks_to_wait_and_says_what_the_next_step_needs() -> None:
    suggestion = suggest_next_step(make_case(stages=(COMPLAINT,)), FR, date(2026, 7, 20))
    assert suggestion is not None and suggestion.wait_until == date(2026, 7, 31)
    assert (suggestion.stage, suggestion.facts.blocked) == (Stage.INTERNAL_REVIEW,
                                                            Blocker.FINAL_RESPONSE)
    assert suggestion.blocked_note.startswith("Klarna must first give its final answer")


def test_answered_complaint_goes_to_the_internal_reviewer() -> None:
    case = make_case(stages=(COMPLAINT,), interactions=(REFUSAL,))
    suggestion = suggest_next_step(case, FR, date(2026, 7, 21))
    assert suggestion is not None and suggestion.stage == Stage.INTERNAL_REVIEW
    assert "answered your formal complaint on 20 July" in suggestion.reason
    assert "The resolution you want" in suggestion.must_contain


def test_first_contact_moves_to_follow_up_and_counts_contacts() -> None:
    case = make_case(interactions=(contact(at("2026-07-01 10:00")),))
    suggestion = suggest_next_step(case, FR, date(2026, 7, 2))
    assert suggestion is not None and suggestion.stage == Stage.FOLLOW_UP
    assert (suggestion.facts.kind, suggestion.facts.contacts) == (ReasonKind.NOT_RESOLVED, 1)


def test_resolved_case_has_no_next_step() -> None:
    case = make_case(stages=(COMPLAINT,), status=CaseStatus.RESOLVED)
    assert suggest_next_step(case, FR, date(2026, 8, 3)) is None


def test_top_of_the_ladder_has_no_next_step() -> None:
    case = make_case(stages=(step(Stage.COURT, at("2026-07-10 10:00")),))
    assert suggest_next_step(case, FR, date(2026, 8, 3)) is None


def test_every_open_consumer_limit_is_announced_with_its_anchor() -> None:
    refusal = contact(at("2026-03-15 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.REFUSED)
    case = make_case(country="GB", stages=(step(Stage.INTERNAL_REVIEW, at("2026-03-20 10:00")),
                                           step(Stage.FORMAL_COMPLAINT, at("2026-02-01 10:00"))),
                     interactions=(refusal,))
    suggestion = suggest_next_step(case, GB, date(2026, 4, 1))
    assert suggestion is not None and suggestion.time_limits == (
        "Go to the Financial Ombudsman Service within 6 months of Klarna's final response: by "
        "15 September 2026 (counted from Klarna's final response on 15 March 2026).",)
    assert suggestion.limits[0].anchor == Anchor.FINAL_RESPONSE
    assert suggestion.limits[0].level == SourceLevel.CONFIRMED


def test_gb_financing_skips_the_adjudicator_for_the_ombudsman() -> None:
    case = make_case(country="GB", product=Product.FINANCING, interactions=(REFUSAL,),
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-07-01 10:00")),))
    suggestion = suggest_next_step(case, GB, date(2026, 7, 21))
    assert suggestion is not None and suggestion.stage == Stage.EXTERNAL_BODY


def test_gb_eight_weeks_without_final_response_open_the_ombudsman() -> None:
    case = make_case(country="GB", stages=(step(Stage.FORMAL_COMPLAINT, at("2026-03-02 10:00")),))
    assert suggest_next_step(case, GB, date(2026, 4, 20)).stage == Stage.INTERNAL_REVIEW  # type: ignore[union-attr]
    later = suggest_next_step(case, GB, date(2026, 5, 1))
    assert later is not None and later.stage == Stage.EXTERNAL_BODY


def test_us_unauthorised_claim_window_shows_on_a_new_case() -> None:
    us = load_pack("US")
    case = make_case(country="US", problem=ProblemCategory.UNAUTHORISED_PURCHASE,
                     purchase_date=date(2026, 7, 1))
    suggestion = suggest_next_step(case, us, date(2026, 7, 2))
    assert suggestion is not None and suggestion.stage == Stage.FIRST_CONTACT
    assert [view.due for view in suggestion.limits] == [date(2026, 8, 30)]


def test_focus_follows_the_current_steps_answer() -> None:
    advice = advise(make_case(stages=(COMPLAINT,)), FR, date(2026, 7, 20))
    assert advice.focus.kind == FocusKind.DEADLINE
    assert advice.focus.deadline is not None and advice.focus.deadline.stage == (
        Stage.FORMAL_COMPLAINT)


def test_long_date_does_not_depend_on_the_locale() -> None:
    assert long_date(date(2026, 12, 12)) == "12 December 2026"
