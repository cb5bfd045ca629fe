"""Makes reportlab treat U+202F (narrow no-break space, French money) as non-breaking."""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.platypus import paragraph

_NO_BREAK = "\u00a0\u202f\u2007\u2060"


@lru_cache(maxsize=1)
def keep_no_break_spaces() -> None:
    """Patch reportlab's word splitter once so no-break spaces stay inside words.

    reportlab 4-5 splits words on U+202F (and on U+00A0 when no U+00A0 precedes it in the text),
    which prints ``1 299,99 €`` with ordinary, breakable spaces. The splitter is replaced by one
    using every whitespace character except the no-break ones.
    """
    breaking = "".join(ch for ch in paragraph._wsc if ch not in _NO_BREAK)
    splitter = re.compile(f"[{re.escape(breaking)}]+").split

    def split(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if isinstance(delim, bytes):
            delim = delim.decode("utf8")
        if delim is not None:
            return text.split(delim)
        return splitter(text)

    paragraph.split = split
