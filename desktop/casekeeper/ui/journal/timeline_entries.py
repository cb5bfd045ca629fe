"""Turn a case into timeline entries: contacts, stage changes, exhibits added and lone promises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from functools import partial

from casekeeper.domain.dto import CaseDetail, InteractionView, PromiseView
from casekeeper.domain.enums import AgentKind, PromiseState, TrashKind
from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import format_date, translate
from casekeeper.ui.common.labels import is_closed


@dataclass(frozen=True, slots=True)
class Badge:
    """A small tag on an entry; ``alarm`` only for what has really passed."""

    text: str
    alarm: bool = False


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One row of the timeline."""

    kind: TrashKind
    record_id: int
    when: datetime
    icon: str
    title: str
    detail: str = ""
    badges: tuple[Badge, ...] = field(default_factory=tuple)


class PendingEntry:
    """A row of the timeline whose words are made when first needed (``build``, once).

    Opening a case of 2,000 contacts then costs 2,000 of these, not 2,000 sets of translated
    labels: only the rows on screen are built. Any attribute of the entry (``title``,
    ``badges``…) can be read from it; that builds it.
    """

    __slots__ = ("_built", "build", "kind", "record_id", "when")

    def __init__(self, kind: TrashKind, record_id: int, when: datetime,
                 build: Callable[[], TimelineEntry]) -> None:
        self.kind = kind
        self.record_id = record_id
        self.when = when
        self.build = build
        self._built: TimelineEntry | None = None

    def entry(self) -> TimelineEntry:
        """The entry, built on first use."""
        if self._built is None:
            self._built = self.build()
        return self._built

    def __getattr__(self, name: str) -> object:
        return getattr(self.entry(), name)


def promise_badge(promise: PromiseView, case_closed: bool = False) -> Badge:
    """``promise: 9 Nov, broken``; in a closed case nothing is overdue and nothing is red."""
    due = format_date(promise.due_date, "d MMM") if promise.due_date else translate("Timeline", "no date")
    state = labels.promise_state_name(promise.state)
    if promise.overdue and not case_closed:
        state = translate("Timeline", "overdue")
    text = translate("Timeline", "promise: %1, %2").replace("%1", due).replace("%2", state)
    return Badge(text, alarm=not case_closed and (promise.overdue or promise.state is PromiseState.BROKEN))


def _interaction(view: InteractionView, promises: dict[int, PromiseView], closed: bool) -> TimelineEntry:
    who = view.agent_name or (translate("Timeline", "assistant") if view.agent_kind is AgentKind.BOT else "")
    parts = [labels.channel_name(view.channel)]
    if who:
        # Written for the middle of a line (German keeps its nouns capitalised), not lower-cased.
        kind = {AgentKind.HUMAN: translate("Timeline", "human"),
                AgentKind.BOT: translate("Timeline", "bot")}.get(view.agent_kind)
        parts.append(f"{who} ({kind})" if kind else who)
    if view.reference:
        parts.append(view.reference)
    if view.tracking_number:
        parts.append(translate("Timeline", "tracking %1").replace("%1", view.tracking_number))
    if view.transferred_to:
        parts.append(f"→ {view.transferred_to}")
    if view.wait_minutes:
        parts.append(translate("Timeline", "waited %1 min").replace("%1", str(view.wait_minutes)))
    if view.call_minutes:
        parts.append(translate("Timeline", "call %1 min").replace("%1", str(view.call_minutes)))
    badges = [promise_badge(promises[pid], closed) for pid in view.promise_ids if pid in promises]
    badges += [Badge(f"E{number}") for number in view.exhibits]
    if view.asked_for_human:
        badges.append(Badge(translate("Timeline", "asked for a human")))
    if view.asked_for_supervisor:
        badges.append(Badge(translate("Timeline", "asked for a supervisor")))
    detail = view.summary.splitlines()[0] if view.summary else labels.outcome_name(view.outcome)
    return TimelineEntry(
        TrashKind.INTERACTION,
        view.id,
        view.occurred_at,
        view.channel.value,
        " · ".join(parts),
        detail,
        tuple(badges),
    )


def timeline_entries(case: CaseDetail) -> list[TimelineEntry]:
    """Every dated record of the case, oldest first, built."""
    return [row.entry() if isinstance(row, PendingEntry) else row for row in timeline_rows(case)]


def timeline_rows(case: CaseDetail) -> list[TimelineEntry | PendingEntry]:
    """Every dated record of the case, oldest first; contacts are built when shown."""
    promises = {promise.id: promise for promise in case.promises}
    closed = is_closed(case)
    entries: list[TimelineEntry | PendingEntry] = [
        PendingEntry(TrashKind.INTERACTION, view.id, view.occurred_at,
                     partial(_interaction, view, promises, closed))
        for view in case.interactions]
    for stage in case.stages:
        title = translate("Timeline", "Stage: %1").replace("%1", labels.stage_name(stage.stage))
        if stage.reference:
            title += f" ({stage.reference})"
        entries.append(
            TimelineEntry(
                TrashKind.STAGE_CHANGE,
                stage.id,
                stage.occurred_at,
                "escalate",
                title,
                stage.note.splitlines()[0] if stage.note else stage.body,
            )
        )
    for exhibit in case.evidence:
        title = (
            translate("Timeline", "Evidence added: %1 %2")
            .replace("%1", exhibit.label)
            .replace("%2", exhibit.title)
        )
        entries.append(
            TimelineEntry(
                TrashKind.EVIDENCE, exhibit.id, exhibit.added_at, "evidence", title, exhibit.original_name
            )
        )
    for promise in case.promises:
        if promise.interaction_id is None:
            when = promise.made_at or datetime.combine(
                promise.due_date or case.created_at.date(), time(12), UTC
            )
            entries.append(
                TimelineEntry(
                    TrashKind.PROMISE,
                    promise.id,
                    when,
                    "promise",
                    translate("Timeline", "Promise: %1").replace("%1", promise.text),
                    badges=(promise_badge(promise, closed),),
                )
            )
    entries.sort(key=lambda entry: entry.when)
    return entries
