"""Answers read straight from the case file before (or without) opening the workspace.

They exist for speed: the window fills its case list and ``casekeeper-cli case list`` prints
without importing the ORM. Each returns None when it cannot answer; the caller then opens the
workspace the ordinary way (which creates, migrates or explains the problem).
"""

from __future__ import annotations

from collections.abc import Sequence

from casekeeper.domain.case_summary import CaseSummary
from casekeeper.domain.enums import CaseStatus
from casekeeper.paths import DataPaths
from casekeeper.services.clock import Clock, SystemClock, today_in
from casekeeper.storage.case_list_reader import read_case_list


def case_list(paths: DataPaths, clock: Clock | None = None,
              statuses: Sequence[CaseStatus] | None = None) -> list[CaseSummary] | None:
    """The same list as ``CaseService.summaries``, or None when the file needs a full open."""
    return read_case_list(paths.database, today_in(clock or SystemClock()), statuses)


def quick_notices(paths: DataPaths) -> tuple[str, ...]:
    """What the plain read had to tell (a foreign write-ahead log set aside), once."""
    from casekeeper.storage.wal_guard import take_notice

    notice = take_notice(paths.database)
    return (notice,) if notice else ()
