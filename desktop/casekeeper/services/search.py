"""Search every case: words match as prefixes, accents ignored, best matches first."""

from __future__ import annotations

from datetime import datetime

from casekeeper.domain.dto import SearchHit
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.search import SearchRepository


class SearchService:
    """Full-text search over summaries, references, agents, merchants, notes and exhibit titles."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """The best matches for ``text`` (every word must match, as a word prefix)."""
        with self._db.reading() as session:
            rows = SearchRepository(session).hits(text, limit)
        return [
            SearchHit(case_id=case_id, case_title=title, kind=kind, record_id=record_id,
                      snippet=" ".join(snippet.split()),
                      occurred_at=when if isinstance(when, datetime) else None)
            for case_id, title, kind, record_id, snippet, when in rows
        ]

    def matching_case_ids(self, text: str) -> list[int]:
        """Ids of the cases that match ``text``, for filtering the case list as one types."""
        with self._db.reading() as session:
            return SearchRepository(session).case_ids(text)
