"""The closed vocabularies (channels, stages, outcomes...) in the person's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    DeadlineState,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    SourceLevel,
    Stage,
)
from casekeeper.ui.common.i18n import format_datetime, translate

if TYPE_CHECKING:  # the case list imports these labels at start-up, before any other view
    from casekeeper.domain.dto import CaseDetail, InteractionView


def channel_name(channel: Channel) -> str:
    """``Chat``, ``Phone``..."""
    return {
        Channel.HELP_CENTRE: translate("Labels", "Help centre"),
        Channel.CHAT: translate("Labels", "Chat"),
        Channel.APP: translate("Labels", "App"),
        Channel.PHONE: translate("Labels", "Phone"),
        Channel.EMAIL: translate("Labels", "E-mail"),
        Channel.WEB_FORM: translate("Labels", "Web form"),
        Channel.SOCIAL: translate("Labels", "Social media"),
        Channel.LETTER: translate("Labels", "Letter"),
        Channel.IN_PERSON: translate("Labels", "In person"),
        Channel.OTHER: translate("Labels", "Other"),
    }[channel]


def stage_name(stage: Stage) -> str:
    """A rung of the ladder in words."""
    return {
        Stage.FIRST_CONTACT: translate("Labels", "First contact"),
        Stage.FOLLOW_UP: translate("Labels", "Follow-up"),
        Stage.SUPERVISOR_REQUESTED: translate("Labels", "Supervisor asked for"),
        Stage.SUPERVISOR: translate("Labels", "Supervisor"),
        Stage.FORMAL_COMPLAINT: translate("Labels", "Formal complaint"),
        Stage.INTERNAL_REVIEW: translate("Labels", "Internal reviewer"),
        Stage.EXTERNAL_BODY: translate("Labels", "Ombudsman"),
        Stage.COURT: translate("Labels", "Court"),
        Stage.RESOLVED: translate("Labels", "Resolved"),
    }[stage]


def level_name(level: SourceLevel) -> str:
    """How a rule is known, in plain words."""
    return {
        SourceLevel.CONFIRMED: translate("Labels", "confirmed on a Klarna or official page"),
        SourceLevel.GUIDE: translate("Labels", "from a consumer guide, not confirmed by Klarna"),
        SourceLevel.INFERRED: translate("Labels", "inferred from another country's rules, not confirmed"),
        SourceLevel.UNKNOWN: translate("Labels", "not confirmed: no source found"),
        SourceLevel.YOUR_RECORD: translate("Labels", "from your own records"),
    }[level]


def outcome_name(outcome: Outcome) -> str:
    """How a contact ended, in words."""
    return {
        Outcome.RESOLVED: translate("Labels", "Resolved"),
        Outcome.PROMISE: translate("Labels", "They promised something"),
        Outcome.ESCALATED: translate("Labels", "Escalated"),
        Outcome.REFUSED: translate("Labels", "Refused"),
        Outcome.NO_ANSWER: translate("Labels", "No answer"),
        Outcome.TRANSFERRED: translate("Labels", "Transferred"),
        Outcome.PENDING: translate("Labels", "Still open"),
        Outcome.HOLDING_REPLY: translate("Labels", "Holding reply: Klarna needs more time"),
        Outcome.FINAL_RESPONSE: translate("Labels", "Klarna's final response"),
        Outcome.RECEIVED: translate("Labels", "Your letter was received (delivery or receipt)"),
    }[outcome]


def agent_kind_name(kind: AgentKind) -> str:
    """Bot, human or unknown."""
    return {
        AgentKind.HUMAN: translate("Labels", "Human"),
        AgentKind.BOT: translate("Labels", "Bot"),
        AgentKind.UNKNOWN: translate("Labels", "Not sure"),
    }[kind]


def status_name(status: CaseStatus) -> str:
    """Open, resolved, closed."""
    return {
        CaseStatus.OPEN: translate("Labels", "Open"),
        CaseStatus.RESOLVED: translate("Labels", "Resolved"),
        CaseStatus.CLOSED_UNRESOLVED: translate("Labels", "Closed, not resolved"),
    }[status]


def promise_state_name(state: PromiseState) -> str:
    """Pending, kept, broken."""
    return {
        PromiseState.PENDING: translate("Labels", "pending"),
        PromiseState.KEPT: translate("Labels", "kept"),
        PromiseState.BROKEN: translate("Labels", "broken"),
    }[state]


def deadline_state_name(state: DeadlineState) -> str:
    """Pending, met, missed, overdue."""
    return {
        DeadlineState.PENDING: translate("Labels", "Pending"),
        DeadlineState.MET: translate("Labels", "Met"),
        DeadlineState.MISSED: translate("Labels", "Missed"),
        DeadlineState.OVERDUE: translate("Labels", "Overdue"),
    }[state]


def problem_name(problem: ProblemCategory) -> str:
    """The common problems, as the templates name them."""
    return {
        ProblemCategory.GOODS_NOT_RECEIVED: translate("Labels", "Goods not received"),
        ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED: translate("Labels", "Damaged or not as described"),
        ProblemCategory.RETURN_NOT_REGISTERED: translate("Labels", "Return not registered"),
        ProblemCategory.REFUND_NOT_RECEIVED: translate("Labels", "Refund not received"),
        ProblemCategory.PAYMENT_NOT_ALLOCATED: translate("Labels", "Payment not allocated"),
        ProblemCategory.UNAUTHORISED_PURCHASE: translate("Labels", "Unauthorised purchase"),
        ProblemCategory.DEBT_COLLECTION: translate("Labels", "Debt collection letter"),
        ProblemCategory.ACCOUNT_OR_LOGIN: translate("Labels", "Account or login problem"),
        ProblemCategory.OTHER: translate("Labels", "Something else"),
    }[problem]


def product_name(product: Product) -> str:
    """The Klarna product."""
    return {
        Product.PAY_IN_3_4: translate("Labels", "Pay in 3 or 4"),
        Product.PAY_IN_30: translate("Labels", "Pay in 30 days"),
        Product.FINANCING: translate("Labels", "Financing"),
        Product.CARD: translate("Labels", "Klarna Card"),
        Product.OTHER: translate("Labels", "Other or not sure"),
    }[product]


LADDER = (
    Stage.FIRST_CONTACT,
    Stage.SUPERVISOR,
    Stage.FORMAL_COMPLAINT,
    Stage.INTERNAL_REVIEW,
    Stage.EXTERNAL_BODY,
)
"""The main rungs, shown by the header only when the rulepack cannot be read."""


def contact_label(view: InteractionView) -> str:
    """``2 Nov 2026 15:20 · Phone · Malik Osei``."""
    parts = [format_datetime(view.occurred_at, view.zone), channel_name(view.channel)]
    if view.agent_name:
        parts.append(view.agent_name)
    return " · ".join(parts)


def is_closed(case: CaseDetail) -> bool:
    """Closed (resolved, withdrawn…) or at the "resolved" stage: its clocks no longer run."""
    return case.status is not CaseStatus.OPEN or case.stage is Stage.RESOLVED
