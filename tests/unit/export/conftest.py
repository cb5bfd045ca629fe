"""A realistic French damaged-parcel dispute, with real exhibit files, for the export tests."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from casekeeper.domain.dto import (
    CaseDetail,
    DeadlineView,
    EvidenceView,
    InteractionView,
    PromiseView,
    StageChangeView,
)
from casekeeper.domain.enums import (
    AgentKind,
    Anchor,
    CaseStatus,
    Channel,
    DeadlineKind,
    DeadlineState,
    Direction,
    Outcome,
    Party,
    ProblemCategory,
    Product,
    PromiseState,
    SourceLevel,
    Stage,
)
from casekeeper.export import DossierOptions, DossierRequest
from casekeeper.export.fonts import register_fonts

CONSUMER_NAME = "Camille Durand"
CONSUMER_EMAIL = "camille.durand@exemple.fr"
CONSUMER_PHONE = "+33 6 12 34 56 78"
CONSUMER_IBAN = "FR76 3000 6000 0112 3456 7890 189"
CONSUMER_ADDRESS = "14 rue des Lilas\n69003 Lyon"
GENERATED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _utc(y: int, mo: int, d: int, h: int, mi: int) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=UTC)


def _photo(path: Path, size: tuple[int, int], orientation: int | None = None) -> None:
    """A photo-like picture (gradients and shapes) with an optional EXIF orientation."""
    width, height = size
    gradient = Image.linear_gradient("L").resize(size)
    image = Image.merge(
        "RGB", (gradient, gradient.rotate(90).resize(size), Image.new("L", size, 120))
    )
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (width // 10, height // 10, width // 2, height // 2),
        outline=(0, 0, 0),
        width=max(4, width // 200),
    )
    draw.text((width // 8, height // 8), "UP", fill=(255, 255, 255))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, format="JPEG", quality=92, exif=exif.tobytes())


def _letter_pdf(path: Path) -> None:
    """A two-page registered letter as the consumer kept it (contains their name)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont(register_fonts(), 12)
    canvas.drawString(72, 760, f"{CONSUMER_NAME} - lettre recommandee")
    canvas.drawString(72, 740, "Objet : reclamation commande FR-2026-0098123")
    canvas.showPage()
    canvas.setFont(register_fonts(), 12)
    canvas.drawString(72, 760, "Accuse de reception n. 1A 234 567 8901 2")
    canvas.showPage()
    canvas.save()
    path.write_bytes(buffer.getvalue())


