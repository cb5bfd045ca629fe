"""The one door from the ui to the rule knowledge: through the rules and deadline services
(so the person's overrides apply), worded in the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from casekeeper.domain.dto import CaseDetail, DeadlineView
from casekeeper.domain.enums import Channel, Stage
from casekeeper.ui.common.i18n import current_language

if TYPE_CHECKING:
    from casekeeper.knowledge.advice import Advice
    from casekeeper.knowledge.hours import ChannelStatus
    from casekeeper.knowledge.ladder import NextStep
    from casekeeper.knowledge.schema import ChannelEntry, RulePack, StepEntry
    from casekeeper.services.rules import RulesService


@dataclass(frozen=True, slots=True)
class ChannelCard:
    """A channel of the country with its state now."""

    channel_id: str
    entry: ChannelEntry
    status: ChannelStatus
    overridden: bool = False

    @property
    def label(self) -> str:
        """The channel's name in the interface language."""
        return text(self.entry, "label")

    @property
    def hours_note(self) -> str:
        """The note on the channel's hours, in the interface language."""
        return text(self.entry, "hours_note")


def countries_with_own_rules() -> frozenset[str]:
    """Country codes with a rulepack of their own; any other country gets the general guidance."""
    from casekeeper.knowledge.loader import shipped_pack_names

    return frozenset(shipped_pack_names())


def pack_for(rules: RulesService, country: str) -> RulePack:
    """The rulepack serving ``country`` with the person's overrides applied."""
    return rules.effective_pack(country or "FR").pack


def channel_cards(rules: RulesService, country: str, at: datetime) -> list[ChannelCard]:
    """Every channel of the country, with whether it is open at ``at``."""
    effective = rules.effective_pack(country or "FR")
    statuses = rules.channel_statuses(country or "FR", at, current_language())
    return [ChannelCard(status.channel_id, effective.pack.channels[status.channel_id], status,
                        effective.is_overridden(f"channels.{status.channel_id}"))
            for status in statuses]


def live_channels(rules: RulesService, country: str, at: datetime) -> list[ChannelCard]:
    """The phone and chat channels, for the status bar."""
    return [card for card in channel_cards(rules, country, at)
            if card.entry.kind in (Channel.PHONE, Channel.CHAT)]


def deadlines(rules: RulesService, case: CaseDetail, today: date) -> list[DeadlineView]:
    """The case's computed deadlines, soonest due first."""
    from casekeeper.knowledge.deadlines import derive_deadlines

    pack = pack_for(rules, case.country)
    return sorted(derive_deadlines(case, pack, today, current_language()), key=lambda v: v.due)


def next_step(rules: RulesService, case: CaseDetail, today: date) -> NextStep | None:
    """The suggested next rung of the ladder, or None once resolved or at the top."""
    from casekeeper.knowledge.ladder import suggest_next_step

    return suggest_next_step(case, pack_for(rules, case.country), today, current_language())


def advice(rules: RulesService, case: CaseDetail, today: date) -> Advice:
    """Deadlines, next step, tracks and the header's focus, as the knowledge layer decides them."""
    from casekeeper.knowledge.ladder import advise

    return advise(case, pack_for(rules, case.country), today, current_language())


def ladder(rules: RulesService, country: str) -> list[tuple[Stage, StepEntry]]:
    """The country's whole ladder, lowest rung first (every product; for corrections)."""
    return sorted(pack_for(rules, country).ladder.items(), key=lambda item: item[0].rank)


def case_ladder(rules: RulesService, case: CaseDetail) -> list[tuple[Stage, StepEntry]]:
    """The ladder of the case's country and product: what the header and Escalate both show."""
    from casekeeper.knowledge.ladder import ladder_for

    return ladder_for(pack_for(rules, case.country), case.product, case.stage)


def clock_words(step: StepEntry) -> str:
    """The step's clock in words, or an empty string."""
    return step.clock.describe(current_language()) if step.clock is not None else ""


def text(entry: Any, field: str) -> str:
    """A text field of a rulepack entry in the interface language (English when untranslated)."""
    from casekeeper.knowledge.translation import localized

    return str(localized(entry, field, current_language()) or "")


def texts(entry: Any, field: str) -> list[str]:
    """A list field of a rulepack entry in the interface language."""
    from casekeeper.knowledge.translation import localized_list

    return list(localized_list(entry, field, current_language()))


def entry_value(rules: RulesService, country: str, key: str) -> str:
    """The value in force for an override key (the shipped one unless the person corrected it)."""
    from casekeeper.knowledge.overrides import current_value

    return current_value(pack_for(rules, country), key) or ""
