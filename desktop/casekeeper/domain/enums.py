"""The closed vocabularies of a dispute: products, channels, outcomes, stages."""

from __future__ import annotations

from enum import StrEnum


class Product(StrEnum):
    """The Klarna product the purchase was paid with."""

    PAY_IN_3_4 = "pay-in-3-4"
    PAY_IN_30 = "pay-in-30"
    FINANCING = "financing"
    CARD = "card"
    OTHER = "other"


class ProblemCategory(StrEnum):
    """The common problems; each has a case template."""

    GOODS_NOT_RECEIVED = "goods-not-received"
    DAMAGED_OR_NOT_AS_DESCRIBED = "damaged-or-not-as-described"
    RETURN_NOT_REGISTERED = "return-not-registered"
    REFUND_NOT_RECEIVED = "refund-not-received"
    PAYMENT_NOT_ALLOCATED = "payment-not-allocated"
    UNAUTHORISED_PURCHASE = "unauthorised-purchase"
    DEBT_COLLECTION = "debt-collection"
    ACCOUNT_OR_LOGIN = "account-or-login"
    OTHER = "other"


class CaseStatus(StrEnum):
    """Where a case stands as a whole."""

    OPEN = "open"
    RESOLVED = "resolved"
    CLOSED_UNRESOLVED = "closed-unresolved"


class Channel(StrEnum):
    """How a contact with Klarna happened."""

    HELP_CENTRE = "help-centre"
    CHAT = "chat"
    APP = "app"
    PHONE = "phone"
    EMAIL = "email"
    WEB_FORM = "web-form"
    SOCIAL = "social"
    LETTER = "letter"
    IN_PERSON = "in-person"
    OTHER = "other"


class Direction(StrEnum):
    """Who reached out."""

    TO_KLARNA = "to-klarna"
    FROM_KLARNA = "from-klarna"


class AgentKind(StrEnum):
    """Whether the person spoke with a human, a bot, or does not know."""

    HUMAN = "human"
    BOT = "bot"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    """How a contact ended.

    Three outcomes of a contact *from* Klarna move clocks: ``holding-reply`` (Klarna says it
    needs more time: where the rule allows, its deadline moves to the longer maximum),
    ``final-response`` (Klarna's final answer: log it on the date printed on the letter), and
    ``received`` (delivery or an acknowledgement of receipt of your letter).
    """

    RESOLVED = "resolved"
    PROMISE = "promise"
    ESCALATED = "escalated"
    REFUSED = "refused"
    NO_ANSWER = "no-answer"
    TRANSFERRED = "transferred"
    PENDING = "pending"
    HOLDING_REPLY = "holding-reply"
    FINAL_RESPONSE = "final-response"
    RECEIVED = "received"


class Stage(StrEnum):
    """The rungs of the escalation ladder, in order."""

    FIRST_CONTACT = "first-contact"
    FOLLOW_UP = "follow-up"
    SUPERVISOR_REQUESTED = "supervisor-requested"
    SUPERVISOR = "supervisor"
    FORMAL_COMPLAINT = "formal-complaint"
    INTERNAL_REVIEW = "internal-review"
    EXTERNAL_BODY = "external-body"
    COURT = "court"
    RESOLVED = "resolved"

    @property
    def rank(self) -> int:
        """Position on the ladder, 0 for the first rung."""
        return list(Stage).index(self)


class PromiseState(StrEnum):
    """A promise is pending until it is settled as kept or broken."""

    PENDING = "pending"
    KEPT = "kept"
    BROKEN = "broken"


class TrashKind(StrEnum):
    """The kinds of record that can be moved to the trash and restored."""

    CASE = "case"
    INTERACTION = "interaction"
    PROMISE = "promise"
    STAGE_CHANGE = "stage-change"
    EVIDENCE = "evidence"


class DeadlineState(StrEnum):
    """Where a deadline stands on a given day."""

    PENDING = "pending"
    MET = "met"
    MISSED = "missed"
    OVERDUE = "overdue"


class SourceLevel(StrEnum):
    """How a fact is known: a rulepack's level, or ``your-record`` for the person's own journal
    (a promise as they logged it, their own correction of a rule)."""

    CONFIRMED = "confirmed"
    GUIDE = "guide"
    INFERRED = "inferred"
    UNKNOWN = "unknown"
    YOUR_RECORD = "your-record"


class DeadlineKind(StrEnum):
    """What a deadline is: Klarna's answer to a step, a consumer's limit, a track, a reply..."""

    STEP_ANSWER = "step-answer"
    CONSUMER_LIMIT = "consumer-limit"
    TRACK = "track"
    CHANNEL_REPLY = "channel-reply"
    PROMISE = "promise"
    LETTER_ANSWER = "letter-answer"
    RESPOND_BY = "respond-by"


class Anchor(StrEnum):
    """The event a clock is counted from."""

    STEP_TAKEN = "step-taken"
    FIRST_COMPLAINT = "first-complaint"
    FORMAL_COMPLAINT = "formal-complaint"
    FINAL_RESPONSE = "final-response"
    PURCHASE = "purchase"
    PROBLEM_REPORTED = "problem-reported"
    CONTACT_SENT = "contact-sent"
    DELIVERED = "delivered"
    ASSUMED_DELIVERY = "assumed-delivery"
    PROMISE_MADE = "promise-made"
    REQUEST_SENT = "request-sent"
    LETTER_DATED = "letter-dated"


class Party(StrEnum):
    """Whose clock it is: Klarna must answer, or the consumer must act before a time limit."""

    KLARNA = "klarna"
    CONSUMER = "consumer"


class InstalmentState(StrEnum):
    """Where one instalment of the purchase's payment plan stands."""

    DUE = "due"
    PAID = "paid"
    PAUSED = "paused"
    CHARGED = "charged"  # taken by Klarna while the dispute was open
    REFUNDED = "refunded"
