"""Seeded data generator: many cases, tens of thousands of contacts, thousands of exhibits.

    python benchmarks/generate.py DIR [--scale huge|full|small|tiny] [--seed 7]

Full size: 300 cases, 30,000 interactions, 3,000 evidence files of which 200 are 12-megapixel
photos. Huge: ten times that (3,000 cases, 300,000 interactions, 30,000 evidence files of which
3,000 are photos); its first 200 photos are drawn, the others are those JPEGs made distinct by a
numbered comment segment (drawing 3,000 noisy 12-megapixel pictures would take most of an hour,
and nothing measured depends on pixels beyond the dossier case's 50, which are all drawn).
Case 1 is the biggest (2,000 interactions); case 2 is the dossier case (500 interactions,
50 photos). Rows go in through the storage layer in bulk (the real schema, triggers and search
index); originals go through the real content-addressed store.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import insert

from casekeeper.domain.enums import (
    AgentKind,
    Channel,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)
from casekeeper.domain.models import Case, Evidence, Interaction, Promise, StageChange
from casekeeper.paths import DataPaths
from casekeeper.storage.evidence_store import EvidenceStore
from casekeeper.storage.migrate import open_database


@dataclass(frozen=True)
class Scale:
    """How much to generate."""

    cases: int
    interactions: int
    evidence: int
    photos: int
    biggest_case: int
    dossier_interactions: int
    dossier_photos: int
    photo_size: tuple[int, int]
    drawn_photos: int = 0  # photos drawn from noise; the rest are numbered copies (0: all drawn)


SCALES = {
    "huge": Scale(3_000, 300_000, 30_000, 3_000, 2_000, 500, 50, (4000, 3000), drawn_photos=200),
    "full": Scale(300, 30_000, 3_000, 200, 2_000, 500, 50, (4000, 3000)),
    "small": Scale(40, 4_000, 300, 20, 2_000, 500, 10, (4000, 3000)),
    "tiny": Scale(5, 400, 20, 3, 150, 60, 2, (1600, 1200)),
}

MERCHANTS = ["Nordvik Store", "Maison Lumière", "Sportwerk", "Bokhandeln", "Atelier Ł", "Café Øst",
             "Straße & Co", "TechHub", "Modehaus Süd", "La Boutique"]
AGENTS = ["Inès Duval", "Malik Osei", "Anna Svensson", "Jürgen Weiß", "Zofia Łukasik", "Tom Reed",
          "assistant", "Claire Martin", "Ahmed Benali", "Lena Berg"]
WORDS = [
    "remboursement", "colis", "retour", "paiement", "référence", "promesse", "superviseur",
    "réclamation", "livraison", "endommagé", "refund", "parcel", "return", "payment", "reference",
    "promised", "supervisor", "complaint", "delivery", "damaged", "Rücksendung", "Zahlung",
    "återbetalning",
]


def main(argv: list[str] | None = None) -> int:
    """Generate a data folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    generate(args.folder, SCALES[args.scale], args.seed)
    return 0


def generate(folder: Path, scale: Scale, seed: int) -> DataPaths:
    """Fill ``folder`` (which must not hold a case file yet) and return its paths."""
    rng = random.Random(seed)
    paths = DataPaths(folder, folder / "config")
    if paths.database.exists():
        raise SystemExit(f"{paths.database} exists; generate into an empty folder")
    paths.ensure()
    db = open_database(paths.database, paths.backups_dir)
    store = EvidenceStore(paths.evidence_dir)
    start = datetime(2025, 1, 6, 8, tzinfo=UTC)
    counts = _interactions_per_case(scale, rng)
    with db.writing() as session:
        rows, stages, promises = [], [], []
        for case_id, count in enumerate(counts, start=1):
            case = _case(case_id, rng, start)
            when = start + timedelta(days=rng.randrange(0, 200))
            for index in range(count):
                when += timedelta(minutes=rng.randrange(30, 60 * 24 * 3))
                rows.append(_interaction(case_id, when, index, rng))
            steps = _stages(case_id, start, rng)
            case.stage = steps[-1]["stage"] if steps else Stage.FIRST_CONTACT  # type: ignore[assignment]
            session.add(case)
            stages.extend(steps)
            promises.extend(_promises(case_id, start, rng))
        session.flush()
        session.execute(insert(Interaction), rows)
        session.execute(insert(StageChange), stages)
        session.execute(insert(Promise), promises)
    _evidence(db, store, scale, rng, folder)
    db.close()
    return paths


def _interactions_per_case(scale: Scale, rng: random.Random) -> list[int]:
    rest = scale.interactions - scale.biggest_case - scale.dossier_interactions
    others = scale.cases - 2
    weights = [rng.random() + 0.5 for _ in range(others)]
    total = sum(weights)
    counts = [int(rest * w / total) for w in weights]
    counts[0] += rest - sum(counts)
    return [scale.biggest_case, scale.dossier_interactions, *counts]


