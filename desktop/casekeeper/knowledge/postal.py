"""The postal delay a pack assumes between posting a letter and its delivery, used only while
no receipt is logged and only for the other side's clocks (never for the person's own limits)."""

from __future__ import annotations

from pydantic import Field

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
