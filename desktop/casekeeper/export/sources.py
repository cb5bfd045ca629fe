"""Where each deadline rule comes from, numbered once under the deadline table.

The deadlines and the advice are derived in the document's language, so their sources are the
rulepack's sources in that language (``[entry.de] source``); a test requires every shipped
source in every language.
"""

from __future__ import annotations

import re

from casekeeper.domain.dto import DeadlineView
from casekeeper.export.formatting import country_name
from casekeeper.i18n import N_, NP_, translator

_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|se|fr|org|uk|eu|de|be|net|at|gov)"
    r"(?:/[\w\-./#%?=&]*[\w/])?",
    re.IGNORECASE,
)
_SHEET = N_("Case Keeper's country sheet \u201c{country}\u201d")
_SEPARATOR = NP_("list separator", "; ")


def source_text(item: DeadlineView, language: str, country: str) -> str:
    """The source of ``item`` as the reader of a ``language`` document should see it."""
    return item.source or addresses_only("", language, country)


def addresses_only(source: str, language: str, country: str) -> str:
    """Only the web addresses a rulepack source names (its prose is English, page titles in any
    language), else the country sheet itself: what a document in any language can quote."""
    named = [m.group(0) for m in _ADDRESS.finditer(source)]
    unique = list(dict.fromkeys(named))
    if not unique:
        sheet = country_name(country, language)
        return translator(language).gettext(_SHEET).format(country=sheet)
    return translator(language).marked(_SEPARATOR).join(unique)


def numbered_sources(
    items: list[DeadlineView], language: str, country: str
) -> tuple[dict[str, int], list[str]]:
    """A number for each deadline key, and the distinct source texts in that order."""
    texts: list[str] = []
    numbers: dict[str, int] = {}
    for item in items:
        text = source_text(item, language, country)
        if text not in texts:
            texts.append(text)
        numbers[item.key] = texts.index(text) + 1
    return numbers, texts
