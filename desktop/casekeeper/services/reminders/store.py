"""What the case file remembers about reminders: those already sent and the opening requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.clock import Clock
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.reminders import ReminderRepository


@dataclass(frozen=True, slots=True)
class OpeningRequestView:
    """A waiting "remind me when it opens" request."""

    id: int
    label: str
    opens_at: datetime
    case_id: int | None


class ReminderStore:
    """Sent reminders and opening requests, kept in the case file (backed up with it)."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def sent_keys(self) -> set[str]:
        """Every reminder key already sent."""
        with self._db.reading() as session:
            return ReminderRepository(session).sent_keys()

    def check_writable(self) -> None:
        """Take the write lock and let it go: raises the plain-words error when the file is busy
        or read-only, so nothing is sent that could not be remembered (and so sent twice)."""
        with self._db.writing() as session:
            session.connection()  # a session begins lazily: this issues BEGIN IMMEDIATE

    def mark_sent(self, keys: list[str], case_id: int | None = None) -> None:
        """Remember these reminders as sent, in one transaction."""
        with self._db.writing() as session:
            ReminderRepository(session).add_sent(keys, case_id, self._clock.now())

    def request_opening(self, label: str, opens_at: datetime, case_id: int | None = None) -> int:
        """Ask to be told when ``label`` opens at ``opens_at``; returns the request's id."""
        if not label.strip():
            raise InputError("channel", label, Marked(N_("say which channel you want to hear about")))
        if opens_at.tzinfo is None:
            raise InputError("opens at", opens_at.isoformat(), Marked(N_("give the time with its zone")))
        with self._db.writing() as session:
            row = ReminderRepository(session).add_request(label.strip()[:200], opens_at, case_id,
                                                          self._clock.now())
            assert row.id is not None
            return row.id

    def waiting(self) -> list[OpeningRequestView]:
        """Requests not yet sent nor cancelled, soonest first."""
        with self._db.reading() as session:
            return [OpeningRequestView(row.id or 0, row.label, row.opens_at, row.case_id)
                    for row in ReminderRepository(session).waiting_requests()]

    def cancel(self, request_id: int) -> None:
        """Cancel a waiting request; an unknown, sent or cancelled one is refused in plain words."""
        with self._db.writing() as session:
            row = ReminderRepository(session).request(request_id)
            if row is None or row.sent_at is not None or row.cancelled_at is not None:
                raise InputError(
                    "request",
                    str(request_id),
                    Marked(
                        N_(
                            "no waiting opening reminder has this number "
                            "(see 'casekeeper-cli remind-open list')"
                        )
                    ),
                )
            row.cancelled_at = self._clock.now()

    def mark_opening_sent(self, request_id: int) -> None:
        """Remember that the opening was announced."""
        with self._db.writing() as session:
            row = ReminderRepository(session).request(request_id)
            if row is not None and row.sent_at is None:
                row.sent_at = self._clock.now()
