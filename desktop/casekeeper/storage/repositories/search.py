"""Full-text search over the FTS5 index: prefix matching, accents ignored, best matches first.

Both reads first walk the matching records newest first and stop after ``CANDIDATES`` of them,
so a keystroke costs about the same at 30,000 or 300,000 contacts. When a query matches no more
records than that (a *selective* query) the answer is exactly the full one: every match is
ranked (FTS5's bm25) and every matching case is listed. When it matches more, the answer says
so (``complete=False``): the hits are the newest matches, unranked (bm25 counts every match of
every word to weigh them, which is what made short prefixes slow), and the case list is not
narrowed (see the README's search section).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlmodel import Session

from casekeeper.domain.column_types import UTCDateTime
from casekeeper.storage.search_snippet import snippet
from casekeeper.storage.search_terms import (
    STRUCTURE_SQL,
    TERMS_SQL,
    VOCABULARY_VIEW,
    TermCache,
    expanded_expression,
    prefix_expression,
)

#: How many matching records a keystroke reads at most (newest first).
CANDIDATES = 1_000

_CANDIDATES = text("""
    SELECT s.rowid, s.case_id FROM search_index AS s JOIN cases AS c ON c.id = s.case_id
    WHERE search_index MATCH :query AND c.deleted_at IS NULL
    ORDER BY s.rowid DESC LIMIT :limit
""")

_RANKED = text("""
    SELECT s.rowid FROM search_index AS s JOIN cases AS c ON c.id = s.case_id
    WHERE search_index MATCH :query AND c.deleted_at IS NULL
    ORDER BY s.rank, s.rowid DESC LIMIT :limit
""")

_DETAILS = text("""
    SELECT s.rowid, s.case_id, c.title, s.kind, s.record_id, s.body,
           i.occurred_at AS interaction_at, st.occurred_at AS stage_at
    FROM search_index AS s
    JOIN cases AS c ON c.id = s.case_id
    LEFT JOIN interactions AS i ON s.kind = 'interaction' AND i.id = s.record_id
    LEFT JOIN stage_changes AS st ON s.kind = 'stage' AND st.id = s.record_id
    WHERE s.rowid IN :rows
""").bindparams(bindparam("rows", expanding=True))

Hit = tuple[int, str, str, int, str, object]


def match_expression(user_text: str) -> str | None:
    """Quote each word and make it a prefix (as-you-type), all words required; None if no word."""
    return prefix_expression(user_text)


@dataclass(frozen=True, slots=True)
class RankedHits:
    """The best hits, and whether every match was ranked (False: the newest matches, unranked)."""

    hits: list[Hit]
    complete: bool


@dataclass(frozen=True, slots=True)
class MatchingCases:
    """The cases that match, and whether that is all of them (False: too many matches to tell)."""

    ids: list[int]
    complete: bool


class SearchRepository:
    """Reads of the full-text index."""

    def __init__(self, session: Session, candidates: int = CANDIDATES,
                 cache: TermCache | None = None) -> None:
        self.session = session
        self.candidates = candidates
        self.cache = cache

    def expression(self, user_text: str) -> str | None:
        """The FTS5 query for ``user_text``: None without a word, ``""`` when nothing can match."""
        connection = self.session.connection().connection.driver_connection
        assert connection is not None
        connection.execute(VOCABULARY_VIEW)  # per connection, in the temporary schema

        def terms(lowest: str, above: str, limit: int) -> list[str]:
            return [row[0] for row in connection.execute(TERMS_SQL, (lowest, above, limit))]

        if self.cache is None:
            return expanded_expression(user_text, terms)
        version = connection.execute(STRUCTURE_SQL).fetchone()
        return expanded_expression(user_text, self.cache.lookup(version, terms))

    def _candidates(self, expression: str) -> tuple[list[tuple[int, int]], bool]:
        """(rowid, case id) of the newest ``CANDIDATES`` matches; True when that is all of them."""
        rows = self.session.execute(
            _CANDIDATES, {"query": expression, "limit": self.candidates + 1}).all()
        return [(row[0], row[1]) for row in rows[: self.candidates]], len(rows) <= self.candidates

    def ranked(self, user_text: str, limit: int = 50) -> RankedHits:
        """The best ``limit`` hits: case id, case title, kind, record id, snippet, when (or None)."""
        expression = self.expression(user_text)
        if not expression:
            return RankedHits([], True)
        candidates, complete = self._candidates(expression)
        if complete and len(candidates) > 1:  # few enough: rank them all, exactly as before
            best = [row[0] for row in self.session.execute(
                _RANKED, {"query": expression, "limit": limit})]
        else:
            best = [rowid for rowid, _case in candidates[:limit]]
        if not best:
            return RankedHits([], complete)
        order = {rowid: place for place, rowid in enumerate(best)}
        details = sorted(self.session.execute(_DETAILS, {"rows": best}).all(),
                         key=lambda row: order[row[0]])
        decode = UTCDateTime().process_result_value
        hits: list[Hit] = [
            (case_id, title, kind, record_id, snippet(body, user_text),
             decode(i_at or s_at, None))  # type: ignore[arg-type]
            for _rowid, case_id, title, kind, record_id, body, i_at, s_at in details
        ]
        return RankedHits(hits, complete)

    def hits(self, user_text: str, limit: int = 50) -> list[Hit]:
        """Raw hits: case id, case title, kind, record id, snippet, when (or None)."""
        return self.ranked(user_text, limit).hits

    def matching_cases(self, user_text: str) -> MatchingCases:
        """Ids of the cases that match, newest match first (each once)."""
        expression = self.expression(user_text)
        if not expression:
            return MatchingCases([], True)
        candidates, complete = self._candidates(expression)
        return MatchingCases(list(dict.fromkeys(case for _rowid, case in candidates)), complete)

    def case_ids(self, user_text: str) -> list[int]:
        """Ids of the cases that match (all of them only when ``matching_cases`` is complete)."""
        return self.matching_cases(user_text).ids
