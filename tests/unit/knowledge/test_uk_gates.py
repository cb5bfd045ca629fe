"""UK routes gated by the agreement's date (deferred-payment credit regulated from 15 July 2026)
and clocks by product (payment services: 15 business days, 35 after a holding reply)."""

from __future__ import annotations

from datetime import date

from knowledge_builders import at, contact, make_case, step

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import DeadlineKind, Direction, Outcome, Product, Stage
from casekeeper.knowledge.ladder import advise
from casekeeper.knowledge.loader import load_pack

FINAL = contact(at("2026-09-15 09:00"), direction=Direction.FROM_KLARNA,
                outcome=Outcome.FINAL_RESPONSE)


def _answered(product: Product, purchase: date | None) -> CaseDetail:
    return make_case(country="GB", product=product, purchase_date=purchase,
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-08-03 10:00")),),
                     interactions=(FINAL,))


def _limit_keys(case: CaseDetail) -> set[str]:
    advice = advise(case, load_pack("GB"), date(2026, 9, 20))
    return {view.key.split(":")[0] for view in advice.deadlines
            if view.kind == DeadlineKind.CONSUMER_LIMIT}


def test_pay_in_3_bought_before_15_july_2026_has_no_ombudsman_route() -> None:
    case = _answered(Product.PAY_IN_3_4, date(2026, 7, 14))
    assert _limit_keys(case) == {"limit-adjudicator-window"}
    step_ = advise(case, load_pack("GB"), date(2026, 9, 20)).next_step
    assert step_ is not None and step_.stage == Stage.INTERNAL_REVIEW and not step_.warnings


def test_pay_in_3_bought_on_15_july_2026_has_both_routes() -> None:
    case = _answered(Product.PAY_IN_3_4, date(2026, 7, 15))
    assert _limit_keys(case) == {"limit-adjudicator-window", "limit-fos-window"}


def test_an_unknown_purchase_date_keeps_both_limits_and_asks_for_the_date() -> None:
    case = _answered(Product.PAY_IN_30, None)
    assert _limit_keys(case) == {"limit-adjudicator-window", "limit-fos-window"}
    step_ = advise(case, load_pack("GB"), date(2026, 9, 20)).next_step
    assert step_ is not None and any("15 July 2026" in text for text in step_.warnings)


def test_financing_is_not_gated_by_the_date() -> None:
    case = _answered(Product.FINANCING, date(2025, 1, 1))
    assert _limit_keys(case) == {"limit-fos-window"}


def test_a_card_complaint_is_due_in_15_business_days_then_35_after_a_holding_reply() -> None:
    complaint = step(Stage.FORMAL_COMPLAINT, at("2026-08-03 10:00"))
    case = make_case(country="GB", product=Product.CARD, stages=(complaint,))
    [view] = [v for v in advise(case, load_pack("GB"), date(2026, 8, 5)).deadlines
              if v.kind == DeadlineKind.STEP_ANSWER]
    assert view.due == date(2026, 8, 24)  # 31 August is a bank holiday, after it
    holding = contact(at("2026-08-10 10:00"), direction=Direction.FROM_KLARNA,
                      outcome=Outcome.HOLDING_REPLY)
    case = make_case(country="GB", product=Product.CARD, stages=(complaint,),
                     interactions=(holding,))
    [view] = [v for v in advise(case, load_pack("GB"), date(2026, 8, 11)).deadlines
              if v.kind == DeadlineKind.STEP_ANSWER]
    assert (view.due, view.extended) == (date(2026, 9, 22), True)


def test_a_card_complaint_opens_the_ombudsman_after_15_business_days() -> None:
    case = make_case(country="GB", product=Product.CARD,
                     stages=(step(Stage.FORMAL_COMPLAINT, at("2026-08-03 10:00")),))
    step_ = advise(case, load_pack("GB"), date(2026, 8, 25)).next_step
    assert step_ is not None and step_.stage == Stage.EXTERNAL_BODY
