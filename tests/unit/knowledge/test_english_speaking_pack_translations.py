"""The English-speaking country packs (UK, Ireland, United States) in French, German and Swedish.

Every text a person sees, the entry's source included, has its own translation in each
language: a missing one is a failure here, never a silent fallback to English.
"""

from __future__ import annotations

from typing import Any

import pytest

from casekeeper.knowledge.loader import load_pack, read_raw
from casekeeper.knowledge.translation import TRANSLATABLE, localized

PACKS = ("GB", "IE", "US")
LANGUAGES = ("fr", "de", "sv")
CASES = [(pack, language) for pack in PACKS for language in LANGUAGES]


def _gate_gaps(entry: dict[str, Any], where: str) -> list[str]:
    """Agreement gates carry only a French table: its ``what`` and ``source``."""
    gate = entry.get("agreements")
    if not isinstance(gate, dict):
        return []
    own = gate.get("fr", {})
    return [
        f"{where}.agreements.fr.{field}"
        for field in ("what", "source")
        if gate.get(field) and not own.get(field)
    ]


def _untranslated(data: dict[str, Any], language: str) -> list[str]:
    missing: list[str] = []

    def walk(kind: str, entries: Any, where: str) -> None:
        for key, entry in (entries or {}).items():
            own = entry.get(language, {})
            for field in TRANSLATABLE[kind]:
                english, translated = entry.get(field), own.get(field)
                if english and (
                    not translated or (isinstance(english, list) and len(translated) != len(english))
                ):
                    missing.append(f"{where}.{key}.{language}.{field}")
            if language == "fr":
                missing.extend(_gate_gaps(entry, f"{where}.{key}"))
            walk("limits", entry.get("limits"), f"{where}.{key}.limits")

    for kind in ("channels", "ladder", "tracks", "letters"):
        walk(kind, data.get(kind), kind)
    return missing


@pytest.mark.parametrize(("name", "language"), CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def test_every_text_and_source_is_translated(name: str, language: str) -> None:
    _filename, data = read_raw(name)
    assert not _untranslated(data, language), _untranslated(data, language)


def test_the_check_finds_a_missing_swedish_source() -> None:
    _filename, data = read_raw("GB")
    del data["ladder"]["external-body"]["limits"]["fos-window"]["sv"]["source"]
    assert _untranslated(data, "sv") == ["ladder.external-body.limits.fos-window.sv.source"]


def test_the_check_finds_a_missing_french_gate_source() -> None:
    _filename, data = read_raw("GB")
    del data["ladder"]["external-body"]["agreements"]["fr"]["source"]
    assert _untranslated(data, "fr") == ["ladder.external-body.agreements.fr.source"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_proper_names_stay_as_they_are(language: str) -> None:
    gb, ie, us = (load_pack(name) for name in PACKS)
    assert "Financial Ombudsman Service" in localized(gb.ladder["external-body"], "handler", language)
    assert "Complaints Adjudicator" in localized(gb.ladder["internal-review"], "handler", language)
    assert "Financial Services and Pensions Ombudsman" in localized(
        ie.ladder["external-body"], "handler", language
    )
    assert "Consumer Financial Protection Bureau" in localized(
        us.ladder["external-body"], "handler", language
    )
    assert localized(gb.ladder["external-body"], "source", language) != gb.ladder["external-body"].source
