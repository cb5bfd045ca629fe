"""The archive's reminder parts: reminders already sent and "remind me when it opens" requests.

Database ids do not travel: a sent reminder names the record its deadline counts from by its
position in the case document (the contact's ``ref``, the promise's or ladder step's place in
their lists), and the import rebuilds its key with the new ids.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from casekeeper.services.archive_fields import Day, Doc, Format, Instant, Ref, Short

LEAD_MAX = 366  # lead days; the preferences accept fewer


class SentReminderDoc(Doc):
    """A deadline reminder already sent at one lead time (never sent again after an import)."""

    deadline: Annotated[str, Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9_.-]+$")]
    """The deadline's name (``promise``, ``formal-complaint-answer``, ``limit-six-months``…)."""
    record: Literal["case", "contact", "promise", "stage"]
    ref: Ref | None
    """The contact's ``ref`` or the promise's or step's place (1, 2…); none for the case."""
    due: Day
    lead: Annotated[int, Field(ge=0, le=LEAD_MAX)]
    sent_at: Instant


class OpeningRequestDoc(Doc):
    """A "remind me when it opens" request, waiting, sent or cancelled."""

    label: Annotated[Short, Field(min_length=1, max_length=200)]
    opens_at: Instant
    created_at: Instant
    sent_at: Instant | None
    cancelled_at: Instant | None


class CaseRemindersDoc(Doc):
    """A case's reminders (absent in archives of format 1)."""

    sent: list[SentReminderDoc] = Field(default_factory=list)
    opening_requests: list[OpeningRequestDoc] = Field(default_factory=list)


class RemindersDoc(Doc):
    """reminders.json: opening requests tied to no case (only in an archive of everything)."""

    format: Format
    opening_requests: list[OpeningRequestDoc]
