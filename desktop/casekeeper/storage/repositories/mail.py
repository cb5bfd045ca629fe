"""Finding a message already imported into a case: by its Message-ID or by the same bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import Session, col

from casekeeper.domain.enums import Channel
from casekeeper.domain.models import Evidence, Interaction

#: The line of an imported e-mail's transcript that holds its Message-ID.
MESSAGE_ID_LINE = "Message-ID: "


@dataclass(frozen=True, slots=True)
class ImportedMessage:
    """A contact that holds an imported message: enough to name it in a refusal."""

    interaction_id: int
    occurred_at: datetime
    zone: str
    in_trash: bool


class MailRepository:
    """Read-only lookups used before and during an e-mail import."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def message_ids(self, case_id: int) -> dict[str, ImportedMessage]:
        """Every Message-ID recorded in the case's e-mail contacts (live ones win over trashed)."""
        needle = "\n" + MESSAGE_ID_LINE
        where = func.instr(col(Interaction.transcript), needle)
        rows = self.session.execute(
            select(col(Interaction.id), col(Interaction.occurred_at), col(Interaction.zone),
                   col(Interaction.deleted_at),
                   func.substr(col(Interaction.transcript), where + len(needle), 1000))
            .where(col(Interaction.case_id) == case_id, col(Interaction.channel) == Channel.EMAIL,
                   where > 0)
            .order_by(col(Interaction.deleted_at).is_(None), col(Interaction.id).desc())
        ).all()
        found: dict[str, ImportedMessage] = {}
        for ident, occurred_at, zone, deleted_at, tail in rows:
            found[str(tail).split("\n", 1)[0]] = ImportedMessage(ident, occurred_at, zone,
                                                                 deleted_at is not None)
        return found

    def exhibit_with_hash(self, case_id: int, sha256: str) -> Evidence | None:
        """An exhibit of the case (live first, else in the trash) with this fingerprint."""
        return self.session.scalars(
            select(Evidence).where(col(Evidence.case_id) == case_id,
                                   col(Evidence.sha256) == sha256)
            .order_by(col(Evidence.deleted_at).is_not(None), col(Evidence.id))
        ).first()
