"""Redaction: masked strings exist nowhere in the file, text, metadata, outline or attachments."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from casekeeper.export import DossierResult, render_dossier
from casekeeper.export.redaction import Redactor
from conftest import (
    CONSUMER_EMAIL,
    CONSUMER_IBAN,
    CONSUMER_NAME,
    CONSUMER_PHONE,
    make_request,
)

SECRETS = (
    CONSUMER_NAME,
    "Durand",
    CONSUMER_EMAIL,
    CONSUMER_IBAN,
    CONSUMER_PHONE,
    "Lilas",
    "4477 1234",
)


def _variants(secret: str) -> list[bytes]:
    forms = {secret, secret.replace(" ", ""), secret.upper()}
    out: list[bytes] = []
    for form in forms:
        out += [
            form.encode("utf-8"),
            form.encode("utf-16-be"),
            form.encode("utf-16-be").hex().encode(),
        ]
    return out


def _decoded(stream: pikepdf.Stream) -> bytes:
    try:
        return stream.read_bytes(pikepdf.StreamDecodeLevel.generalized)
    except pikepdf.PdfError:  # a JPEG: nothing textual to decode
        return stream.read_raw_bytes()


@pytest.fixture
def redacted(store: Path, tmp_path: Path) -> DossierResult:
    request = make_request(store, redact=True)
    return render_dossier(request, tmp_path / "redacted.pdf")


def test_patterns_mask_email_phone_iban_and_long_account_numbers() -> None:
    mask = Redactor(strings=())
    text = (
        f"{CONSUMER_EMAIL} {CONSUMER_PHONE} {CONSUMER_IBAN} 4970101234567890 06 12 34 56 78 "
        "4970-1012-3456-7890"
    )
    assert mask(text).split() == ["[redacted]"] * 6


def test_references_and_dates_are_left_alone() -> None:
    text = "FR-2026-0098123 KL-882-114-09 2026-10-12 1 299,99 €"
    assert Redactor(strings=())(text) == text


def test_extracted_text_holds_no_masked_string(redacted: DossierResult) -> None:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(redacted.path).pages)
    assert "[masqué]" in text
    for secret in SECRETS:
        assert secret.lower() not in text.lower()


def test_raw_bytes_hold_no_masked_string(redacted: DossierResult) -> None:
    raw = redacted.path.read_bytes()
    for secret in SECRETS:
        for form in _variants(secret):
            assert form not in raw


def test_decompressed_streams_hold_no_masked_string(redacted: DossierResult) -> None:
    with pikepdf.open(redacted.path) as pdf:
        blobs = [_decoded(obj) for obj in pdf.objects if isinstance(obj, pikepdf.Stream)]
        blobs.append(str(pdf.docinfo).encode("utf-8"))
    for blob in blobs:
        for secret in SECRETS:
            for form in _variants(secret):
                assert form not in blob


def test_metadata_outline_and_attachment_names_are_masked(store: Path, tmp_path: Path) -> None:
    request = make_request(store, redact=True, redact_strings=("colis",))
    result = render_dossier(request, tmp_path / "r.pdf")
    reader = PdfReader(result.path)
    assert reader.metadata is not None
    assert "colis" not in str(reader.metadata)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    titles += [x.title for item in reader.outline if isinstance(item, list) for x in item]
    assert "E1 – Photo du [masqué] écrasé" in titles
    with pikepdf.open(result.path) as pdf:
        names = list(pdf.attachments)
    assert names
    assert "E1-[masqué]-ecrase.jpg" in names
    assert all("colis" not in n for n in names)


def test_originals_that_leak_are_withheld_by_default(redacted: DossierResult) -> None:
    assert redacted.withheld == ("E4", "E5")
    with pikepdf.open(redacted.path) as pdf:
        assert sorted(pdf.attachments) == [
            "E1-colis-ecrase.jpg",
            "E2-carton-12mp.jpg",
            "E3-suivi-colis.pdf",
        ]


def test_all_originals_can_be_kept_on_request(store: Path, tmp_path: Path) -> None:
    request = make_request(store, redact=True, redacted_originals="all")
    result = render_dossier(request, tmp_path / "all.pdf")
    assert result.withheld == ()
    assert len(result.attached) == 5


@pytest.mark.parametrize("number", ["(415) 555-2671", "415-555-2671", "415.555.2671", "+1 415 555 2671"])
def test_us_phone_numbers_are_masked(number: str) -> None:
    assert Redactor(strings=())(f"Call {number} after 5 pm") == "Call [redacted] after 5 pm"


@pytest.mark.parametrize(
    "number", ["070-123 45 67", "08-123 456 78", "+46 70 123 45 67", "0046 8 123 456 78"]
)
def test_swedish_phone_numbers_are_masked(number: str) -> None:
    assert Redactor(strings=())(f"Ring {number} i morgon") == "Ring [redacted] i morgon"


def test_uk_and_german_numbers_are_masked_in_their_own_formats() -> None:
    text = "UK 020 7946 0958, DE 030 12345678"
    assert Redactor(strings=())(text) == "UK [redacted], DE [redacted]"


def test_order_numbers_amounts_dates_and_times_are_not_taken_for_phone_numbers() -> None:
    text = "Order 1234567 of 24/11/2026 at 10:30, 129,99 EUR, ref 2026-11-24"
    assert Redactor(strings=())(text) == text
