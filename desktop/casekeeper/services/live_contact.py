"""A call or live chat being timed: waiting, then talking, on the wall clock (a sleep is counted)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import AgentKind, Channel


def whole_minutes(seconds: float) -> int:
    """Seconds as minutes, rounded to the nearest (a 40-second wait is 1 minute, 20 seconds 0)."""
    return int((max(0.0, seconds) + 30) // 60)


def clock_text(seconds: float) -> str:
    """``4:05`` or ``1:02:09``."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass
class LiveTiming:
    """When the call started, when an agent answered, when it ended; every duration from these.

    Only instants are kept, never a running count: a computer that sleeps in the queue still gets
    the right waiting time, because the next reading subtracts instants of the wall clock.
    """

    started: datetime
    answered: datetime | None = None
    ended: datetime | None = None

    def answer(self, now: datetime) -> None:
        """An agent answered: the waiting ends and the talking starts (only the first time)."""
        if self.answered is None and self.ended is None:
            self.answered = now

    def hang_up(self, now: datetime) -> None:
        """The call or chat ended (only the first time)."""
        if self.ended is None:
            self.ended = now

    def waiting_seconds(self, now: datetime) -> float:
        """Time in the queue so far (until the answer, or until the end if nobody answered)."""
        until = self.answered or self.ended or now
        return max(0.0, (until - self.started).total_seconds())

    def talking_seconds(self, now: datetime) -> float:
        """Time with the agent so far."""
        if self.answered is None:
            return 0.0
        return max(0.0, ((self.ended or now) - self.answered).total_seconds())


@dataclass
class LiveNotes:
    """What the person typed during the call."""

    notes: str = ""
    agent: str = ""
    reference: str = ""
    transferred: bool = False
    asked_supervisor: bool = False
    transcript: str = ""
    extra_lines: list[str] = field(default_factory=list)  # worded by the window, in its language


def contact_of(timing: LiveTiming, channel: Channel, zone: str, number: str,
               notes: LiveNotes) -> InteractionInput:
    """The contact to log: start time, waiting and talking minutes, notes, agent and reference."""
    end = timing.ended or timing.answered or timing.started
    summary = "\n".join(part for part in [notes.notes.strip(), *notes.extra_lines] if part)
    phone = channel is Channel.PHONE
    return InteractionInput(
        occurred_at=timing.started, zone=zone, channel=channel,
        agent_name=notes.agent.strip(),
        agent_kind=AgentKind.HUMAN if timing.answered is not None else AgentKind.UNKNOWN,
        reference=notes.reference.strip(),
        wait_minutes=whole_minutes(timing.waiting_seconds(end)),
        call_minutes=whole_minutes(timing.talking_seconds(end)) if phone else None,
        summary=summary,
        transcript="" if phone else notes.transcript,
        number_dialled=number if phone else "",
    )
