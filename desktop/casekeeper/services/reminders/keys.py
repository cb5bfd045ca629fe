"""A sent reminder's key, ``<case id>/<deadline key>/<due date>/<lead days>``, taken apart and
rebuilt with other ids (an archive carries it between case files, where every id changes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

RecordKind = Literal["stage", "contact", "promise", "case"]
# Which record the id at the end of a deadline key names (knowledge/deadlines.py,
# contact_deadlines.py, pause.py); anything else names the case itself.
STAGE: RecordKind = "stage"
CONTACT: RecordKind = "contact"
PROMISE: RecordKind = "promise"
CASE: RecordKind = "case"


def reminder_key(case_id: int, deadline_key: str, due: date, lead: int) -> str:
    """The key remembering that this deadline was announced at this lead time."""
    return f"{case_id}/{deadline_key}/{due.isoformat()}/{lead}"


def record_kind(name: str) -> RecordKind:
    """What the id after ``name:`` in a deadline key is: a ladder step, a contact, a promise or
    the case."""
    if name == "promise":
        return PROMISE
    if name.startswith(("reply-", "letter-")):
        return CONTACT
    if name.endswith("-answer"):
        return STAGE
    return CASE


@dataclass(frozen=True, slots=True)
class SentKey:
    """A sent reminder's key in its parts: ``name:record_id`` is the deadline's key."""

    case_id: int
    name: str
    record_id: int
    due: date
    lead: int

    @property
    def kind(self) -> RecordKind:
        """Which record ``record_id`` is (see :func:`record_kind`)."""
        return record_kind(self.name)

    def with_ids(self, case_id: int, record_id: int) -> str:
        """The same reminder's key for the same deadline under other ids."""
        return reminder_key(case_id, f"{self.name}:{record_id}", self.due, self.lead)


def parse_key(key: str) -> SentKey | None:
    """The parts of a key, or None for one this version does not know how to read."""
    head, _, rest = key.partition("/")
    deadline, _, tail = rest.rpartition("/")
    deadline, _, due_text = deadline.rpartition("/")
    name, _, record = deadline.rpartition(":")
    if not name:
        return None
    try:
        return SentKey(int(head), name, int(record), date.fromisoformat(due_text), int(tail))
    except ValueError:
        return None
