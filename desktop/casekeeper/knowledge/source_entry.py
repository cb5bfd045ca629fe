"""The fields every rulepack entry carries: its source and how sure we are of it."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from casekeeper.domain.enums import SourceLevel


class Entry(BaseModel):
    """Fields every entry carries: where the fact comes from and how sure we are of it.

    ``level`` says how it is known (docs/rulepacks.md, "Source levels"); ``last_verified`` is
    the day a page was read and is only allowed on ``confirmed`` entries. ``verified`` is derived:
    true only for ``confirmed`` (and for the person's own overrides, see overrides.py).
    """

    # defer_build: the validators are built when a pack is first checked, not at import, so a
    # process that loads a stored pack (pack_cache.py) never builds them. Every model of the
    # format says so.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    source: str = Field(min_length=3)
    level: SourceLevel = SourceLevel.UNKNOWN
    last_verified: date | None = None
    verified: bool = False
    overridden: bool = False

    @model_validator(mode="before")
    @classmethod
    def _derive_verified(cls, value: Any) -> Any:
        if not isinstance(value, dict) or value.get("overridden"):
            return value
        data = dict(value)
        if "verified" in data and "level" not in data:
            raise ValueError("'verified' is derived from 'level'; write level = \"confirmed\", "
                             "\"guide\", \"inferred\" or \"unknown\" instead")
        level = data.get("level", SourceLevel.UNKNOWN.value)
        if data.get("last_verified") is not None and level != SourceLevel.CONFIRMED.value:
            raise ValueError("last_verified is only for a page that was read: set it on "
                             "level = \"confirmed\" entries only")
        if level == SourceLevel.CONFIRMED.value and data.get("last_verified") is None:
            raise ValueError("a confirmed entry needs last_verified: the day its page was read")
        data["verified"] = level == SourceLevel.CONFIRMED.value
        return data
