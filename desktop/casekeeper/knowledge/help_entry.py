"""Where free help is for a track's problem, per country: a service with its page and level."""

from __future__ import annotations

from pydantic import Field

from casekeeper.knowledge.source_entry import Entry
from casekeeper.knowledge.translation import HelpText


class HelpEntry(Entry):
    """A free help service: ``text`` names it and what it does (with its address)."""

    text: str = Field(min_length=3)
    fr: HelpText | None = None
    de: HelpText | None = None
    sv: HelpText | None = None
