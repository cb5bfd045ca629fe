"""A realistic sample dispute (in French) built through the services, for first run, demos and tests."""

from __future__ import annotations

import struct
import tempfile
import zlib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.enums import AgentKind, Channel, Outcome, ProblemCategory, Product, Stage
from casekeeper.services.workspace import Workspace

PARIS = "Europe/Paris"


def _at(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(PARIS))


def _png(width: int, height: int, seed: int) -> bytes:
    """A small PNG photo stand-in (brown parcel tones with a dark tear), with no extra library."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            tear = abs((x - width // 2) - (y - height // 2) // 2) < 3 + seed
            shade = 40 if tear else 150 + ((x * 7 + y * 3 + seed * 11) % 40)
            row += bytes((shade, int(shade * 0.75), int(shade * 0.45)))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def create_sample_case(workspace: Workspace, *, example: bool = True) -> int:
    """A damaged parcel paid with Klarna in France, six weeks into the dispute; return its id.

    The welcome's copy is marked as an example (labelled, no reminders); tests and screenshots
    may make it an ordinary case with ``example=False``.
    """
    case_id = workspace.cases.create(CaseInput(
        title="Colis arrivé endommagé – paiement toujours exigé", merchant="Maison Lumière",
        country="FR", product=Product.PAY_IN_3_4, order_ref="ML-40417", klarna_ref="K-7731-FR",
        amount=Decimal("189.90"), currency="EUR", purchase_date=date(2026, 9, 28),
        problem=ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED,
        problem_text="La lampe commandée est arrivée cassée, carton déchiré. Le marchand ne répond plus.",
        remedy="Le remboursement intégral après retour de la lampe.", consumer_name="Camille Martin",
        consumer_email="camille.martin@example.org"), example=example)
    journal = workspace.journal
    journal.log(case_id, InteractionInput(
        occurred_at=_at(2026, 10, 7, 17, 55), zone=PARIS, channel=Channel.CHAT,
        agent_name="Assistant Klarna", agent_kind=AgentKind.BOT, reference="C-77119", wait_minutes=1,
        summary="L'assistant automatique propose seulement de contacter le marchand.",
        transcript=("Assistant : Avez-vous contacté le marchand ?\n"
                    "Moi : Oui, sans réponse. Je veux un humain."),
        asked_for_human=True, transferred_to="Ines Duval", outcome=Outcome.TRANSFERRED))
    chat = journal.log(case_id, InteractionInput(
        occurred_at=_at(2026, 10, 7, 18, 2), zone=PARIS, channel=Channel.CHAT, agent_name="Ines Duval",
        agent_kind=AgentKind.HUMAN, reference="C-77120",
        summary="Litige ouvert, paiements suspendus ; envoyer les photos du colis.",
        outcome=Outcome.PROMISE), PromiseInput("Paiements suspendus pendant l'examen du litige",
                                               date(2026, 10, 28)))
    phone = journal.log(case_id, InteractionInput(
        occurred_at=_at(2026, 11, 2, 15, 20), zone=PARIS, channel=Channel.PHONE, agent_name="Malik Osei",
        agent_kind=AgentKind.HUMAN, reference="PH-30981", number_dialled="01 73 28 81 88",
        wait_minutes=22, call_minutes=14, asked_for_human=True,
        summary="Rappel de paiement reçu malgré la suspension. J'ai demandé un superviseur.",
        outcome=Outcome.PROMISE), PromiseInput("Remboursement sous 5 jours ouvrés", date(2026, 11, 9)))
    journal.record_stage(case_id, StageInput(
        stage=Stage.SUPERVISOR_REQUESTED, occurred_at=_at(2026, 11, 2, 15, 35), zone=PARIS,
        reference="PH-30981", note="Superviseur demandé au téléphone ; rappel promis."))
    letter = journal.log(case_id, InteractionInput(
        occurred_at=_at(2026, 11, 12, 10, 0), zone=PARIS, channel=Channel.LETTER,
        tracking_number="1A00112233445", summary="Lettre recommandée avec AR : réclamation écrite.",
        outcome=Outcome.PENDING))
    journal.record_stage(case_id, StageInput(
        stage=Stage.FORMAL_COMPLAINT, occurred_at=_at(2026, 11, 12, 10, 5), zone=PARIS,
        reference="1A00112233445", note="Réclamation formelle envoyée par lettre recommandée."))
    promises = {promise.interaction_id: promise.id for promise in workspace.cases.detail(case_id).promises}
    journal.settle_promise(promises[phone], kept=False, note="Aucun remboursement au 10 novembre.")
    journal.settle_promise(promises[chat], kept=False, by_interaction=phone)
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, title) in enumerate((("colis-carton.png", "Carton déchiré à la livraison"),
                                                ("lampe-cassee.png", "Lampe cassée"))):
            path = Path(folder) / name
            path.write_bytes(_png(96, 72, number))
            workspace.evidence.attach(case_id, path, title=title, document_date=date(2026, 10, 6))
        proof = Path(folder) / "preuve-de-depot.txt"
        proof.write_text("La Poste – preuve de dépôt\nLettre recommandée 1A00112233445\n12/11/2026",
                         encoding="utf-8")
        workspace.evidence.attach(case_id, proof, title="Preuve de dépôt", interaction_id=letter,
                                  document_date=date(2026, 11, 12))
    return case_id
