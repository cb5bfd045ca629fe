"""The payment plan exchanged between services and the layers above: instalments and the pause."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from casekeeper.domain.enums import InstalmentState


@dataclass(frozen=True, slots=True)
class InstalmentInput:
    """One instalment as typed or generated."""

    due_date: date
    amount: Decimal
    state: InstalmentState = InstalmentState.DUE
    settled_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class InstalmentView:
    """One instalment and where it stands; ``paused`` when due inside the dispute pause.

    ``charged_in_dispute`` flags a charge taken while the dispute was open.
    """

    number: int
    due_date: date
    amount: Decimal
    state: InstalmentState
    settled_on: date | None
    note: str
    paused: bool = False
    charged_in_dispute: bool = False

    def as_input(self) -> InstalmentInput:
        """The editable fields."""
        return InstalmentInput(self.due_date, self.amount, self.state, self.settled_on, self.note)


@dataclass(frozen=True, slots=True)
class PauseView:
    """The dispute's payment pause: from when, until when, by which clock, extended or not."""

    started_on: date
    ends_on: date
    extended: bool
    clock: str
    label: str
    extend_note: str
    source: str
    verified: bool
    paused_amount: Decimal | None


@dataclass(frozen=True, slots=True)
class PlanView:
    """A case's payment plan; ``pause`` is None when no dispute pause applies (yet)."""

    case_id: int
    currency: str | None
    instalments: tuple[InstalmentView, ...]
    pause: PauseView | None
    pause_started_on: date | None
    pause_extended_until: date | None

    @property
    def total(self) -> Decimal:
        """The sum of the instalments."""
        return sum((item.amount for item in self.instalments), Decimal("0"))

    def left_to_pay(self) -> Decimal:
        """What is neither paid, charged nor refunded."""
        open_states = (InstalmentState.DUE, InstalmentState.PAUSED)
        return sum((item.amount for item in self.instalments if item.state in open_states),
                   Decimal("0"))
