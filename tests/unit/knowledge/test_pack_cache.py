"""Checked rulepacks kept between processes: the same pack as a fresh check, used only when nothing
it was made from changed, and never trusted when damaged, foreign, too large or not a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from casekeeper.knowledge import pack_cache
from casekeeper.knowledge.loader import load_pack, read_raw, shipped_pack_names, validate_pack
from casekeeper.knowledge.schema import RulePack
from casekeeper.resource_folder import resource

COUNTRIES = [*shipped_pack_names(), "CH"]  # CH: the generic pack adapted to a country

_LOAD_ALL = """
import json, sys
from pathlib import Path
from casekeeper.knowledge import loader, pack_cache
pack_cache.keep_in(Path(sys.argv[1]))
if sys.argv[2] == "stored-only":
    def refuse(*args, **kwargs):
        raise AssertionError("a stored pack was checked again")
    loader.validate_pack = refuse
packs = {code: loader.load_pack(code).model_dump(mode="json") for code in sys.argv[3:]}
print(json.dumps(packs))
"""


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """A cache folder this process stores packs in, forgotten afterwards."""
    folder = tmp_path / "cache"
    pack_cache.keep_in(folder)
    yield folder
    pack_cache.keep_in(None)


def _in_process(folder: Path, mode: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _LOAD_ALL, str(folder), mode, *COUNTRIES],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def test_a_second_process_loads_every_pack_as_checked_by_the_first(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = _in_process(folder, "check")
    stored = sorted(path.name.split(".")[0] for path in (folder / "rulepacks").iterdir())
    assert stored == sorted(COUNTRIES)
    second = _in_process(folder, "stored-only")  # validate_pack refuses: every pack is stored
    fresh = {code: load_pack(code).model_dump(mode="json") for code in COUNTRIES}
    assert first == second == fresh


def _pack_file(tmp_path: Path) -> Path:
    copy = tmp_path / "fr.toml"
    shutil.copyfile(resource("rulepacks", "fr.toml"), copy)
    return copy


class Checks:
    """A ``build`` that counts its calls and checks the real French pack."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> RulePack:
        self.calls += 1
        filename, data = read_raw("FR")
        return validate_pack(data, filename)


def _stored(cache: Path) -> list[Path]:
    return sorted((cache / "rulepacks").glob("*.pickle"))


def test_a_changed_pack_file_is_checked_again_and_replaces_the_old_one(
    cache: Path, tmp_path: Path
) -> None:
    source, checks = _pack_file(tmp_path), Checks()
    first = pack_cache.stored_or_built("FR", [source], checks)
    again = pack_cache.stored_or_built("FR", [source], checks)
    assert checks.calls == 1 and again == first
    [old] = _stored(cache)
    source.write_text(source.read_text("utf-8") + "\n# a corrected source\n", "utf-8")
    pack_cache.stored_or_built("FR", [source], checks)
    assert checks.calls == 2
    [new] = _stored(cache)
    assert new != old and not old.exists()


