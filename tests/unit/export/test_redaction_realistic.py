"""Redaction of a realistic case: one number masked everywhere, GPS photos withheld and said,
pictures reproduced without metadata, screenshots warned about, natural attachment order."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pikepdf
from PIL import Image
from pypdf import PdfReader
from tests.unit.export.realistic_cases import FRENCH, build_case

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.enums import Channel
from casekeeper.export import DossierOptions
from casekeeper.export.exhibits import attachment_name
from casekeeper.export.images import prepare_image
from casekeeper.export.redaction import build_redactor
from casekeeper.paths import DataPaths
from casekeeper.services.clock import FixedClock
from casekeeper.services.workspace import Workspace, open_workspace

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def _open(tmp_path: Path) -> Workspace:
    paths = DataPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "data" / "config")
    return open_workspace(paths, FixedClock(NOW, "UTC"))


def test_a_number_masked_in_one_place_is_masked_everywhere(tmp_path: Path) -> None:
    workspace = _open(tmp_path)
    case_id = build_case(workspace, FRENCH)
    workspace.journal.log(case_id, InteractionInput(
        occurred_at=NOW, zone="Europe/Paris", channel=Channel.LETTER,
        tracking_number="0612345678", summary="Courrier suivi au 06 12 34 56 78"))
    case = workspace.cases.detail(case_id)
    redactor = build_redactor(case, (), "fr", True)
    assert redactor("0612345678") == "[masqué]"
    target = tmp_path / "masked.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(language="fr", redact=True))
    text = "\n".join(p.extract_text() or "" for p in PdfReader(target).pages)
    assert "0612345678" not in text and "06 12 34 56 78" not in text
    workspace.close()


def test_a_photo_with_its_gps_position_is_withheld_and_the_page_says_why(tmp_path: Path) -> None:
    workspace = _open(tmp_path)
    case_id = build_case(workspace, FRENCH)
    target = tmp_path / "masked.pdf"
    result = workspace.dossiers.export(case_id, target, DossierOptions(language="fr", redact=True))
    workspace.close()
    assert "E1" in result.withheld
    text = "\n".join(p.extract_text() or "" for p in PdfReader(target).pages)
    assert "position GPS" in text
    with pikepdf.open(target) as pdf:
        assert not any(name.startswith("E1-") for name in pdf.attachments)


def test_a_reproduced_picture_carries_no_metadata(tmp_path: Path) -> None:
    source = tmp_path / "gps.jpg"
    image = Image.new("RGB", (64, 48), (10, 200, 30))
    exif = Image.Exif()
    exif.get_ifd(0x8825)[1] = "N"
    exif[0x010F] = "PhoneMaker"
    image.save(source, exif=exif.tobytes(), quality=90)
    prepared = prepare_image(source, tmp_path, "e1")
    assert prepared is not None
    with Image.open(prepared[0]) as copy:
        assert not copy.getexif() and "xmp" not in copy.info and "exif" not in copy.info


def test_pictures_in_a_redacted_copy_come_with_a_warning(tmp_path: Path) -> None:
    workspace = _open(tmp_path)
    case_id = build_case(workspace, FRENCH)
    target = tmp_path / "masked.pdf"
    workspace.dossiers.export(case_id, target, DossierOptions(
        language="fr", redact=True, redacted_originals="all"))
    workspace.close()
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(target).pages).split())
    assert "ne peut pas être masquée" in text


def test_attachments_sort_e2_before_e10() -> None:
    names = sorted(attachment_name(n, "f.txt", 2) for n in (10, 2, 1))
    assert names == ["E01-f.txt", "E02-f.txt", "E10-f.txt"]
    assert attachment_name(3, "a/b.txt", 1) == "E3-a_b.txt"
