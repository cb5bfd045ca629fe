"""A letter written from the case file read with plain ``sqlite3``, without opening the workspace.

``casekeeper-cli letter`` is a short process: opening the workspace (SQLAlchemy, SQLModel, the
migration check, the tidying of leftovers) would cost it several times the letter itself. When
the case file is current and readable, the case and its country's overrides are read straight
from it (``storage/case_detail_reader.py``) and the letter is drafted and written by the same
code as ``LetterService`` (``letter_content``). Otherwise the answer is None and the caller
opens the workspace the ordinary way, which migrates, repairs or explains the problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casekeeper.domain.values import parse_country
from casekeeper.export.letters.draft import LetterDraft, LetterKind
from casekeeper.i18n import Language
from casekeeper.paths import DataPaths
from casekeeper.services.clock import Clock, SystemClock, today_in
from casekeeper.services.letter_content import draft_for, write_letter
from casekeeper.storage.case_detail_reader import read_case_for_letter


@dataclass(frozen=True, slots=True)
class WrittenLetter:
    """The draft that was written and its page count (1 for text)."""

    draft: LetterDraft
    pages: int


def quick_draft(
    paths: DataPaths,
    case_id: int,
    kind: LetterKind,
    language: Language = "en",
    promise_id: int | None = None,
    clock: Clock | None = None,
) -> LetterDraft | None:
    """The same draft as ``LetterService.draft``, or None when the file needs a full open."""
    the_clock = clock or SystemClock()
    read = read_case_for_letter(paths.database, case_id, today_in(the_clock), paths.evidence_dir)
    if read is None:
        return None
    from casekeeper.knowledge.loader import load_pack
    from casekeeper.knowledge.overrides import apply_overrides

    pack = apply_overrides(load_pack(parse_country(read.case.country)), read.overrides).pack
    return draft_for(read.case, pack, kind, language, the_clock.now(), promise_id)


def quick_letter(
    paths: DataPaths,
    case_id: int,
    kind: LetterKind,
    target: Path,
    language: Language = "en",
    promise_id: int | None = None,
    clock: Clock | None = None,
) -> WrittenLetter | None:
    """Draft the letter and write it to ``target`` (PDF, or text for .txt); None when the file
    needs a full open (nothing is written then)."""
    draft = quick_draft(paths, case_id, kind, language, promise_id, clock)
    if draft is None:
        return None
    return WrittenLetter(draft, write_letter(draft, target))
