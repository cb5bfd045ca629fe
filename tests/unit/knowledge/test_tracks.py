"""Each problem has its track: urgent first steps, what to keep, and its clock, from the packs."""

from __future__ import annotations

from datetime import date

import pytest
from knowledge_builders import at, contact, make_case

from casekeeper.domain.enums import (
    Channel,
    DeadlineKind,
    DeadlineState,
    Direction,
    Party,
    ProblemCategory,
    SourceLevel,
    Stage,
)
from casekeeper.knowledge.ladder import advise
from casekeeper.knowledge.loader import load_pack, shipped_pack_names

TRACKS = {
    ProblemCategory.UNAUTHORISED_PURCHASE: "unauthorised-purchase",
    ProblemCategory.DEBT_COLLECTION: "debt-collection",
    ProblemCategory.GOODS_NOT_RECEIVED: "purchase-dispute",
    ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED: "purchase-dispute",
    ProblemCategory.RETURN_NOT_REGISTERED: "purchase-dispute",
    ProblemCategory.REFUND_NOT_RECEIVED: "purchase-dispute",
    ProblemCategory.PAYMENT_NOT_ALLOCATED: "payment-not-allocated",
    ProblemCategory.ACCOUNT_OR_LOGIN: "account-problems",
}


@pytest.mark.parametrize("country", [*shipped_pack_names(), "PL"])
@pytest.mark.parametrize("problem", list(TRACKS))
def test_every_problem_has_its_track_in_every_country(country: str,
                                                      problem: ProblemCategory) -> None:
    step = advise(make_case(country=country, problem=problem), load_pack(country),
                  date(2026, 7, 1)).next_step
    assert step is not None and [track.id for track in step.tracks] == [TRACKS[problem]]
    assert all(track.first_steps and track.source for track in step.tracks)


def test_fraud_starts_with_reporting_identity_theft_in_the_app() -> None:
    step = advise(make_case(problem=ProblemCategory.UNAUTHORISED_PURCHASE), load_pack("FR"),
                  date(2026, 7, 1), "fr").next_step
    assert step is not None and step.stage == Stage.FIRST_CONTACT
    [track] = step.tracks
    assert "usurpation d'identité" in track.first_steps[0]
    assert "police" in track.first_steps[1]
    assert track.level == SourceLevel.INFERRED


def test_debt_collection_says_to_dispute_in_writing_and_is_honest_about_its_source() -> None:
    [track] = advise(make_case(country="DE", problem=ProblemCategory.DEBT_COLLECTION),
                     load_pack("DE"),
                     date(2026, 7, 1)).tracks
    assert "in writing" in track.how and track.level == SourceLevel.INFERRED
    assert "Verbraucherzentrale" in track.first_steps[-1]


def test_free_help_falls_back_to_saying_none_was_found() -> None:
    [track] = advise(make_case(country="PL", problem=ProblemCategory.DEBT_COLLECTION),
                     load_pack("PL"), date(2026, 7, 1)).tracks
    assert "no free-help page was found" in track.first_steps[-1]
    assert "no source found" in track.first_steps[-1]


def test_the_collectors_stated_deadline_is_the_consumers_clock_and_the_tracks() -> None:
    letter = contact(at("2026-07-01 10:00"), direction=Direction.FROM_KLARNA,
                     channel=Channel.LETTER, respond_by=date(2026, 7, 15))
    advice = advise(make_case(problem=ProblemCategory.DEBT_COLLECTION, interactions=(letter,)),
                    load_pack("FR"), date(2026, 7, 2))
    [view] = [view for view in advice.deadlines if view.kind == DeadlineKind.RESPOND_BY]
    assert (view.party, view.due, view.started_on) == (Party.CONSUMER, date(2026, 7, 15),
                                                      date(2026, 7, 1))
    assert "to the collector and to Klarna" in view.label
    assert advice.tracks[0].clock == view
    assert advice.next_step is not None and view in advice.next_step.limits


def test_the_collectors_deadline_is_met_by_the_written_dispute() -> None:
    letter = contact(at("2026-07-01 10:00"), direction=Direction.FROM_KLARNA,
                     channel=Channel.LETTER, respond_by=date(2026, 7, 15))
    dispute = contact(at("2026-07-10 10:00"), channel=Channel.LETTER)
    case = make_case(problem=ProblemCategory.DEBT_COLLECTION, interactions=(letter, dispute))
    [view] = [view for view in advise(case, load_pack("FR"), date(2026, 7, 20)).deadlines
              if view.kind == DeadlineKind.RESPOND_BY]
    assert (view.state, view.met_on) == (DeadlineState.MET, date(2026, 7, 10))


def test_purchase_dispute_clock_runs_from_the_report() -> None:
    case = make_case(problem=ProblemCategory.GOODS_NOT_RECEIVED,
                     interactions=(contact(at("2026-07-01 10:00")),))
    [track] = advise(case, load_pack("GB"), date(2026, 7, 2)).tracks
    assert track.clock is not None and track.clock.kind == DeadlineKind.TRACK
    assert (track.clock.started_on, track.clock.due) == (date(2026, 7, 1), date(2026, 7, 22))
    assert "payments are paused" in track.first_steps[1]


def test_other_problems_take_no_track() -> None:
    assert advise(make_case(), load_pack("FR"), date(2026, 7, 1)).tracks == ()


def test_arn_warns_when_the_claim_is_below_its_minimum() -> None:
    from decimal import Decimal

    from knowledge_builders import step as stage_step

    from casekeeper.domain.enums import Direction, Outcome

    refusal = contact(at("2026-07-20 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.REFUSED)
    review = stage_step(Stage.INTERNAL_REVIEW, at("2026-07-22 10:00"))
    case = make_case(country="SE", amount=Decimal("300"), currency="SEK",
                     stages=(stage_step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00")), review),
                     interactions=(refusal, contact(at("2026-08-20 10:00"),
                                                    direction=Direction.FROM_KLARNA,
                                                    outcome=Outcome.REFUSED)))
    step = advise(case, load_pack("SE"), date(2026, 8, 21)).next_step
    assert step is not None and step.stage == Stage.EXTERNAL_BODY
    assert step.warnings == (
        "Your claim of 300 SEK is below the minimum of ARN, Allmänna reklamationsnämnden "
        "(National Board for Consumer Disputes) (500 to 2000 SEK depending on the kind of "
        "dispute): it will not be taken.",)
