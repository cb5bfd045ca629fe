"""The Belgian, French, Dutch and Norwegian packs carry every shown text in French, German and
Swedish, the sources' descriptions included: none of them falls back to English."""

from __future__ import annotations

from typing import Any

import pytest

from casekeeper.knowledge.loader import read_raw
from casekeeper.knowledge.translation import TRANSLATABLE, TRANSLATED_LANGUAGES

CASES = [(pack, language) for pack in ("BE", "FR", "NL", "NO") for language in TRANSLATED_LANGUAGES]


def missing(data: dict[str, Any], language: str) -> list[str]:
    """``entry.language.field`` for every English text of a channel, step or limit that has no
    translation in ``language`` (or a list translated with another number of items)."""
    found: list[str] = []

    def walk(kind: str, entries: dict[str, Any], where: str) -> None:
        for key, entry in entries.items():
            own = entry.get(language) or {}
            for field in TRANSLATABLE[kind]:
                english, translated = entry.get(field), own.get(field)
                if english and (
                    not translated or (isinstance(english, list) and len(translated) != len(english))
                ):
                    found.append(f"{where}.{key}.{language}.{field}")
            walk("limits", entry.get("limits", {}), f"{where}.{key}.limits")

    for kind in ("channels", "ladder"):
        walk(kind, data.get(kind, {}), kind)
    return found


def test_a_source_is_a_translatable_text() -> None:
    assert all("source" in fields for fields in TRANSLATABLE.values())


@pytest.mark.parametrize(("name", "language"), CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def test_every_text_and_source_is_translated(name: str, language: str) -> None:
    _filename, data = read_raw(name)
    assert missing(data, language) == []


def test_the_check_names_a_missing_source() -> None:
    _filename, data = read_raw("NO")
    del data["ladder"]["external-body"]["limits"]["arn-window"]["sv"]["source"]
    del data["channels"]["phone"]["de"]
    assert missing(data, "sv") == ["ladder.external-body.limits.arn-window.sv.source"]
    assert missing(data, "de") == ["channels.phone.de.source", "channels.phone.de.label"]