def _case(number: int, rng: random.Random, start: datetime) -> Case:
    merchant = rng.choice(MERCHANTS)
    return Case(
        title=f"{rng.choice(['Colis', 'Order', 'Retour', 'Refund'])} {number} – {merchant}",
        country=rng.choice(["FR", "FR", "FR", "DE", "GB", "SE", "NL"]), merchant=merchant,
        product=rng.choice(list(Product)), order_ref=f"ORD-{number:05d}",
        klarna_ref=f"K-{rng.randrange(1000, 9999)}-{number}",
        amount=Decimal(rng.randrange(500, 99_999)) / 100, currency="EUR",
        purchase_date=date(2025, 1, 1) + timedelta(days=rng.randrange(0, 60)),
        problem=rng.choice(list(ProblemCategory)), problem_text=_sentence(rng, 30),
        remedy=_sentence(rng, 12), notes=_sentence(rng, 20), consumer_name="Camille Martin",
        consumer_email="camille.martin@example.fr", created_at=start, updated_at=start)


def _interaction(case_id: int, when: datetime, index: int, rng: random.Random) -> dict[str, object]:
    agent = rng.choice(AGENTS)
    return {
        "case_id": case_id, "occurred_at": when, "zone": "Europe/Paris",
        "channel": rng.choice(list(Channel)), "direction": rng.choice(list(Direction)),
        "agent_name": agent, "agent_kind": AgentKind.BOT if agent == "assistant" else AgentKind.HUMAN,
        "asked_for_human": rng.random() < 0.1, "transferred_to": "", "reference": f"R-{case_id}-{index}",
        "wait_minutes": rng.randrange(0, 40), "call_minutes": rng.randrange(0, 30),
        "summary": _sentence(rng, rng.randrange(8, 60)), "transcript": "",
        "outcome": rng.choice(list(Outcome)), "number_dialled": "", "tracking_number": "",
        "email_subject": "", "created_at": when, "updated_at": when, "deleted_at": None,
    }


def _stages(case_id: int, start: datetime, rng: random.Random) -> list[dict[str, object]]:
    steps = [Stage.SUPERVISOR_REQUESTED, Stage.SUPERVISOR, Stage.FORMAL_COMPLAINT]
    when = start + timedelta(days=rng.randrange(10, 100))
    rows = []
    for step in steps[: rng.randrange(0, 4)]:
        when += timedelta(days=rng.randrange(1, 20))
        rows.append({"case_id": case_id, "stage": step, "occurred_at": when, "zone": "Europe/Paris",
                     "reference": f"S-{case_id}-{step.value}", "body": "", "note": "",
                     "created_at": when, "deleted_at": None})
    return rows


def _promises(case_id: int, start: datetime, rng: random.Random) -> list[dict[str, object]]:
    return [{"case_id": case_id, "interaction_id": None, "text": _sentence(rng, 8),
             "due_date": (start + timedelta(days=rng.randrange(5, 300))).date(),
             "state": rng.choice(list(PromiseState)), "settled_at": None,
             "settled_by_interaction_id": None, "note": "", "created_at": start, "deleted_at": None}
            for _ in range(rng.randrange(0, 4))]


def _evidence(db: object, store: EvidenceStore, scale: Scale, rng: random.Random,
              folder: Path) -> None:
    from casekeeper.storage.engine import Database

    assert isinstance(db, Database)
    scratch = folder / "incoming"
    scratch.mkdir(exist_ok=True)
    noise = Image.effect_noise((scale.photo_size[0] // 4, scale.photo_size[1] // 4), 50)
    numbers: dict[int, int] = {}
    plan = [2] * scale.dossier_photos + [rng.randrange(1, scale.cases + 1)
                                         for _ in range(scale.photos - scale.dossier_photos)]
    plan += [rng.randrange(1, scale.cases + 1) for _ in range(scale.evidence - scale.photos)]
    drawn: list[bytes] = []
    with db.writing() as session:
        for index, case_id in enumerate(plan):
            is_photo = index < scale.photos
            source = scratch / (f"photo-{index}.jpg" if is_photo else f"document-{index}.txt")
            if is_photo and scale.drawn_photos and index >= scale.drawn_photos:
                source.write_bytes(_numbered_copy(drawn[index % len(drawn)], index))
            elif is_photo:
                _photo(source, index, noise, scale.photo_size)
                if scale.drawn_photos:
                    drawn.append(source.read_bytes())
            else:
                source.write_text(_sentence(rng, rng.randrange(50, 2000)), encoding="utf-8")
            stored = store.add(source)
            source.unlink()
            numbers[case_id] = numbers.get(case_id, 0) + 1
            session.add(Evidence(
                case_id=case_id, exhibit_no=numbers[case_id], title=source.stem,
                original_name=source.name, media_type="image/jpeg" if is_photo else "text/plain",
                size=stored.size, sha256=stored.sha256))
    scratch.rmdir()


def _photo(target: Path, index: int, noise: Image.Image, size: tuple[int, int]) -> None:
    grain = noise.resize(size, Image.Resampling.BILINEAR)
    gradient = Image.linear_gradient("L").resize(size)
    image = Image.merge("RGB", (Image.blend(grain, gradient, 0.4 + (index % 5) / 10),
                                gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT), grain))
    ImageDraw.Draw(image).text((40 + index, 40), f"photo {index}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    target.write_bytes(buffer.getvalue())


def _numbered_copy(jpeg: bytes, index: int) -> bytes:
    """The same picture with a comment segment naming ``index``: another file, same pixels."""
    comment = f"casekeeper benchmark copy {index}".encode("ascii")
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return jpeg[:2] + segment + jpeg[2:]  # right after the start-of-image marker


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


if __name__ == "__main__":
    sys.exit(main())
