"""Search every case: words match as prefixes, accents ignored, best matches first.

A keystroke reads at most ``CANDIDATES`` matching records, newest first: a query that matches
no more than that is answered in full; one that matches more says so (``complete`` is False) and
is answered from its newest matches (see ``storage/repositories/search.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from casekeeper.domain.dto import SearchHit
from casekeeper.storage.engine import Database
from casekeeper.storage.repositories.search import CANDIDATES, SearchRepository
from casekeeper.storage.search_terms import TermCache

__all__ = ["CANDIDATES", "CaseMatches", "SearchResults", "SearchService"]


@dataclass(frozen=True, slots=True)
class SearchResults:
    """The best hits; ``complete`` is False when the query matched too many records to rank all."""

    hits: list[SearchHit]
    complete: bool


@dataclass(frozen=True, slots=True)
class CaseMatches:
    """The matching case ids; ``complete`` is False when more than ``read`` records matched."""

    ids: frozenset[int]
    complete: bool
    read: int = CANDIDATES


class SearchService:
    """Full-text search over summaries, references, agents, merchants, notes and exhibit titles."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.terms = TermCache()  # the words of each prefix typed, while the index is unchanged
        self.candidates = CANDIDATES  # matches one keystroke reads at most

    def _repository(self, session: Session) -> SearchRepository:
        return SearchRepository(session, candidates=self.candidates, cache=self.terms)

    def results(self, text: str, limit: int = 50) -> SearchResults:
        """The best matches for ``text`` (every word must match, as a word prefix)."""
        with self._db.reading() as session:
            ranked = self._repository(session).ranked(text, limit)
        hits = [
            SearchHit(case_id=case_id, case_title=title, kind=kind, record_id=record_id,
                      snippet=" ".join(snippet.split()),
                      occurred_at=when if isinstance(when, datetime) else None)
            for case_id, title, kind, record_id, snippet, when in ranked.hits
        ]
        return SearchResults(hits, ranked.complete)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """The best matches for ``text`` (see ``results``)."""
        return self.results(text, limit).hits

    def matching_cases(self, text: str) -> CaseMatches:
        """The cases that match ``text``, for filtering the case list as one types."""
        with self._db.reading() as session:
            found = self._repository(session).matching_cases(text)
        return CaseMatches(frozenset(found.ids), found.complete, self.candidates)

    def matching_case_ids(self, text: str) -> list[int]:
        """Ids of the cases that match ``text`` (all of them when ``matching_cases`` is complete)."""
        with self._db.reading() as session:
            return self._repository(session).case_ids(text)
