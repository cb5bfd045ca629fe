"""What Case Keeper knows about Klarna per country, with the person's own corrections applied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from casekeeper.domain.values import parse_country
from casekeeper.services.clock import Clock
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.audit import AuditLog, digest_of
from casekeeper.storage.repositories.overrides import OverrideRepository

if TYPE_CHECKING:  # pydantic and the packs load on first use, not at start-up
    from casekeeper.knowledge.hours import ChannelStatus
    from casekeeper.knowledge.overrides import EffectivePack
    from casekeeper.knowledge.schema import RulePack


@dataclass(frozen=True, slots=True)
class OverrideView:
    """One of the person's corrections, and whether the shipped value moved since it was set."""

    country: str
    key: str
    value: str
    shipped_value_then: str | None
    shipped_value_now: str | None
    applied: bool
    problem: str

    @property
    def shipped_changed(self) -> bool:
        """True when a newer shipped pack says something else than when the override was made."""
        return self.shipped_value_then != self.shipped_value_now


_OVERRIDES_SQL = "SELECT key, value FROM rule_overrides WHERE country = ? ORDER BY key"


class RulesService:
    """Rulepacks with overrides: the effective pack, channel hours, and the overrides themselves."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._effective: dict[str, tuple[tuple[tuple[str, str], ...], EffectivePack]] = {}

    def effective_pack(self, country: str) -> EffectivePack:
        """The shipped pack for ``country`` with the person's overrides applied.

        The overrides are read every time (a plain query: opening a case asks four times), and
        the pack made from them is kept while they read the same; the packs are frozen."""
        from casekeeper.knowledge.loader import load_pack
        from casekeeper.knowledge.overrides import apply_overrides

        code = parse_country(country)
        with self._db.reading() as session:
            found = session.connection().exec_driver_sql(_OVERRIDES_SQL, (code,)).fetchall()
        items = tuple((str(key), str(value)) for key, value in found)
        kept = self._effective.get(code)
        if kept is not None and kept[0] == items:
            return kept[1]
        effective = apply_overrides(load_pack(code), dict(items))
        self._effective[code] = (items, effective)
        return effective

    def channel_statuses(self, country: str, at: datetime | None = None,
                         language: str = "en") -> list[ChannelStatus]:
        """Every channel of the country: open now or not, next opening and closing, with sources."""
        from casekeeper.knowledge.hours import channel_status

        effective = self.effective_pack(country)
        instant = at or self._clock.now()
        zone = self._clock.local_zone()
        return [channel_status(effective.pack, channel_id, instant, zone, language)
                for channel_id in effective.pack.channels]

    def overrides(self, country: str) -> list[OverrideView]:
        """The person's overrides for a country, each with whether it still applies."""
        from casekeeper.knowledge.loader import load_pack
        from casekeeper.knowledge.overrides import apply_overrides

        code = parse_country(country)
        shipped = load_pack(code)
        with self._db.reading() as session:
            rows = OverrideRepository(session).for_country(code)
        effective = apply_overrides(shipped, {row.key: row.value for row in rows})
        problems = {problem.key: problem.reason for problem in effective.problems}
        return [OverrideView(country=code, key=row.key, value=row.value,
                             shipped_value_then=row.shipped_value,
                             shipped_value_now=_safe_current(shipped, row.key),
                             applied=row.key in effective.applied,
                             problem=problems.get(row.key, "")) for row in rows]

    def set_override(self, country: str, key: str, value: str) -> OverrideView:
        """Correct one entry (checked with the pack's own rules before anything is written)."""
        from casekeeper.knowledge.loader import load_pack
        from casekeeper.knowledge.overrides import current_value, split_key, validate_override

        code = parse_country(country)
        shipped = load_pack(code)
        split_key(key)
        validate_override(shipped, key.strip(), value)
        with self._db.writing() as session:
            row = OverrideRepository(session).put(code, key.strip(), value.strip(),
                                                  current_value(shipped, key.strip()),
                                                  self._clock.now())
            AuditLog(session).record("set", row, row.updated_at)
        return next(view for view in self.overrides(code) if view.key == key.strip())

    def reset_override(self, country: str, key: str) -> bool:
        """Go back to the shipped value; False when the entry was not overridden."""
        code = parse_country(country)
        with self._db.writing() as session:
            removed = OverrideRepository(session).remove(code, key.strip())
            if removed:
                AuditLog(session).append("reset", "rule_overrides", None, None,
                                         digest_of({"country": code, "key": key.strip()}),
                                         self._clock.now())
            return removed


def _safe_current(pack: RulePack, key: str) -> str | None:
    from casekeeper.knowledge.loader import RulePackError
    from casekeeper.knowledge.overrides import current_value

    try:
        return current_value(pack, key)
    except RulePackError:
        return None
