"""The messages inside the files the person chose: ``.eml``, Outlook ``.msg`` and ``mbox``."""

from __future__ import annotations

import mailbox
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casekeeper.services.files import FileReadError, copy_limited, open_readable, read_limited
from casekeeper.services.mail_message import MailMessage, parse_eml
from casekeeper.services.mail_outlook import CFB_SIGNATURE, OutlookMessageError, parse_msg

MAX_MESSAGE_BYTES = 50 * 1024 * 1024
MAX_MBOX_BYTES = 1024 * 1024 * 1024
MAIL_SUFFIXES = frozenset({".eml", ".msg", ".mbox", ".mbx"})
_FIELD = "e-mail file"


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file or message that is refused before anything is read from it."""

    source: str
    code: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Found:
    """One readable message and where it came from (``box.mbox #3`` for an mbox)."""

    source: str
    message: MailMessage


def is_mail_file(path: Path) -> bool:
    """True for the file names an import reads (the content decides how)."""
    return path.suffix.lower() in MAIL_SUFFIXES


def count_messages(paths: list[Path]) -> int:
    """How many messages the files hold, cheaply (an mbox counts its ``From`` lines)."""
    total = 0
    for path in paths:
        try:
            with open_readable(path, _FIELD) as handle:
                head = handle.read(5)
                if head != b"From ":
                    total += 1
                    continue
                total += 1 + sum(line.startswith(b"From ") for line in handle)
        except FileReadError:
            total += 1
    return total


def messages_in(paths: list[Path]) -> Iterator[Found | Unreadable]:
    """Each message of each file, in order; a file that cannot be read yields one Unreadable."""
    for path in paths:
        try:
            with open_readable(path, _FIELD) as handle:
                head = handle.read(8)
        except FileReadError as refused:
            yield Unreadable(path.name, refused.code, _detail(refused))
            continue
        if head.startswith(b"From ") and path.suffix.lower() not in (".eml", ".msg"):
            yield from _mbox(path)
        else:
            yield _single(path, head)


def _single(path: Path, head: bytes) -> Found | Unreadable:
    try:
        raw = read_limited(path, MAX_MESSAGE_BYTES, _FIELD)
    except FileReadError as refused:
        return Unreadable(path.name, refused.code, _detail(refused))
    if not raw:
        return Unreadable(path.name, "empty")
    if head.startswith(CFB_SIGNATURE) or path.suffix.lower() == ".msg":
        try:
            return Found(path.name, parse_msg(raw))
        except OutlookMessageError as exc:
            return Unreadable(path.name, "damaged-msg", str(exc)[:120])
    return _checked(path.name, parse_eml(raw))


def _mbox(path: Path) -> Iterator[Found | Unreadable]:
    with tempfile.TemporaryDirectory(prefix="casekeeper-mbox-") as folder:
        copy = Path(folder) / "copy.mbox"
        try:
            with copy.open("wb") as target:
                copied = copy_limited(path, target, MAX_MBOX_BYTES, _FIELD)
        except FileReadError as refused:
            yield Unreadable(path.name, refused.code, _detail(refused))
            return
        if not copied:
            yield Unreadable(path.name, "empty")
            return
        box = mailbox.mbox(copy, create=False)
        try:
            for number, key in enumerate(box.iterkeys(), start=1):
                source = f"{path.name} #{number}"
                raw = box.get_bytes(key)
                if len(raw) > MAX_MESSAGE_BYTES:
                    yield Unreadable(source, "too-large", str(MAX_MESSAGE_BYTES // (1024 * 1024)))
                    continue
                yield _checked(source, parse_eml(raw))
        finally:
            box.close()


def _checked(source: str, message: MailMessage) -> Found | Unreadable:
    if not (message.sender_address or message.subject or message.message_id
            or message.sent_at is not None):
        return Unreadable(source, "not-an-email")
    return Found(source, message)


def _detail(refused: FileReadError) -> str:
    return str(refused.limit // (1024 * 1024)) if refused.code == "too-large" else ""
