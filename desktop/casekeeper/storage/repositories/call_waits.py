"""The waiting times of the person's logged phone calls (every case), for the best time to call."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session, col

from casekeeper.domain.enums import Channel, Direction
from casekeeper.domain.models import Interaction


def phone_waits(session: Session) -> list[tuple[datetime, int]]:
    """(when, waiting minutes) of every live call the person made with a waiting time logged."""
    rows = session.execute(
        select(col(Interaction.occurred_at), col(Interaction.wait_minutes))
        .where(col(Interaction.channel) == Channel.PHONE,
               col(Interaction.direction) == Direction.TO_KLARNA,
               col(Interaction.wait_minutes).is_not(None),
               col(Interaction.deleted_at).is_(None))
        .order_by(col(Interaction.occurred_at)))
    return [(when, int(wait)) for when, wait in rows if wait is not None]
