"""The one door from the ui to the rule knowledge, until a rules service exists on Workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import Channel, Stage

if TYPE_CHECKING:
    from casekeeper.knowledge.hours import ChannelStatus
    from casekeeper.knowledge.ladder import NextStep
    from casekeeper.knowledge.schema import ChannelEntry, RulePack, StepEntry


@dataclass(frozen=True, slots=True)
class ChannelCard:
    """A channel of the country with its state now."""

    channel_id: str
    entry: ChannelEntry
    status: ChannelStatus


def pack_for(country: str) -> RulePack:
    """The rulepack serving ``country`` (the generic one when the country has none)."""
    from casekeeper.knowledge.loader import load_pack

    return load_pack(country or "FR")


def channel_cards(country: str, at: datetime, person_zone: str) -> list[ChannelCard]:
    """Every channel of the country's pack, with whether it is open at ``at``."""
    from casekeeper.knowledge.hours import channel_status

    pack = pack_for(country)
    return [
        ChannelCard(key, entry, channel_status(pack, key, at, person_zone))
        for key, entry in pack.channels.items()
    ]


def live_channels(country: str, at: datetime, person_zone: str) -> list[ChannelCard]:
    """The phone and chat channels, for the status bar."""
    return [
        card
        for card in channel_cards(country, at, person_zone)
        if card.entry.kind in (Channel.PHONE, Channel.CHAT)
    ]


def deadlines(case: CaseDetail, today: date) -> list[DeadlineView]:
    """The case's computed deadlines, soonest due first."""
    from casekeeper.knowledge.deadlines import derive_deadlines

    return sorted(derive_deadlines(case, pack_for(case.country), today), key=lambda view: view.due)


def next_step(case: CaseDetail, today: date) -> NextStep | None:
    """The suggested next rung of the ladder, or None once resolved or at the top."""
    from casekeeper.knowledge.ladder import suggest_next_step

    return suggest_next_step(case, pack_for(case.country), today)


def ladder(country: str) -> list[tuple[Stage, StepEntry]]:
    """The country's ladder, lowest rung first."""
    pack = pack_for(country)
    return sorted(pack.ladder.items(), key=lambda item: item[0].rank)


def clock_words(step: StepEntry) -> str:
    """The step's clock in words (English data) or an empty string."""
    return step.clock.describe() if step.clock is not None else ""
