"""Turn what the person typed into an FTS5 query that stops early.

Every word is a prefix (as-you-type), accents and case are ignored, all words are required. A
prefix of one to twelve letters is answered by the index's own prefix lists (FTS5 ``prefix``,
migration 0016). A longer prefix is written as the words of the index that start with it
(``"remboursemen"*`` becomes ``"remboursement"``, read from an ``fts5vocab`` view): FTS5
merges the lists of a prefix query in full before it returns a row, whereas it walks an OR of
words lazily, so a query with ``LIMIT`` stops after the rows it needs. The two forms match the
same records. A word whose accent folding is not plain ASCII, or that stands for more than
``MAX_TERMS`` words, stays a prefix query (still right, only slower).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 12
MAX_TERMS = 64
#: Prefixes up to this length have their own lists in the index (migration 0016).
INDEXED_PREFIX = 12

VOCABULARY_VIEW = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                   "USING fts5vocab(main, search_index, row)")
TERMS_SQL = "SELECT term FROM temp.search_terms WHERE term >= ? AND term < ? LIMIT ?"

TermLookup = Callable[[str, str, int], Sequence[str]]
"""``(lowest, above, limit)`` → the index's terms in ``[lowest, above)``, at most ``limit``."""


def words_of(user_text: str) -> list[str]:
    """The words that are searched (at most ``MAX_WORDS``)."""
    return WORD.findall(user_text)[:MAX_WORDS]


def prefix_expression(user_text: str) -> str | None:
    """Each word quoted as a prefix, all required; None when there is no word."""
    words = words_of(user_text)
    return " ".join(f'"{word}"*' for word in words) if words else None


def folded(word: str) -> str | None:
    """The word as the index stores it (lower case, accents removed), or None if unsure.

    Only words that fold to plain ASCII are trusted: that is where Python's decomposition and
    the ``unicode61`` tokenizer are known to agree.
    """
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word)
                    if not unicodedata.combining(ch))
    return plain.lower() if plain.isascii() else None


def expanded_expression(user_text: str, terms: TermLookup) -> str | None:
    """The query with long prefixes written as their words; ``""`` when a word matches nothing."""
    words = words_of(user_text)
    if not words:
        return None
    parts = []
    for word in words:
        key = folded(word)
        if key is None or len(key) <= INDEXED_PREFIX:
            parts.append(f'"{word}"*')
            continue
        found = terms(key, key[:-1] + chr(ord(key[-1]) + 1), MAX_TERMS + 1)
        if not found:
            return ""  # no word of the index starts with it: nothing can match
        if len(found) > MAX_TERMS:
            parts.append(f'"{word}"*')
        else:
            parts.append("(" + " OR ".join(f'"{term}"' for term in found) + ")")
    return " AND ".join(parts)


#: The FTS5 structure record: it changes with every write to the index, so it dates a cache.
STRUCTURE_SQL = "SELECT block FROM search_index_data WHERE id = 10"


class TermCache:
    """The words found for each long prefix, kept while the index does not change.

    Typing ``livr``, ``livra``, ``livrai``… asks the index once: the longer prefixes are the
    shorter one's words that still match.
    """

    def __init__(self) -> None:
        self._version: object = None
        self._known: dict[str, list[str]] = {}

    def lookup(self, version: object, fetch: TermLookup) -> TermLookup:
        """A lookup that answers from the cache when ``version`` (the structure record) is unchanged."""
        if version != self._version:
            self._known.clear()
            self._version = version

        def terms(lowest: str, above: str, limit: int) -> Sequence[str]:
            found = self._known.get(lowest)
            if found is None:
                found = self._derived(lowest)
            if found is None:
                found = list(fetch(lowest, above, limit))
            self._known[lowest] = found
            return found[:limit]

        return terms

    def _derived(self, prefix: str) -> list[str] | None:
        for length in range(len(prefix) - 1, INDEXED_PREFIX, -1):
            shorter = self._known.get(prefix[:length])
            if shorter is not None and len(shorter) <= MAX_TERMS:  # a complete list
                return [term for term in shorter if term.startswith(prefix)]
        return None

    def clear(self) -> None:
        """Forget every prefix (the benchmark types each phrase afresh)."""
        self._known.clear()
        self._version = None
