"""The words each language's catalogue uses, for scans that find a word of another language."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
_MARKUP = re.compile(r"\{\w+\}|<[^>]+>|&\w+;")
_ADDRESS = re.compile(r"\S+\.(?:com|se|fr|org|uk|eu|de|be|net|test)\S*")


def words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased."""
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", text) if len(w) >= 4}


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [text for text in value if isinstance(text, str)] if isinstance(value, tuple) else []


@cache
def catalogue_words() -> dict[str, frozenset[str]]:
    """Language -> the words of its messages (English: the message ids)."""
    found: dict[str, set[str]] = {"en": set()}
    for path in sorted(I18N.glob("*/LC_MESSAGES/casekeeper.po")):
        language = path.parents[1].name
        with path.open("rb") as stream:
            catalogue = read_po(stream, locale=language)
        found[language] = set()
        for message in catalogue:
            if not message.id:
                continue
            if message.context and message.context.startswith(("grammar", "time ")):
                continue
            for text in _texts(message.string):
                found[language] |= words(_ADDRESS.sub(" ", _MARKUP.sub(" ", text)))
            for text in _texts(message.id):
                found["en"] |= words(_ADDRESS.sub(" ", _MARKUP.sub(" ", text)))
    return {language: frozenset(found_words) for language, found_words in found.items()}
