"""A file's media type comes from its first bytes (the filetype library), else from its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from casekeeper.services.media_types import sniff_media_type

PAD = b"\0" * 300


@pytest.mark.parametrize(("head", "name", "expected"), [
    (b"%PDF-1.7\n" + PAD, "scan.bin", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n" + PAD, "photo.jpg", "image/png"),  # the bytes win over a wrong name
    (b"\xff\xd8\xff\xe0" + PAD, "photo", "image/jpeg"),
    (b"II*\x00\x08\x00\x00\x00" + PAD, "fax.tif", "image/tiff"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 " + PAD, "screen", "image/webp"),
    (b"MZ\x90\x00" + PAD, "invoice.pdf", "application/x-msdownload"),
    (b"\x7fELF\x02\x01\x01" + PAD, "receipt", "application/x-executable"),
    (b"PK\x03\x04" + PAD, "contract.odt", "application/vnd.oasis.opendocument.text"),
    (b"Bonjour,\nvoici ma facture.\n", "mail.txt", "text/plain"),
    (b"\x00\x01\x02\x03", "mystery", "application/octet-stream"),
])
def test_media_type_from_signature_then_name(tmp_path: Path, head: bytes, name: str, expected: str) -> None:
    path = tmp_path / "stored"
    path.write_bytes(head)
    assert sniff_media_type(path, name) == expected
