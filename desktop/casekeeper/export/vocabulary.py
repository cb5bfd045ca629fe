"""Names for the domain's enums (channels, stages, outcomes...), in the glossary's words."""

from __future__ import annotations

from enum import StrEnum

from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    DeadlineState,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)
from casekeeper.i18n import NP_, translator
from casekeeper.i18n.markers import InContext

_NAMES: list[tuple[StrEnum, InContext]] = [
    (CaseStatus.OPEN, NP_("case-status", "open")),
    (CaseStatus.RESOLVED, NP_("case-status", "resolved")),
    (CaseStatus.CLOSED_UNRESOLVED, NP_("case-status", "closed unresolved")),
    (Product.PAY_IN_3_4, NP_("product", "Pay in 3 / Pay in 4")),
    (Product.PAY_IN_30, NP_("product", "Pay in 30 days")),
    (Product.FINANCING, NP_("product", "Financing")),
    (Product.CARD, NP_("product", "Klarna Card")),
    (Product.OTHER, NP_("product", "Other")),
    (ProblemCategory.GOODS_NOT_RECEIVED, NP_("problem", "Goods not received")),
    (ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED, NP_("problem", "Damaged or not as described")),
    (ProblemCategory.RETURN_NOT_REGISTERED, NP_("problem", "Return not registered")),
    (ProblemCategory.REFUND_NOT_RECEIVED, NP_("problem", "Refund not received")),
    (ProblemCategory.PAYMENT_NOT_ALLOCATED, NP_("problem", "Payment not allocated")),
    (ProblemCategory.UNAUTHORISED_PURCHASE, NP_("problem", "Unauthorised purchase")),
    (ProblemCategory.DEBT_COLLECTION, NP_("problem", "Debt collection")),
    (ProblemCategory.ACCOUNT_OR_LOGIN, NP_("problem", "Account or login")),
    (ProblemCategory.OTHER, NP_("problem", "Other")),
    (Channel.HELP_CENTRE, NP_("channel", "Help centre")),
    (Channel.CHAT, NP_("channel", "Chat")),
    (Channel.APP, NP_("channel", "Klarna app")),
    (Channel.PHONE, NP_("channel", "Phone")),
    (Channel.EMAIL, NP_("channel", "E-mail")),
    (Channel.WEB_FORM, NP_("channel", "Web form")),
    (Channel.SOCIAL, NP_("channel", "Social media")),
    (Channel.LETTER, NP_("channel", "Letter")),
    (Channel.IN_PERSON, NP_("channel", "In person")),
    (Channel.OTHER, NP_("channel", "Other")),
    (Direction.TO_KLARNA, NP_("direction", "to Klarna")),
    (Direction.FROM_KLARNA, NP_("direction", "from Klarna")),
    (AgentKind.HUMAN, NP_("agent", "human")),
    (AgentKind.BOT, NP_("agent", "bot")),
    (AgentKind.UNKNOWN, NP_("agent", "unknown")),
    (Outcome.RESOLVED, NP_("outcome", "Resolved")),
    (Outcome.PROMISE, NP_("outcome", "Promise made")),
    (Outcome.ESCALATED, NP_("outcome", "Escalated")),
    (Outcome.REFUSED, NP_("outcome", "Refused")),
    (Outcome.NO_ANSWER, NP_("outcome", "No answer")),
    (Outcome.TRANSFERRED, NP_("outcome", "Transferred")),
    (Outcome.PENDING, NP_("outcome", "Pending")),
    (Outcome.HOLDING_REPLY, NP_("outcome", "Holding reply")),
    (Outcome.FINAL_RESPONSE, NP_("outcome", "Final response")),
    (Outcome.RECEIVED, NP_("outcome", "Letter received")),
    (Stage.FIRST_CONTACT, NP_("stage", "First contact")),
    (Stage.FOLLOW_UP, NP_("stage", "Follow-up")),
    (Stage.SUPERVISOR_REQUESTED, NP_("stage", "Supervisor requested")),
    (Stage.SUPERVISOR, NP_("stage", "Supervisor")),
    (Stage.FORMAL_COMPLAINT, NP_("stage", "Formal complaint")),
    (Stage.INTERNAL_REVIEW, NP_("stage", "Internal reviewer")),
    (Stage.EXTERNAL_BODY, NP_("stage", "External body")),
    (Stage.COURT, NP_("stage", "Court")),
    (Stage.RESOLVED, NP_("stage", "Resolved")),
    (PromiseState.PENDING, NP_("promise-state", "pending")),
    (PromiseState.KEPT, NP_("promise-state", "kept")),
    (PromiseState.BROKEN, NP_("promise-state", "broken")),
    (DeadlineState.PENDING, NP_("deadline-state", "pending")),
    (DeadlineState.MET, NP_("deadline-state", "met")),
    (DeadlineState.MISSED, NP_("deadline-state", "missed")),
    (DeadlineState.OVERDUE, NP_("deadline-state", "overdue")),
]
# StrEnum members compare equal to their value, so key by (enum class, value).
_LABELS: dict[tuple[type, str], InContext] = {(type(m), m.value): n for m, n in _NAMES}


def label(value: StrEnum, language: str) -> str:
    """The display name of an enum member; its raw value if no name is known."""
    name = _LABELS.get((type(value), value.value))
    if name is None:
        return str(value)
    return translator(language).marked(name)


def term(value: StrEnum) -> InContext:
    """The marked (context, English) message of an enum member, for the glossary check."""
    return _LABELS[(type(value), value.value)]
