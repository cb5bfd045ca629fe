"""The line shown under a search hit: a dozen words around the matches, matches in brackets.

Made here from the record's text rather than by FTS5's ``snippet()``, which would re-run the
query once per hit; the words are marked the way the search matched them (as prefixes, accents
and case ignored).
"""

from __future__ import annotations

import re
from functools import lru_cache

from casekeeper.storage.search_terms import folded, words_of

_TOKEN = re.compile(r"\w+", re.UNICODE)
WINDOW = 12


@lru_cache(maxsize=20_000)
def _key(word: str) -> str:
    return folded(word) or word.casefold()


def snippet(body: str, user_text: str, window: int = WINDOW) -> str:
    """Up to ``window`` words of ``body`` with the most query words, matches in ``[...]``."""
    prefixes = tuple(_key(word) for word in words_of(user_text))
    tokens = list(_TOKEN.finditer(body))
    if not tokens or not prefixes:
        return body.strip()
    keys = [_key(token.group()) for token in tokens]
    matched = [n for n, key in enumerate(keys) if key.startswith(prefixes)]
    best, best_score = 0, (-1, 0)
    for start in sorted({max(0, min(n - 2, len(tokens) - window)) for n in matched[:20]} or {0}):
        found = {p for n in matched if start <= n < start + window
                 for p in prefixes if keys[n].startswith(p)}
        score = (len(found), -start)
        if score > best_score:
            best, best_score = start, score
    end = min(len(tokens), best + window)
    marked = set(matched)
    parts, cursor = [], tokens[best].start()
    for n in range(best, end):
        token = tokens[n]
        parts.append(body[cursor:token.start()])
        parts.append(f"[{token.group()}]" if n in marked else token.group())
        cursor = token.end()
    text = "".join(parts)
    if best > 0:
        text = "…" + text
    if end < len(tokens):
        text += "…"
    return text
