"""Queries on reminders already sent and on "remind me when it opens" requests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, col

from casekeeper.domain.models import OpeningRequest, ReminderSent


class ReminderRepository:
    """Sent reminders and opening requests in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def sent_keys(self) -> set[str]:
        """The key of every reminder already sent."""
        return set(self.session.scalars(select(col(ReminderSent.key))))

    def add_sent(self, keys: list[str], case_id: int | None, now: datetime) -> None:
        """Remember that these reminders were sent (keys already known are kept as they are)."""
        known = self.sent_keys()
        for key in keys:
            if key not in known:
                self.session.add(ReminderSent(key=key, case_id=case_id, sent_at=now))

    def add_request(self, label: str, opens_at: datetime, case_id: int | None,
                    now: datetime) -> OpeningRequest:
        """Store a new opening request."""
        row = OpeningRequest(label=label, opens_at=opens_at, case_id=case_id, created_at=now)
        self.session.add(row)
        self.session.flush()
        return row

    def waiting_requests(self) -> list[OpeningRequest]:
        """Requests neither sent nor cancelled, soonest first."""
        return list(self.session.scalars(
            select(OpeningRequest).where(col(OpeningRequest.sent_at).is_(None),
                                         col(OpeningRequest.cancelled_at).is_(None))
            .order_by(col(OpeningRequest.opens_at), col(OpeningRequest.id))))

    def request(self, request_id: int) -> OpeningRequest | None:
        """One request by id."""
        return self.session.get(OpeningRequest, request_id)
