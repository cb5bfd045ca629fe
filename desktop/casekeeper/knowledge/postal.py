"""The postal delay a pack assumes between posting a letter and its delivery, used only while
no receipt is logged and only for the other side's clocks (never for the person's own limits)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pydantic import Field

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Channel, Direction
from casekeeper.knowledge import events
from casekeeper.knowledge.clock_model import Clock
from casekeeper.knowledge.source_entry import Entry
from casekeeper.knowledge.translation import PostalText


class PostalDelayEntry(Entry):
    """How long a letter posted in the country takes to arrive, at the carrier's stated or
    regulated upper aim (``service`` names the carrier and product)."""

    clock: Clock
    service: str = Field(min_length=3)
    fr: PostalText | None = None
    de: PostalText | None = None
    sv: PostalText | None = None


def posted(case: CaseDetail, sent_at: datetime, zone: ZoneInfo) -> bool:
    """Whether what was sent at ``sent_at`` went by post: a letter to Klarna logged that day."""
    day = events.local_day(sent_at, zone)
    return any(item.direction == Direction.TO_KLARNA and item.channel == Channel.LETTER
               and events.local_day(item.occurred_at, zone) == day
               for item in case.interactions)