def _tracking_pdf(path: Path) -> None:
    """A one-page carrier tracking sheet with no personal data."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(register_fonts(), 14)
    canvas.drawString(72, 760, "Suivi colis 6A12345678901 - livre endommage le 12/10/2026")
    canvas.showPage()
    canvas.save()


def _evidence(
    store: Path,
    no: int,
    title: str,
    name: str,
    media: str,
    doc: date | None,
    interaction: int | None,
) -> EvidenceView:
    path = store / name
    data = path.read_bytes()
    return EvidenceView(
        id=100 + no,
        case_id=1,
        exhibit_no=no,
        title=title,
        original_name=name,
        media_type=media,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        document_date=doc,
        interaction_id=interaction,
        added_at=_utc(2026, 10, 13, 8, 0),
        stored_path=str(path),
    )


def build_case(store: Path) -> CaseDetail:
    """The whole case, writing its exhibit files into ``store``."""
    store.mkdir(parents=True, exist_ok=True)
    _photo(store / "colis-ecrase.jpg", (800, 600), orientation=6)
    _photo(store / "carton-12mp.jpg", (4000, 3000))
    _tracking_pdf(store / "suivi-colis.pdf")
    _letter_pdf(store / "lettre-recommandee.pdf")
    (store / "notes-appel.txt").write_text(
        f"Appel du 20/10 : Mme Durand demande un responsable. Rappel au {CONSUMER_PHONE}.\n",
        encoding="utf-8",
    )
    evidence = (
        _evidence(
            store,
            1,
            "Photo du colis écrasé",
            "colis-ecrase.jpg",
            "image/jpeg",
            date(2026, 10, 12),
            1,
        ),
        _evidence(
            store, 2, "Carton, photo 12 Mpx", "carton-12mp.jpg", "image/jpeg", date(2026, 10, 12), 1
        ),
        _evidence(
            store,
            3,
            "Suivi du transporteur",
            "suivi-colis.pdf",
            "application/pdf",
            date(2026, 10, 12),
            None,
        ),
        _evidence(
            store,
            4,
            "Lettre recommandée avec AR",
            "lettre-recommandee.pdf",
            "application/pdf",
            date(2026, 10, 28),
            5,
        ),
        _evidence(
            store, 5, "Notes de l'appel", "notes-appel.txt", "text/plain", date(2026, 10, 20), 3
        ),
    )
    interactions = (
        InteractionView(
            1,
            1,
            _utc(2026, 10, 13, 8, 5),
            "Europe/Paris",
            Channel.CHAT,
            Direction.TO_KLARNA,
            "Klarna assistant",
            AgentKind.BOT,
            True,
            "Julien",
            "",
            4,
            None,
            "Le robot propose d'attendre le commerçant ; j'ai demandé un humain.",
            "",
            Outcome.TRANSFERRED,
            "",
            "",
            "",
            exhibits=(1, 2),
        ),
        InteractionView(
            2,
            1,
            _utc(2026, 10, 13, 8, 20),
            "Europe/Paris",
            Channel.CHAT,
            Direction.TO_KLARNA,
            "Julien",
            AgentKind.HUMAN,
            False,
            "",
            "KL-CHAT-55821",
            None,
            None,
            "Julien ouvre un litige et promet un retour sous 5 jours ouvrés. Réponse à "
            f"envoyer à {CONSUMER_EMAIL}. " + "Détails du colis écrasé, carton déchiré, "
            "écran fissuré ; photos envoyées par le chat. " * 3,
            "",
            Outcome.PROMISE,
            "",
            "",
            "",
            promise_ids=(1,),
        ),
        InteractionView(
            3,
            1,
            _utc(2026, 10, 20, 14, 0),
            "Europe/Paris",
            Channel.PHONE,
            Direction.TO_KLARNA,
            "Sophie",
            AgentKind.HUMAN,
            False,
            "",
            "KL-TEL-9912",
            12,
            18,
            "Aucun retour malgré la promesse ; j'ai demandé un responsable. Sophie promet "
            "un rappel du responsable sous 48 h.",
            "",
            Outcome.PROMISE,
            "01 73 28 81 88",
            "",
            "",
            exhibits=(5,),
            promise_ids=(2,),
        ),
        InteractionView(
            4,
            1,
            _utc(2026, 10, 23, 9, 15),
            "Europe/Paris",
            Channel.EMAIL,
            Direction.FROM_KLARNA,
            "Service client",
            AgentKind.HUMAN,
            False,
            "",
            "",
            None,
            None,
            "E-mail type : « votre dossier est en cours ».",
            "",
            Outcome.PENDING,
            "",
            "",
            "Votre litige Klarna",
        ),
        InteractionView(
            5,
            1,
            _utc(2026, 10, 28, 10, 0),
            "Europe/Paris",
            Channel.LETTER,
            Direction.TO_KLARNA,
            "",
            AgentKind.UNKNOWN,
            False,
            "",
            "1A 234 567 8901 2",
            None,
            None,
            "Réclamation formelle envoyée en recommandé avec AR à Klarna France, 33 avenue "
            "de Wagram, 75017 Paris.",
            "",
            Outcome.ESCALATED,
            "",
            "1A 234 567 8901 2",
            "",
            exhibits=(4,),
        ),
    )
    promises = (
        PromiseView(
            1,
            1,
            2,
            "Retour sur le litige sous 5 jours ouvrés",
            date(2026, 10, 20),
            PromiseState.BROKEN,
            _utc(2026, 10, 20, 14, 0),
            3,
            "",
            "Julien (chat)",
            _utc(2026, 10, 13, 8, 20),
            False,
        ),
        PromiseView(
            2,
            1,
            3,
            "Rappel par un responsable sous 48 h",
            date(2026, 10, 22),
            PromiseState.PENDING,
            None,
            None,
            "",
            "Sophie (téléphone)",
            _utc(2026, 10, 20, 14, 0),
            True,
        ),
    )
    stages = (
        StageChangeView(
            1, 1, Stage.FIRST_CONTACT, _utc(2026, 10, 13, 8, 5), "Europe/Paris", "", "", "Chat"
        ),
        StageChangeView(
            2,
            1,
            Stage.SUPERVISOR_REQUESTED,
            _utc(2026, 10, 20, 14, 0),
            "Europe/Paris",
            "KL-TEL-9912",
            "",
            "Demandé par téléphone",
        ),
        StageChangeView(
            3,
            1,
            Stage.FORMAL_COMPLAINT,
            _utc(2026, 10, 28, 10, 0),
            "Europe/Paris",
            "1A 234 567 8901 2",
            "Lettre recommandée avec AR",
            "Envoyée, AR reçu le 30 oct.",
        ),
    )
    return CaseDetail(
        id=1,
        title="Téléviseur livré écrasé – Électro Dépôt",
        company="Klarna Bank AB (publ)",
        country="FR",
        product=Product.PAY_IN_3_4,
        merchant="Électro Dépôt Lyon",
        order_ref="FR-2026-0098123",
        klarna_ref="KL-882-114-09",
        amount=Decimal("1299.99"),
        currency="EUR",
        purchase_date=date(2026, 10, 5),
        problem=ProblemCategory.DAMAGED_OR_NOT_AS_DESCRIBED,
        problem_text=(
            "Le téléviseur est arrivé le 12 octobre avec l'écran fissuré et le carton écrasé. "
            "Le commerçant renvoie vers Klarna ; les échéances continuent d'être prélevées. "
            f"IBAN de prélèvement : {CONSUMER_IBAN}."
        ),
        remedy="Suspendre les prélèvements et rembourser 1 299,99 € après retour du téléviseur.",
        status=CaseStatus.OPEN,
        stage=Stage.FORMAL_COMPLAINT,
        notes="",
        consumer_name=CONSUMER_NAME,
        consumer_email=CONSUMER_EMAIL,
        consumer_address=CONSUMER_ADDRESS,
        klarna_account="4477 1234",
        closing_outcome="",
        created_at=_utc(2026, 10, 12, 18, 0),
        updated_at=_utc(2026, 10, 28, 10, 0),
        closed_at=None,
        interactions=interactions,
        promises=promises,
        stages=stages,
        evidence=evidence,
    )


def build_deadlines() -> tuple[DeadlineView, ...]:
    """Deadlines as the deadline service would compute them for the case."""
    return (
        DeadlineView(
            "promise:1",
            1,
            "Retour promis par Julien",
            Party.KLARNA,
            "5 jours ouvrés",
            "Promesse au chat",
            date(2026, 10, 13),
            date(2026, 10, 20),
            DeadlineState.MISSED,
            None,
            31,
            "promesse",
            True,
            kind=DeadlineKind.PROMISE,
            record_id=1,
            level=SourceLevel.YOUR_RECORD,
        ),
        DeadlineView(
            "promise:2",
            1,
            "Rappel d'un responsable",
            Party.KLARNA,
            "48 heures",
            "Appel téléphonique",
            date(2026, 10, 20),
            date(2026, 10, 22),
            DeadlineState.OVERDUE,
            None,
            29,
            "promesse",
            True,
            kind=DeadlineKind.PROMISE,
            record_id=2,
            level=SourceLevel.YOUR_RECORD,
        ),
        DeadlineView(
            "formal-complaint-answer:3",
            1,
            "Réponse à la réclamation",
            Party.KLARNA,
            "15 jours ouvrés (DSP2 art. 101)",
            "Réclamation formelle",
            date(2026, 10, 28),
            date(2026, 11, 18),
            DeadlineState.MISSED,
            date(2026, 11, 19),
            1,
            "PSD2 art. 101; klarna.com/fr-be/reclamations",
            False,
            stage=Stage.FORMAL_COMPLAINT,
            record_id=3,
            level=SourceLevel.INFERRED,
        ),
        DeadlineView(
            "external-body:3",
            1,
            "Saisir l'ARN",
            Party.CONSUMER,
            "1 an",
            "Réclamation formelle",
            date(2026, 10, 28),
            date(2027, 10, 28),
            DeadlineState.PENDING,
            None,
            0,
            "arn.se",
            True,
            kind=DeadlineKind.CONSUMER_LIMIT,
            stage=Stage.EXTERNAL_BODY,
            anchor=Anchor.FIRST_COMPLAINT,
            level=SourceLevel.GUIDE,
        ),
    )


def make_request(store: Path, **options: object) -> DossierRequest:
    """A request for the sample case with deterministic defaults, overridable per test."""
    settings: dict[str, object] = {
        "language": "fr",
        "deterministic": True,
        "generated_at": GENERATED,
        "app_version": "0.1.0",
        "audit_chain_head": "ab" * 32,
    }
    settings.update(options)
    return DossierRequest(
        case=build_case(store),
        deadlines=build_deadlines(),
        display_zone="Europe/Paris",
        options=DossierOptions(**settings),
    )  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """The content-addressed store stand-in: a folder of original files."""
    return tmp_path / "store"


@pytest.fixture
def case(store: Path) -> CaseDetail:
    """The sample case with its exhibit files written."""
    return build_case(store)
