"""A small sample data folder for the safety tests: a case, contacts, a promise, a step, a file."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import Channel, Stage
from casekeeper.services.workspace import Workspace

AT = datetime(2026, 10, 7, 15, 55, tzinfo=UTC)


def fill_sample(ws: Workspace, folder: Path, *, title: str = "Manteau jamais livré") -> int:
    """One case with two contacts, a promise, a stage, an override and an exhibit; return its id."""
    case_id = ws.cases.create(CaseInput(title=title, merchant="Nordvik Store", order_ref="NV-1",
                                        amount=Decimal("74.50"), currency="EUR"))
    first = ws.journal.log(case_id, InteractionInput(occurred_at=AT, zone="Europe/Paris",
                                                     channel=Channel.CHAT, summary="bot chat"),
                           PromiseInput(text="Refund in 5 days"))
    ws.journal.log(case_id, InteractionInput(occurred_at=AT, zone="Europe/Paris",
                                             channel=Channel.PHONE, summary="call"))
    ws.journal.record_stage(case_id, StageInput(stage=Stage.FORMAL_COMPLAINT, occurred_at=AT,
                                                zone="Europe/Paris", reference="FC-1"))
    ws.rules.set_override("FR", "channels.phone.hours", "Mo-Fr 08:00-18:00")
    folder.mkdir(parents=True, exist_ok=True)
    photo = folder / f"photo-{title[:5]}.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo " + title.encode())
    ws.evidence.attach(case_id, photo, title="Damaged parcel", interaction_id=first)
    return case_id
