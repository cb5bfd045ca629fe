"""A public-holiday calendar of a rulepack (the ``holidays`` package): opening hours and clocks
share it."""

from __future__ import annotations

from pydantic import Field, model_validator

from casekeeper.knowledge.source_entry import Entry
from casekeeper.knowledge.translation import SourceText


class HolidayCalendar(Entry):
    """A public-holiday calendar of the ``holidays`` package: a country, optional subdivision.

    ``also_closed`` names days of another category of the package (``also_closed_category``,
    e.g. Sweden's ``bank`` days: "Midsummer Eve", "Christmas Eve", "New Year's Eve") that are
    days off too, by their English names.
    """

    country: str = Field(pattern=r"^[A-Z]{2}$")
    subdivision: str | None = None
    weekend: list[int] = Field(default_factory=lambda: [5, 6])
    also_closed: list[str] = Field(default_factory=list)
    also_closed_category: str = "bank"
    fr: SourceText | None = None
    de: SourceText | None = None
    sv: SourceText | None = None

    @model_validator(mode="after")
    def _supported(self) -> HolidayCalendar:
        # The registry names every supported country without loading them all (start-up speed);
        # only a subdivision needs its country's calendar.
        from holidays.registry import COUNTRIES

        known = {code for entry in COUNTRIES.values() for code in entry[1:2]}
        missing = self.country not in known
        if not missing and self.subdivision:
            from casekeeper.knowledge.holiday_source import country_holidays

            try:  # loads this country's calendar only
                country_holidays(self.country, subdiv=self.subdivision, years=2026)
            except NotImplementedError:
                missing = True
        if missing:
            raise ValueError(f"the holidays package has no calendar for {self.country}"
                             f"{'-' + self.subdivision if self.subdivision else ''}")
        if any(day not in range(7) for day in self.weekend):
            raise ValueError("weekend days are numbers 0 (Monday) to 6 (Sunday)")
        return self
