"""Every text of every shipped rulepack that a person sees exists in French, German and Swedish,
and the English texts are English: a missing translation is a failure here, never a silent
English fallback in the window, the CLI, the dossier or the letters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from tests.unit.export.catalogue_words import catalogue_words, words

from casekeeper.knowledge.loader import read_raw
from casekeeper.knowledge.translation import TRANSLATABLE, TRANSLATED_LANGUAGES

PACKS = sorted(
    path.stem for path in (Path(__file__).resolve().parents[3] / "resources" / "rulepacks").glob("*.toml")
)

# Entries whose texts are shown, by kind (the kind names the translatable fields).
_NESTED = {
    "limits": "limits",
    "agreements": "agreements",
    "product_clocks": "product_clocks",
    "free_help": "free_help",
}


def _entries(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(kind, dotted name, raw entry) of every shown entry of a pack, nested ones included."""

    def nested(where: str, entry: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for key, kind in _NESTED.items():
            value = entry.get(key)
            if isinstance(value, dict) and key in ("limits", "free_help"):
                for name, child in value.items():
                    yield kind, f"{where}.{key}.{name}", child
                    yield from nested(f"{where}.{key}.{name}", child)
            elif isinstance(value, dict):
                yield kind, f"{where}.{key}", value
            elif isinstance(value, list):
                for number, child in enumerate(value):
                    yield kind, f"{where}.{key}[{number}]", child

    for kind in ("channels", "ladder", "tracks", "letters"):
        for key, entry in data.get(kind, {}).items():
            yield kind, f"{kind}.{key}", entry
            yield from nested(f"{kind}.{key}", entry)
    if isinstance(data.get("pause"), dict):
        yield "pause", "pause", data["pause"]


def untranslated(data: dict[str, Any]) -> list[str]:
    """``entry: field [language]`` for every shown English text without its translation."""
    missing = []
    for kind, where, entry in _entries(data):
        for field in TRANSLATABLE[kind]:
            english = entry.get(field)
            if not english:
                continue
            for language in TRANSLATED_LANGUAGES:
                translated = (entry.get(language) or {}).get(field)
                if isinstance(translated, str):
                    translated = translated.strip()
                elif isinstance(translated, list):
                    translated = [item for item in translated if str(item).strip()]
                count_differs = isinstance(english, list) and len(translated or []) != len(english)
                if not translated or count_differs:
                    missing.append(f"{where}: {field} [{language}]")
    return missing


@pytest.mark.parametrize("name", PACKS)
def test_every_shown_text_has_its_translations(name: str) -> None:
    filename, data = read_raw(name)
    missing = untranslated(data)
    assert not missing, f"{filename}: {len(missing)} missing:\n" + "\n".join(missing)


def _complete(**english: object) -> dict[str, object]:
    return {**english, **{language: dict(english) for language in TRANSLATED_LANGUAGES}}


def test_the_check_names_pack_entry_field_and_language() -> None:
    court = _complete(
        handler="A court", how="Get advice", must_contain=["The dossier"], source="general path"
    )
    del court["de"]["how"]  # type: ignore[attr-defined]
    court["sv"]["must_contain"] = []  # type: ignore[index]
    help_fr = _complete(text="service-public.fr explains", source="service-public.fr")
    del help_fr["sv"]
    track = _complete(label="Debt", handler="Collector", how="Dispute", source="pages")
    track["free_help"] = {"FR": help_fr}
    pause = _complete(label="Resumes", source="help pages")
    pause["fr"]["source"] = " "  # type: ignore[index]
    data = {"ladder": {"court": court}, "tracks": {"debt-collection": track}, "pause": pause}
    assert untranslated(data) == [
        "ladder.court: how [de]",
        "ladder.court: must_contain [sv]",
        "tracks.debt-collection.free_help.FR: source [sv]",
        "tracks.debt-collection.free_help.FR: text [sv]",
        "pause: source [fr]",
    ]


# --- The English texts are English ---------------------------------------------------------

# A local name may be quoted after an English description ('Innan du anmäler', „Problem melden“).
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“]*“|”[^”]*”|‘[^’]*’")
_ADDRESS = re.compile(r"\S+\.(?:com|se|fr|org|uk|eu|de|be|net|at|no|nl|ie|gov|dk|ch)\S*")
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ']+")
_RUN = 3  # this many words in a row that only another language uses make a sentence of it


@cache
def _foreign_only() -> dict[str, frozenset[str]]:
    """Language -> the words of its catalogue that the English messages never use."""
    found = catalogue_words()
    return {language: found[language] - found["en"] for language in TRANSLATED_LANGUAGES}


def foreign_runs(text: str) -> list[str]:
    """The runs of words of another language in ``text`` (quoted names and addresses aside)."""
    plain = _ADDRESS.sub(" . ", _QUOTED.sub(" . ", text))
    runs = []
    for language, vocabulary in _foreign_only().items():
        run: list[str] = []
        for token in [*_TOKEN.findall(plain), "."]:
            if len(token) < 4 and token != ".":
                continue  # short words ("de", "och", "und") neither start nor break a run
            if token.lower() in vocabulary and words(token):
                run.append(token)
                continue
            if len(run) >= _RUN:
                runs.append(f"{language}: {' '.join(run)}")
            run = []
    return runs


def _english_texts(data: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for kind, where, entry in _entries(data):
        for field in TRANSLATABLE[kind]:
            value = entry.get(field)
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and text:
                    yield where, field, text


@pytest.mark.parametrize("name", PACKS)
def test_english_texts_hold_no_sentence_of_another_language(name: str) -> None:
    filename, data = read_raw(name)
    found = [
        f"{where}: {field}: {run}"
        for where, field, text in _english_texts(data)
        for run in foreign_runs(text)
    ]
    assert not found, f"{filename}:\n" + "\n".join(found)


def test_the_scan_finds_a_german_sentence_but_not_a_quoted_name() -> None:
    assert foreign_runs("Klarna muss Ihre Beschwerde zuerst abschließend beantworten.")
    assert not foreign_runs("Use the form ('Bitte um Ihre abschließende Antwort beantworten').")
    assert not foreign_runs("Klarna must first give its final answer to your complaint.")
