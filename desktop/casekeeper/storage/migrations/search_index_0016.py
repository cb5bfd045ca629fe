"""The full-text index as it stands from revision 0016: the same table, more prefix lists.

Only the ``prefix`` option differs from revision 0001 (every length from 1 to 12 instead of
``'2 3'``); the sources, rowids and triggers are those of :mod:`search_index_0001`.
"""

from typing import Any

from casekeeper.storage.migrations.search_index_0001 import KINDS, SOURCES, create_triggers

PREFIXES = " ".join(str(length) for length in range(1, 13))

__all__ = ["KINDS", "PREFIXES", "SOURCES", "create_search_index"]


def create_search_index(op: Any) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, kind UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{PREFIXES}')"
    )
    create_triggers(op)
