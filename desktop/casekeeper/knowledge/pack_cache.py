"""Checked rulepacks kept on disk between runs, so a short command skips reading and checking one.

Checking a pack builds pydantic's validators for the whole format and runs them on every entry:
about a tenth of a second in each process that needs a pack, most of what a one-page letter does
besides drawing it. Once a process has checked a shipped pack, the result is stored here, and the
next process loads it in about a millisecond.

A stored pack is used only when everything it was made from is unchanged. Its file name carries
a digest of:
- the pack files (size and modification time);
- the source files of the modules that define and check the format (in a bundle: its executable);
- Python's version, and the installed files of pydantic, ``holidays`` and ``opening_hours``,
  whose answers the checks use.

The file starts with the SHA-256 of its contents. A missing, unreadable, damaged, too large or
foreign file is passed over and the pack is checked again; a cache that cannot be written is
simply not kept. Nothing depends on the cache: deleting the folder is always safe. The format is
in docs/rulepacks.md, "Rule pack cache".

Only the shipped packs are stored; a pack with the person's own overrides is checked each time.
The folder is chosen by the process (``keep_in``): the CLI and the app pass the data location's
cache folder. Without one (tests, tools) packs are only kept in memory.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.regular_files import open_regular

if TYPE_CHECKING:  # the app chooses the folder before its first paint: this module stays light
    from casekeeper.knowledge.schema import RulePack

log = logging.getLogger(__name__)

MAGIC = b"casekeeper rulepack cache 1\n"
LIMIT = 8 * 1024 * 1024
"""A stored pack is about 100 KB; a file larger than this is not one."""
_SUBFOLDER = "rulepacks"
_FORMAT_SOURCES = ("knowledge", "domain")
"""This package's folders whose modules define or check the format."""
_CHECKED_WITH = ("holidays", "opening_hours", "pydantic", "pydantic_core")

_folder: Path | None = None


def keep_in(folder: Path | None) -> None:
    """Store checked packs under ``folder`` (created when first written); None keeps none."""
    global _folder
    _folder = folder


def stored_or_built(name: str, pack_files: Iterable[Path], build: Callable[[], RulePack]) -> RulePack:
    """The pack ``name`` (``GB``) made from ``pack_files``: loaded from the cache when stored for
    exactly these files and this code, else ``build()`` (which checks it), then stored."""
    folder = _folder
    if folder is None:
        return build()
    key = _digest(name, pack_files)
    if key is None:
        return build()
    target = folder / _SUBFOLDER / f"{name}.{key}.pickle"
    stored = _load(target, name)
    if stored is not None:
        return stored
    pack = build()
    _store(target, pack)
    return pack


def _digest(name: str, pack_files: Iterable[Path]) -> str | None:
    """The key of a pack made from these files by this code; None when a file cannot be seen."""
    import hashlib  # here and below, not at import: the app names the folder before first paint

    digest = hashlib.sha256(MAGIC + name.encode() + sys.version.encode())
    try:
        for file in [*pack_files, *_code_files()]:
            info = file.stat()
            digest.update(f"{file}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    except (OSError, ValueError) as exc:
        log.info("rulepack %s not stored (%s)", name, exc)
        return None
    return digest.hexdigest()[:32]


def _code_files() -> list[Path]:
    """The files of the code that defines and checks the format.

    In a bundle, its executable (which holds every module); else the source files of this
    package's ``knowledge`` and ``domain`` modules and the installed entry file of each library
    the checks rely on (an upgrade replaces it).
    """
    if getattr(sys, "frozen", False):
        return [Path(sys.executable)]
    package = Path(__file__).resolve().parents[1]
    sources = sorted(path for folder in _FORMAT_SOURCES for path in (package / folder).glob("*.py"))
    if not sources:
        raise ValueError(f"no source files in {package}")
    from importlib.util import find_spec

    for library in _CHECKED_WITH:
        spec = find_spec(library)
        if spec is None or spec.origin is None:
            raise ValueError(f"{library} is not installed")
        sources.append(Path(spec.origin))
    return sources


def _load(target: Path, name: str) -> RulePack | None:
    """The pack stored in ``target``, or None when there is none or it cannot be trusted."""
    import hashlib
    import pickle

    try:
        content = _read_regular(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("stored rulepack %s not read (%s); checking the pack again", target.name, exc)
        return None
    head = len(MAGIC) + 32
    if content is None or content[:len(MAGIC)] != MAGIC or len(content) < head \
            or hashlib.sha256(content[head:]).digest() != content[len(MAGIC):head]:
        log.info("stored rulepack %s is damaged or foreign; checking the pack again", target.name)
        return None
    from casekeeper.knowledge.schema import RulePack

    try:
        pack = pickle.loads(content[head:])  # written by this code, verified above
    except Exception as exc:  # a class or value this code no longer has
        log.info("stored rulepack %s not loaded (%s); checking the pack again", target.name, exc)
        return None
    if not isinstance(pack, RulePack) or pack.country != name:
        return None
    return pack


def _read_regular(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is this user's regular file of at most LIMIT bytes, else
    None."""
    opened = open_regular(path)
    if opened is None:
        return None
    descriptor, info = opened
    with os.fdopen(descriptor, "rb") as handle:
        if info.st_size > LIMIT or not _own(info):
            return None
        content = handle.read(LIMIT + 1)
    return content if len(content) <= LIMIT else None


def _own(info: os.stat_result) -> bool:
    """On POSIX, whether the file is this user's and no one else can write it (a data folder
    chosen with --data-dir may be shared: a pickle planted there by someone else is not loaded)."""
    if os.name != "posix":
        return True
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _store(target: Path, pack: RulePack) -> None:
    """Write ``pack`` to ``target`` atomically and remove the older files of the same pack."""
    import hashlib
    import pickle

    from casekeeper.atomic_files import atomic_output  # tempfile: only when a pack is stored

    payload = pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL)
    content = MAGIC + hashlib.sha256(payload).digest() + payload
    folder = target.parent
    try:
        for made in (folder.parent, folder):  # the cache folder too: readable by its owner only
            made.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic_output(target) as temp:
            temp.write_bytes(content)
    except OSError as exc:  # a read-only or full disk: the pack is simply checked next time
        log.info("checked rulepack not stored in %s (%s)", folder, exc)
        return
    stem = target.name.split(".", 1)[0]
    for old in folder.glob(f"{stem}.*.pickle"):
        if old != target:
            with contextlib.suppress(OSError):
                old.unlink()
