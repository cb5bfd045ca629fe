"""A clock that counts from receipt, with no receipt logged: a letter is assumed delivered after
the pack's postal delay (said in words); anything else arrives the day it is sent; the
person's own limits never move."""

from __future__ import annotations

from datetime import date

from knowledge_builders import at, contact, make_case, step

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import Anchor, Channel, DeadlineKind, Direction, Outcome, Stage
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.loader import load_pack


def _complaint_answer(views: list[DeadlineView]) -> DeadlineView:
    [view] = [view for view in views if view.kind == DeadlineKind.STEP_ANSWER
              and view.stage == Stage.FORMAL_COMPLAINT]
    return view


def _posted_complaint(country: str, sent: str, *extra: object) -> list[DeadlineView]:
    case = make_case(country=country, stages=(step(Stage.FORMAL_COMPLAINT, at(sent)),),
                     interactions=(contact(at(sent), channel=Channel.LETTER), *extra))
    return derive_deadlines(case, load_pack(country), date(2026, 7, 20))


def test_a_posted_complaint_is_assumed_delivered_after_the_postal_delay_and_says_so() -> None:
    # Friday 10 July, La Poste's 2 business days: Monday 13, (Bastille Day) Wednesday 15.
    view = _complaint_answer(_posted_complaint("FR", "2026-07-10 10:00"))
    assert (view.anchor, view.started_on, view.due) == (Anchor.ASSUMED_DELIVERY,
                                                        date(2026, 7, 15), date(2026, 8, 5))
    assert "assumes delivery by 2026-07-15" in view.started_by
    assert "log the acknowledgement of receipt" in view.started_by


def test_a_logged_receipt_replaces_the_assumption() -> None:
    receipt = contact(at("2026-07-13 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.RECEIVED)
    view = _complaint_answer(_posted_complaint("FR", "2026-07-10 10:00", receipt))
    assert (view.anchor, view.started_on) == (Anchor.DELIVERED, date(2026, 7, 13))


def test_a_complaint_by_chat_counts_from_the_day_it_was_sent() -> None:
    case = make_case(stages=(step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00")),),
                     interactions=(contact(at("2026-07-10 10:00")),))
    view = _complaint_answer(derive_deadlines(case, load_pack("FR"), date(2026, 7, 20)))
    assert (view.anchor, view.started_on) == (Anchor.STEP_TAKEN, date(2026, 7, 10))


def test_without_a_known_delay_the_sending_day_is_used_and_the_text_says_so() -> None:
    view = _complaint_answer(_posted_complaint("AT", "2026-07-10 10:00"))
    assert (view.anchor, view.started_on) == (Anchor.STEP_TAKEN, date(2026, 7, 10))
    assert "no postal delay is known" in view.started_by


def test_the_postal_delay_never_moves_the_persons_own_limit() -> None:
    views = _posted_complaint("SE", "2026-07-10 10:00")
    [limit] = [view for view in views if view.key.startswith("limit-arn-window:")]
    assert limit.started_on == date(2026, 7, 10)
    assert _complaint_answer(views).started_on == date(2026, 7, 14)
