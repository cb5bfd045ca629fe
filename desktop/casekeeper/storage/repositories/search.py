"""Full-text search over the FTS5 index: prefix matching, accents ignored, best matches first."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlmodel import Session

from casekeeper.domain.column_types import UTCDateTime

_TOKEN = re.compile(r"\w+", re.UNICODE)

_QUERY = text("""
    SELECT s.case_id, c.title, s.kind, s.record_id,
           snippet(search_index, 0, '[', ']', '…', 12) AS snippet,
           i.occurred_at AS interaction_at, st.occurred_at AS stage_at
    FROM search_index AS s
    JOIN cases AS c ON c.id = s.case_id
    LEFT JOIN interactions AS i ON s.kind = 'interaction' AND i.id = s.record_id
    LEFT JOIN stage_changes AS st ON s.kind = 'stage' AND st.id = s.record_id
    WHERE search_index MATCH :query AND c.deleted_at IS NULL
    ORDER BY rank
    LIMIT :limit
""")

_CASE_IDS = text("""
    SELECT DISTINCT s.case_id FROM search_index AS s JOIN cases AS c ON c.id = s.case_id
    WHERE search_index MATCH :query AND c.deleted_at IS NULL
""")


def match_expression(user_text: str) -> str | None:
    """Quote each word and make it a prefix (as-you-type), all words required; None if no word."""
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words[:12])


class SearchRepository:
    """Reads of the full-text index."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def hits(self, user_text: str, limit: int = 50) -> list[tuple[int, str, str, int, str, object]]:
        """Raw hits: case id, case title, kind, record id, snippet, when (or None)."""
        expression = match_expression(user_text)
        if expression is None:
            return []
        decode = UTCDateTime().process_result_value
        rows = self.session.execute(_QUERY, {"query": expression, "limit": limit}).all()
        return [
            (case_id, title, kind, record_id, snippet,
             decode(i_at or s_at, None))  # type: ignore[arg-type]
            for case_id, title, kind, record_id, snippet, i_at, s_at in rows
        ]

    def case_ids(self, user_text: str) -> list[int]:
        """Ids of every case that matches."""
        expression = match_expression(user_text)
        if expression is None:
            return []
        return [row[0] for row in self.session.execute(_CASE_IDS, {"query": expression})]
