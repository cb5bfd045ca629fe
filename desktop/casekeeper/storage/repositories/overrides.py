"""Queries on the person's rulepack overrides."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, col

from casekeeper.domain.models import RuleOverride


class OverrideRepository:
    """Rule overrides in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def for_country(self, country: str) -> list[RuleOverride]:
        """Every override of a country, by key."""
        return list(self.session.scalars(
            select(RuleOverride).where(col(RuleOverride.country) == country)
            .order_by(col(RuleOverride.key))))

    def get(self, country: str, key: str) -> RuleOverride | None:
        """One override, if set."""
        return self.session.scalars(
            select(RuleOverride).where(col(RuleOverride.country) == country,
                                       col(RuleOverride.key) == key)).first()

    def put(self, country: str, key: str, value: str, shipped_value: str | None,
            now: datetime) -> RuleOverride:
        """Set (or replace) an override."""
        row = self.get(country, key)
        if row is None:
            row = RuleOverride(country=country, key=key, value=value, shipped_value=shipped_value,
                               created_at=now, updated_at=now)
            self.session.add(row)
        else:
            row.value, row.shipped_value, row.updated_at = value, shipped_value, now
        return row

    def remove(self, country: str, key: str) -> bool:
        """Remove an override; False when there was none."""
        row = self.get(country, key)
        if row is None:
            return False
        self.session.delete(row)
        return True
