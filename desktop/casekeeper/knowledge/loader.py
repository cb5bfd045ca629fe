"""Read the shipped rulepacks (resources/rulepacks) and validate them with plain-words errors.

A checked pack is kept for the next process by ``pack_cache`` when the process chose a folder.
"""

from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casekeeper.errors import KnownError
from casekeeper.knowledge.pack_cache import stored_or_built
from casekeeper.knowledge.schema import RulePack
from casekeeper.knowledge.translation import TRANSLATABLE, TRANSLATED_LANGUAGES
from casekeeper.resource_folder import resource

DEFAULT = "default"
_FOLDER = ("rulepacks",)
_NESTED = frozenset({"channels", "ladder", "tracks", "limits", "letters"})
_INHERITED = ("tracks", "letters")


class RulePackError(KnownError):
    """A rulepack or an override that cannot be used; names the file, the entry and the field."""

    def __init__(self, filename: str, entry: str, field: str, problem: str) -> None:
        self.filename = filename
        self.entry = entry
        self.field = field
        self.problem = problem
        super().__init__(f"In {filename}, entry {entry}, field {field}: {problem}")


def shipped_pack_names() -> list[str]:
    """The country codes of the shipped packs (``default`` excluded), sorted."""
    folder = resource(*_FOLDER)
    names = [item.name.removesuffix(".toml") for item in folder.iterdir()
             if item.name.endswith(".toml")]
    return sorted(name.upper() for name in names if name != DEFAULT)


def read_raw(name: str) -> tuple[str, dict[str, Any]]:
    """The file name and the parsed TOML of a shipped pack (``FR`` or ``default``); a deep copy."""
    filename, data = _read_cached(name.lower())
    return filename, copy.deepcopy(data)


def parse_pack(text: str, filename: str) -> RulePack:
    """Parse and validate a pack's TOML text; errors name ``filename``, the entry and the field."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(filename, "(whole file)", "(syntax)", f"not valid TOML: {exc}") from exc
    return validate_pack(data, filename)


def validate_pack(data: dict[str, Any], filename: str) -> RulePack:
    """Validate parsed TOML data as a pack; the first problem is raised as RulePackError."""
    try:
        return RulePack.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        entry, field = split_location(first["loc"])
        raise RulePackError(filename, entry, field, plain_problem(first)) from exc


def load_pack(country: str) -> RulePack:
    """The shipped pack for ``country`` (ISO code), or the generic pack adapted to that country."""
    return _load_cached(country.strip().upper())


def raw_for_country(country: str) -> tuple[str, dict[str, Any]]:
    """The file name and raw data of the pack that serves ``country`` (default pack adapted)."""
    code = country.strip().upper()
    if code in shipped_pack_names():
        filename, data = read_raw(code)
        return filename, with_default_tracks(data)
    filename, data = read_raw(DEFAULT)
    return filename, adapt_default(data, code)


def with_default_tracks(data: dict[str, Any]) -> dict[str, Any]:
    """A country pack with the generic pack's tracks and letter clocks it does not define."""
    _filename, generic = read_raw(DEFAULT)
    for section in _INHERITED:
        merged = dict(generic.get(section, {}))
        merged.update(data.get(section, {}))
        data[section] = merged
    return data


def adapt_default(data: dict[str, Any], country: str) -> dict[str, Any]:
    """Point the generic pack at ``country``: its code, and its holiday calendar when one exists."""
    from holidays.registry import EntityLoader  # the codes only: no country module is loaded

    data["country"] = country
    data["name"] = f"{country} (generic rules)"
    if country in EntityLoader.get_country_codes():
        data["holidays"] = {
            "country": country,
            "source": "holidays package (python-holidays), national calendar, taken as "
                      "Klarna's working days in this country",
            "level": "inferred",
        }
    return data


def split_location(loc: tuple[int | str, ...]) -> tuple[str, str]:
    """Split a pydantic error location into the entry (``channels.phone``) and the field."""
    parts = [str(part) for part in loc]
    entry: list[str] = []
    index = 0
    while index < len(parts):
        head = parts[index]
        if head == "holidays" and not entry:
            entry.append(head)
            index += 1
        elif head in _NESTED and index + 1 < len(parts):
            entry.extend(parts[index:index + 2])
            index += 2
        else:
            break
    rest = [part for part in parts[index:] if part != "[key]"]
    if rest:
        field = ".".join(rest)
    elif "[key]" in parts:
        field = "(name of the entry)"
    else:
        field = "(the whole entry)"
    return (".".join(entry) or "pack"), field


def plain_problem(error: Any) -> str:
    """One pydantic error in plain words."""
    kind = error["type"]
    translated = _translated_kind(tuple(str(part) for part in error["loc"]))
    if kind == "extra_forbidden" and translated is not None:
        names = ", ".join(TRANSLATABLE[translated])
        return f"only text fields can be translated here: {names} (check the spelling)"
    if kind == "missing":
        return "this field is required but missing"
    if kind == "extra_forbidden":
        return "this field is not part of the rulepack format (check its spelling)"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{message} (given: {error['input']!r})" if kind.startswith("enum") else message


def _translated_kind(loc: tuple[str, ...]) -> str | None:
    """The entry kind (``channels``...) when ``loc`` is a field inside a translation sub-table."""
    if len(loc) < 2 or loc[-2] not in TRANSLATED_LANGUAGES:
        return None
    kinds = [part for part in loc[:-2] if part in TRANSLATABLE]
    return kinds[-1] if kinds else None


@lru_cache(maxsize=32)
def _read_cached(stem: str) -> tuple[str, dict[str, Any]]:
    filename = f"{stem}.toml"
    item = resource(*_FOLDER, filename)
    if not item.is_file():
        raise RulePackError(filename, "(whole file)", "(file)", "no such rulepack is shipped")
    try:
        return filename, tomllib.loads(item.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(filename, "(whole file)", "(syntax)", f"not valid TOML: {exc}") from exc


@lru_cache(maxsize=32)
def _load_cached(country: str) -> RulePack:
    def checked() -> RulePack:
        filename, data = raw_for_country(country)
        return validate_pack(data, filename)

    return stored_or_built(country, _files_of(country), checked)


def _files_of(country: str) -> list[Path]:
    """The shipped files the pack serving ``country`` is made of."""
    own = [resource(*_FOLDER, f"{country.lower()}.toml")] if country in shipped_pack_names() else []
    return [*own, resource(*_FOLDER, f"{DEFAULT}.toml")]
