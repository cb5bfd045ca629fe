"""services/files.py: the one bounded reader, with the reason of each refusal for the person's words."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from casekeeper.errors import InputError
from casekeeper.services.files import FileReadError, copy_limited, read_limited


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 3_000_000)
    assert read_limited(path, 3_000_000, "file") == b"x" * 3_000_000


def test_a_file_past_the_limit_is_refused_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(FileReadError) as refused:
        read_limited(path, 2048, "file")
    assert (refused.value.code, refused.value.limit) == ("too-large", 2048)
    assert isinstance(refused.value, InputError) and "2 KB" in str(refused.value)


def test_a_copy_streams_the_file_and_stops_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    path.write_bytes(b"From a\n" * 400_000)
    target = io.BytesIO()
    assert copy_limited(path, target, 10 * 1024 * 1024, "file") == path.stat().st_size
    assert target.getvalue() == path.read_bytes()
    with pytest.raises(FileReadError) as refused:
        copy_limited(path, io.BytesIO(), 1024 * 1024, "file")
    assert refused.value.code == "too-large"


def test_a_missing_file_and_a_folder_are_told_apart(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as missing:
        read_limited(tmp_path / "nothing.eml", 100, "file")
    with pytest.raises(FileReadError) as folder:
        read_limited(tmp_path, 100, "file")
    assert (missing.value.code, folder.value.code) == ("missing", "not-a-file")


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are a POSIX thing")
def test_a_fifo_without_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    with pytest.raises(FileReadError) as refused:
        read_limited(fifo, 100, "file")
    assert refused.value.code == "not-a-file"
