"""Every consumer limit counts from its earliest defensible start, and says which (one test each).

Events that move Klarna's clocks (holding reply, receipt, final response) and Klarna's stated aims
("usually answers within") are checked here too.
"""

from __future__ import annotations

from datetime import date

from knowledge_builders import at, contact, make_case, step

from casekeeper.domain.dto import DeadlineView
from casekeeper.domain.enums import (
    Anchor,
    DeadlineKind,
    DeadlineState,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    Stage,
)
from casekeeper.knowledge.deadlines import derive_deadlines
from casekeeper.knowledge.ladder import limit_text
from casekeeper.knowledge.loader import load_pack

FROM = Direction.FROM_KLARNA


def _limit(views: list[DeadlineView], limit_id: str) -> DeadlineView:
    [view] = [view for view in views if view.key.startswith(f"limit-{limit_id}:")]
    return view


def _answer(views: list[DeadlineView], stage: Stage) -> DeadlineView:
    [view] = [view for view in views if view.kind == DeadlineKind.STEP_ANSWER
              and view.stage == stage]
    return view


def test_arn_year_runs_from_the_first_complaint_even_a_chat() -> None:
    case = make_case(country="SE", interactions=(contact(at("2026-03-03 10:00")),),
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-05-10 10:00")),))
    limit = _limit(derive_deadlines(case, load_pack("SE"), date(2026, 6, 1)), "arn-window")
    assert (limit.anchor, limit.started_on, limit.due) == (
        Anchor.FIRST_COMPLAINT, date(2026, 3, 3), date(2027, 3, 3))
    assert limit_text(limit) == (
        "File with ARN within 1 year of your first complaint to Klarna: by 3 March 2027 "
        "(counted from your first complaint to Klarna on 3 March 2026).")


def test_fos_six_months_run_from_the_date_of_the_final_response_letter() -> None:
    letter = contact(at("2026-03-15 10:00"), direction=FROM, outcome=Outcome.FINAL_RESPONSE)
    case = make_case(country="GB", interactions=(contact(at("2026-02-01 10:00")), letter))
    limit = _limit(derive_deadlines(case, load_pack("GB"), date(2026, 4, 1)), "fos-window")
    assert (limit.anchor, limit.started_on, limit.due) == (
        Anchor.FINAL_RESPONSE, date(2026, 3, 15), date(2026, 9, 15))


def test_adjudicator_six_months_only_for_pay_later_products() -> None:
    letter = contact(at("2026-03-15 10:00"), direction=FROM, outcome=Outcome.FINAL_RESPONSE)
    pay_later = make_case(country="GB", interactions=(contact(at("2026-02-01 10:00")), letter))
    views = derive_deadlines(pay_later, load_pack("GB"), date(2026, 4, 1))
    assert _limit(views, "adjudicator-window").due == date(2026, 9, 15)
    financing = make_case(country="GB", product=Product.FINANCING,
                          interactions=(contact(at("2026-02-01 10:00")), letter))
    keys = [view.key for view in derive_deadlines(financing, load_pack("GB"), date(2026, 4, 1))]
    assert not any(key.startswith("limit-adjudicator-window") for key in keys)


def test_us_unauthorised_claim_runs_from_the_purchase() -> None:
    case = make_case(country="US", problem=ProblemCategory.UNAUTHORISED_PURCHASE,
                     purchase_date=date(2026, 7, 1))
    limit = _limit(derive_deadlines(case, load_pack("US"), date(2026, 7, 2)),
                   "unauthorised-claim")
    assert (limit.anchor, limit.due, limit.state) == (Anchor.PURCHASE, date(2026, 8, 30),
                                                      DeadlineState.PENDING)


def test_de_arn_year_counts_from_the_first_contact_not_the_formal_complaint() -> None:
    case = make_case(country="DE", interactions=(contact(at("2026-01-20 10:00")),),
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-03-01 10:00")),))
    limit = _limit(derive_deadlines(case, load_pack("DE"), date(2026, 3, 2)), "arn-window")
    assert (limit.started_on, limit.due) == (date(2026, 1, 20), date(2027, 1, 20))


COMPLAINT_DE = step(Stage.FORMAL_COMPLAINT, at("2026-07-10 10:00"))


def test_legal_maximum_is_fifteen_bank_days_and_the_aim_only_usually() -> None:
    views = derive_deadlines(make_case(country="DE", stages=(COMPLAINT_DE,)), load_pack("DE"),
                             date(2026, 7, 28))
    answer = _answer(views, Stage.FORMAL_COMPLAINT)
    # Klarna's aim (14 Werktage, Monday to Saturday) ran out on 27 July: not a missed deadline.
    assert (answer.due, answer.state) == (date(2026, 7, 31), DeadlineState.PENDING)
    assert answer.usual == ("Klarna usually answers within 14 working days (Monday to Saturday) "
                            "(its own aim, not a deadline)")


def test_holding_reply_moves_the_maximum_to_thirty_five_bank_days() -> None:
    holding = contact(at("2026-07-20 10:00"), direction=FROM, outcome=Outcome.HOLDING_REPLY)
    case = make_case(country="DE", stages=(COMPLAINT_DE,), interactions=(holding,))
    answer = _answer(derive_deadlines(case, load_pack("DE"), date(2026, 8, 3)),
                     Stage.FORMAL_COMPLAINT)
    assert (answer.due, answer.extended, answer.state) == (date(2026, 8, 28), True,
                                                           DeadlineState.PENDING)
    assert "holding reply" in answer.clock


def test_receipt_of_the_complaint_starts_the_clock_when_logged() -> None:
    received = contact(at("2026-07-14 10:00"), direction=FROM, outcome=Outcome.RECEIVED)
    case = make_case(country="DE", stages=(COMPLAINT_DE,), interactions=(received,))
    answer = _answer(derive_deadlines(case, load_pack("DE"), date(2026, 7, 20)),
                     Stage.FORMAL_COMPLAINT)
    assert (answer.anchor, answer.started_on, answer.due) == (
        Anchor.DELIVERED, date(2026, 7, 14), date(2026, 8, 4))
    assert answer.met_on is None  # an acknowledgement of receipt is not an answer


def test_an_aim_alone_gives_no_deadline() -> None:
    letter = contact(at("2026-03-15 10:00"), direction=FROM, outcome=Outcome.FINAL_RESPONSE)
    review = step(Stage.INTERNAL_REVIEW, at("2026-03-20 10:00"))
    case = make_case(country="GB", interactions=(letter,), stages=(review,))
    views = derive_deadlines(case, load_pack("GB"), date(2026, 6, 1))
    assert not [view for view in views if view.kind == DeadlineKind.STEP_ANSWER
                and view.stage == Stage.INTERNAL_REVIEW]