def test_a_changed_library_or_module_file_is_a_new_key(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, checks = _pack_file(tmp_path), Checks()
    pack_cache.stored_or_built("FR", [source], checks)
    module = tmp_path / "schema.py"
    module.write_text("# a newer format\n", "utf-8")
    real = pack_cache._code_files
    monkeypatch.setattr(pack_cache, "_code_files", lambda: [*real(), module])
    pack_cache.stored_or_built("FR", [source], checks)
    assert checks.calls == 2


def _damage(kind: str, path: Path) -> None:
    content = path.read_bytes()
    head = len(pack_cache.MAGIC) + 32
    if kind == "truncated":
        path.write_bytes(content[: len(content) // 2])
    elif kind == "a flipped byte":
        position = head + len(content[head:]) // 2
        path.write_bytes(content[:position] + bytes([content[position] ^ 0xFF]) + content[position + 1:])
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "another format":
        path.write_bytes(b"casekeeper rulepack cache 9\n" + content[len(pack_cache.MAGIC):])
    elif kind == "another object":
        import hashlib
        import pickle

        payload = pickle.dumps({"country": "FR"})
        path.write_bytes(pack_cache.MAGIC + hashlib.sha256(payload).digest() + payload)
    elif kind == "too large":
        with path.open("ab") as handle:
            handle.truncate(pack_cache.LIMIT + 1)
    elif kind == "a folder":
        path.unlink()
        path.mkdir()
    elif kind == "a pipe":
        path.unlink()
        os.mkfifo(path)  # no writer: a blocking open would hang here


@pytest.mark.parametrize("kind", [
    "truncated", "a flipped byte", "empty", "another format", "another object", "too large",
    "a folder", pytest.param("a pipe", marks=pytest.mark.skipif(os.name != "posix", reason="POSIX")),
])
def test_a_damaged_or_foreign_stored_pack_is_passed_over(
    cache: Path, tmp_path: Path, kind: str
) -> None:
    source, checks = _pack_file(tmp_path), Checks()
    expected = pack_cache.stored_or_built("FR", [source], checks)
    [stored] = _stored(cache)
    _damage(kind, stored)
    assert pack_cache.stored_or_built("FR", [source], checks) == expected
    assert checks.calls == 2
    if kind != "a folder":  # a folder in the way is left alone; the pack is simply checked
        assert pack_cache.stored_or_built("FR", [source], checks) == expected
        assert checks.calls == 2, "the damaged file was replaced by a sound one"


def test_another_countrys_pack_under_this_name_is_not_used(cache: Path, tmp_path: Path) -> None:
    source, checks = _pack_file(tmp_path), Checks()
    pack_cache.stored_or_built("FR", [source], checks)
    [stored] = _stored(cache)
    stored.rename(stored.with_name(stored.name.replace("FR.", "DE.", 1)))
    checked_de = Checks()
    pack_cache.stored_or_built("DE", [source], checked_de)
    assert checked_de.calls == 1


def test_without_a_folder_nothing_is_stored(tmp_path: Path) -> None:
    pack_cache.keep_in(None)
    checks = Checks()
    pack_cache.stored_or_built("FR", [_pack_file(tmp_path)], checks)
    pack_cache.stored_or_built("FR", [_pack_file(tmp_path)], checks)
    assert checks.calls == 2 and list(tmp_path.rglob("*.pickle")) == []


def test_a_missing_pack_file_keeps_nothing(cache: Path, tmp_path: Path) -> None:
    checks = Checks()
    pack_cache.stored_or_built("FR", [tmp_path / "gone.toml"], checks)
    assert checks.calls == 1 and not (cache / "rulepacks").exists()


def test_a_bundle_is_keyed_by_its_executable(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "casekeeper-cli"
    executable.write_bytes(b"a bundle")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert pack_cache._code_files() == [executable]
    source, checks = _pack_file(tmp_path), Checks()
    pack_cache.stored_or_built("FR", [source], checks)
    pack_cache.stored_or_built("FR", [source], checks)
    executable.write_bytes(b"a newer bundle")  # an update replaces the executable
    pack_cache.stored_or_built("FR", [source], checks)
    assert checks.calls == 2


def test_the_stored_file_is_the_documented_format(cache: Path, tmp_path: Path) -> None:
    import hashlib

    pack_cache.stored_or_built("FR", [_pack_file(tmp_path)], Checks())
    [stored] = _stored(cache)
    name, key, suffix = stored.name.split(".")
    assert (name, len(key), suffix) == ("FR", 32, "pickle")
    content = stored.read_bytes()
    head = len(pack_cache.MAGIC)
    assert content[:head] == b"casekeeper rulepack cache 1\n"
    assert content[head:head + 32] == hashlib.sha256(content[head + 32:]).digest()
    if os.name == "posix":
        for made in (stored, stored.parent, stored.parent.parent):
            assert made.stat().st_mode & 0o077 == 0, made


def test_a_file_where_the_cache_folder_goes_costs_only_time(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("not a folder", "utf-8")
    pack_cache.keep_in(blocked)
    try:
        checks = Checks()
        first = pack_cache.stored_or_built("FR", [_pack_file(tmp_path)], checks)
        assert pack_cache.stored_or_built("FR", [_pack_file(tmp_path)], checks) == first
    finally:
        pack_cache.keep_in(None)
    assert checks.calls == 2 and blocked.read_text("utf-8") == "not a folder"


@pytest.mark.skipif(os.name != "posix", reason="owners and modes are POSIX")
@pytest.mark.parametrize("change", ["writable by the group", "writable by anyone", "another owner"])
def test_a_stored_pack_others_could_have_written_is_not_loaded(
    cache: Path, tmp_path: Path, change: str
) -> None:
    source, checks = _pack_file(tmp_path), Checks()
    pack_cache.stored_or_built("FR", [source], checks)
    [stored] = _stored(cache)
    if change == "another owner":
        if os.geteuid() != 0:
            pytest.skip("only root can give a file away")
        os.chown(stored, 4242, 4242)
    else:
        stored.chmod(0o620 if change == "writable by the group" else 0o602)
    pack_cache.stored_or_built("FR", [source], checks)
    assert checks.calls == 2
