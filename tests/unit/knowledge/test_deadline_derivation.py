"""Deadlines derived from a case's journal: Klarna's clocks, consumer limits, tracks, promises."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from knowledge_builders import at, contact, make_case, promise, step

from casekeeper.domain.dto import DeadlineView, InteractionView, StageChangeView
from casekeeper.domain.enums import (
    CaseStatus,
    Channel,
    DeadlineState,
    Direction,
    Outcome,
    Party,
    ProblemCategory,
    PromiseState,
    SourceLevel,
    Stage,
)
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.loader import load_pack

FR = load_pack("FR")
GB = load_pack("GB")
LONDON = ZoneInfo("Europe/London")
COMPLAINT = step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00"))


def _one(views: list[DeadlineView], prefix: str) -> DeadlineView:
    found = [view for view in views if view.key.startswith(prefix)]
    assert len(found) == 1, found
    return found[0]


def _answer(today: date, *extra: InteractionView | StageChangeView) -> DeadlineView:
    case = make_case(stages=(COMPLAINT, *[e for e in extra if isinstance(e, StageChangeView)]),
                     interactions=tuple(e for e in extra if isinstance(e, InteractionView)))
    return _one(derive_deadlines(case, FR, today), "formal-complaint-answer:")


def test_complaint_on_friday_before_bastille_day_is_due_after_the_holiday() -> None:
    assert _answer(date(2026, 7, 20)).due == date(2026, 7, 31)


def test_complaint_before_armistice_day_skips_weekends_and_the_holiday() -> None:
    case = make_case(stages=(step(Stage.FORMAL_COMPLAINT, at("2026-11-06 09:00")),))
    assert _one(derive_deadlines(case, FR, date(2026, 11, 10)), "formal-").due == date(2026, 11, 27)


def test_unanswered_complaint_before_due_is_pending() -> None:
    assert _answer(date(2026, 7, 20)).state == DeadlineState.PENDING


def test_unanswered_complaint_after_due_is_overdue_with_days_since() -> None:
    view = _answer(date(2026, 8, 3))
    assert (view.state, view.days_late) == (DeadlineState.OVERDUE, 3)


def test_refusal_from_klarna_in_time_meets_the_deadline() -> None:
    reply = contact(at("2026-07-28 15:00"), direction=Direction.FROM_KLARNA,
                    outcome=Outcome.REFUSED)
    view = _answer(date(2026, 8, 3), reply)
    assert (view.state, view.met_on) == (DeadlineState.MET, date(2026, 7, 28))


def test_late_answer_is_missed_with_days_late() -> None:
    reply = contact(at("2026-08-05 11:00"), direction=Direction.FROM_KLARNA,
                    outcome=Outcome.RESOLVED)
    view = _answer(date(2026, 8, 10), reply)
    assert (view.state, view.days_late) == (DeadlineState.MISSED, 5)


def test_contact_from_klarna_without_outcome_is_not_an_answer() -> None:
    chat = contact(at("2026-07-15 11:00"), direction=Direction.FROM_KLARNA, outcome=Outcome.PENDING)
    assert _answer(date(2026, 7, 20), chat).state == DeadlineState.PENDING


def test_later_stage_counts_as_the_end_of_the_step() -> None:
    view = _answer(date(2026, 8, 10), step(Stage.INTERNAL_REVIEW, at("2026-08-04 10:00")))
    assert (view.state, view.days_late) == (DeadlineState.MISSED, 4)


def test_unverified_rule_says_so_and_names_its_source() -> None:
    view = _answer(date(2026, 7, 20))
    assert (view.verified, view.level, "PSD2" in view.source, view.party) == (
        False, SourceLevel.INFERRED, True, Party.KLARNA)


def test_internal_review_gives_the_reviewer_ten_business_days() -> None:
    case = make_case(stages=(COMPLAINT, step(Stage.INTERNAL_REVIEW, at("2026-08-03 10:00"))))
    view = _one(derive_deadlines(case, FR, date(2026, 8, 4)), "internal-review-answer:")
    assert view.due == date(2026, 8, 17)


def test_unknown_clock_gives_no_deadline() -> None:
    case = make_case(country="US", stages=(step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00")),))
    assert derive_deadlines(case, load_pack("US"), date(2026, 7, 20)) == []


def _uk_refused(final: str) -> list[DeadlineView]:
    case = make_case(country="GB", stages=(step(Stage.FORMAL_COMPLAINT, at("2026-02-01 10:00",
                                                                          LONDON)),),
                     interactions=(contact(at(final, LONDON), direction=Direction.FROM_KLARNA,
                                           outcome=Outcome.REFUSED),))
    return derive_deadlines(case, GB, date(2026, 6, 1))


def test_final_response_starts_the_ombudsman_window_for_the_consumer() -> None:
    view = _one(_uk_refused("2026-03-15 12:00"), "limit-fos-window:")
    assert (view.party, view.due, view.state) == (Party.CONSUMER, date(2026, 9, 15),
                                                  DeadlineState.PENDING)


def test_ombudsman_window_from_the_last_day_of_a_month_ends_at_month_end() -> None:
    assert _one(_uk_refused("2026-03-31 12:00"), "limit-fos-window:").due == date(2026, 9, 30)


def test_reaching_the_ombudsman_in_time_meets_the_window() -> None:
    case = make_case(country="GB", stages=(step(Stage.FORMAL_COMPLAINT, at("2026-02-01 10:00")),
                                           step(Stage.EXTERNAL_BODY, at("2026-05-01 10:00"))),
                     interactions=(contact(at("2026-03-15 12:00"), direction=Direction.FROM_KLARNA,
                                           outcome=Outcome.REFUSED),))
    view = _one(derive_deadlines(case, GB, date(2026, 6, 1)), "limit-fos-window:")
    assert (view.state, view.met_on) == (DeadlineState.MET, date(2026, 5, 1))


def test_resolved_case_drops_consumer_limits_not_yet_used() -> None:
    case = make_case(country="GB", status=CaseStatus.RESOLVED,
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-02-01 10:00")),),
                     interactions=(contact(at("2026-03-15 12:00"), direction=Direction.FROM_KLARNA,
                                           outcome=Outcome.RESOLVED),))
    views = derive_deadlines(case, GB, date(2026, 6, 1))
    assert [view for view in views if view.party == Party.CONSUMER] == []


def test_swedish_arn_window_runs_one_year_from_the_complaint() -> None:
    case = make_case(country="SE", stages=(step(Stage.FORMAL_COMPLAINT, at("2026-03-02 10:00")),))
    view = _one(derive_deadlines(case, load_pack("SE"), date(2026, 4, 1)), "limit-arn-window:")
    assert view.due == date(2027, 3, 2)


def test_goods_problem_starts_the_purchase_dispute_clock() -> None:
    case = make_case(problem=ProblemCategory.GOODS_NOT_RECEIVED,
                     stages=(step(Stage.FIRST_CONTACT, at("2026-10-01 10:00")),))
    view = _one(derive_deadlines(case, FR, date(2026, 10, 5)), "purchase-dispute:")
    assert (view.due, view.state) == (date(2026, 10, 22), DeadlineState.PENDING)


def test_other_problems_have_no_purchase_dispute_clock() -> None:
    case = make_case(stages=(step(Stage.FIRST_CONTACT, at("2026-10-01 10:00")),))
    assert [v for v in derive_deadlines(case, FR, date(2026, 10, 5))
            if v.key.startswith("purchase-dispute:")] == []


def test_registered_letter_expects_a_reply_within_twenty_jours_ouvrables() -> None:
    # Posted Monday 2 November 2026, assumed delivered Wednesday 4 (La Poste, 2 business days);
    # then Monday to Saturday, 11 November off: the 20th working day is Saturday 28 November.
    case = make_case(interactions=(contact(at("2026-11-02 10:00"), channel=Channel.LETTER),))
    view = _one(derive_deadlines(case, FR, date(2026, 11, 3)), "reply-letter:")
    assert (view.started_on, view.due) == (date(2026, 11, 4), date(2026, 11, 28))


def test_promise_kept_before_due_is_met() -> None:
    case = make_case(promises=(promise(date(2026, 9, 10), state=PromiseState.KEPT,
                                       settled=at("2026-09-09 12:00")),))
    view = _one(derive_deadlines(case, FR, date(2026, 9, 20)), "promise:")
    assert (view.state, view.met_on) == (DeadlineState.MET, date(2026, 9, 9))


def test_promise_kept_late_is_missed_with_days_late() -> None:
    case = make_case(promises=(promise(date(2026, 9, 10), state=PromiseState.KEPT,
                                       settled=at("2026-09-13 12:00")),))
    view = _one(derive_deadlines(case, FR, date(2026, 9, 20)), "promise:")
    assert (view.state, view.days_late) == (DeadlineState.MISSED, 3)


def test_broken_promise_is_missed() -> None:
    case = make_case(promises=(promise(date(2026, 9, 10), state=PromiseState.BROKEN,
                                       settled=at("2026-09-12 12:00")),))
    view = _one(derive_deadlines(case, FR, date(2026, 9, 20)), "promise:")
    assert (view.state, view.days_late) == (DeadlineState.MISSED, 2)


def test_pending_promise_past_due_is_overdue() -> None:
    case = make_case(promises=(promise(date(2026, 9, 10)),))
    view = _one(derive_deadlines(case, FR, date(2026, 9, 20)), "promise:")
    assert (view.state, view.days_late) == (DeadlineState.OVERDUE, 10)


def test_pending_promise_on_its_due_day_is_still_pending() -> None:
    case = make_case(promises=(promise(date(2026, 9, 10)),))
    assert _one(derive_deadlines(case, FR, date(2026, 9, 10)), "promise:").state == (
        DeadlineState.PENDING)


def test_promise_without_due_date_gives_no_deadline() -> None:
    assert derive_deadlines(make_case(promises=(promise(None),)), FR, date(2026, 9, 20)) == []


def test_deadlines_come_sorted_by_due_date() -> None:
    case = make_case(stages=(COMPLAINT,), promises=(promise(date(2026, 7, 15)),))
    views = derive_deadlines(case, FR, date(2026, 7, 12))
    assert [view.due for view in views] == sorted(view.due for view in views)
