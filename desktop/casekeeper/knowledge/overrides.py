"""The person's own values over a shipped pack, by dotted keys like ``channels.phone.hours``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from casekeeper.i18n import N_, translator
from casekeeper.knowledge.loader import RulePackError, plain_problem
from casekeeper.knowledge.schema import RulePack
from casekeeper.knowledge.translation import TRANSLATED_LANGUAGES

OVERRIDES_FILE = "your overrides"
_OWN_VALUE = N_("Your own value (shipped source: {source})")
_PACK_FIELDS = frozenset({"entity", "zone"})
_FIELDS: dict[str, frozenset[str]] = {
    "holidays": frozenset({"subdivision"}),
    "channels": frozenset({"label", "hours", "hours_note", "number", "address", "url",
                           "first_answered_by", "reply_clock", "notes"}),
    "ladder": frozenset({"handler", "how", "contact", "must_contain", "clock", "clock_note",
                         "usual", "holding_clock"}),
    "limits": frozenset({"label", "clock", "note"}),
    "tracks": frozenset({"label", "handler", "how", "clock", "clock_label", "note",
                         "first_steps", "keep"}),
}
_EMPTY_IS_NONE = frozenset({"hours", "number", "address", "url", "reply_clock", "clock",
                            "subdivision", "usual", "holding_clock"})


@dataclass(frozen=True, slots=True)
class OverrideProblem:
    """An override that was not applied, and why in plain words."""

    key: str
    value: str
    reason: str


@dataclass(frozen=True, slots=True)
class EffectivePack:
    """A shipped pack with the person's overrides applied."""

    pack: RulePack
    applied: frozenset[str]
    entries: frozenset[str]
    problems: tuple[OverrideProblem, ...]

    def is_overridden(self, entry: str) -> bool:
        """Whether the entry (``channels.phone``, ``ladder.formal-complaint``...) was overridden."""
        return entry in self.entries


def split_key(key: str) -> tuple[list[str], str, str]:
    """Split an override key into the path of its entry, the entry's dotted name and the field.

    Raises :class:`RulePackError` when the key does not have one of the documented shapes.
    """
    parts = key.strip().split(".")
    shapes = {1: "pack", 2: "holidays", 3: "channels|ladder|tracks", 5: "limits"}
    kind = _kind(parts)
    if kind is None or shapes.get(len(parts)) is None:
        raise RulePackError(OVERRIDES_FILE, key, "(key)",
                            "not an override key; see docs/rulepacks.md, e.g. channels.phone.hours")
    field = parts[-1]
    allowed = _PACK_FIELDS if kind == "pack" else _FIELDS[kind]
    if field not in allowed:
        names = ", ".join(sorted(allowed))
        raise RulePackError(OVERRIDES_FILE, ".".join(parts[:-1]) or "pack", field,
                            f"this field cannot be overridden; allowed: {names}")
    return parts[:-1], ".".join(parts[:-1]) or "pack", field


def validate_override(pack: RulePack, key: str, value: str) -> None:
    """Check one override against ``pack`` with the pack's own rules; raises RulePackError."""
    _with_override(pack.model_dump(), key, value)


def apply_overrides(pack: RulePack, overrides: Mapping[str, str]) -> EffectivePack:
    """Apply every valid override to ``pack``; stale or invalid ones are reported, never dropped.

    An override of a text field (``channels.phone.label``) applies in every language: the
    field's shipped translations are dropped, so the person's own words are shown everywhere.
    """
    if not overrides:  # the usual case: the shipped pack itself (frozen), not a validated copy
        return EffectivePack(pack, frozenset(), frozenset(), ())
    data = pack.model_dump()
    applied: set[str] = set()
    entries: set[str] = set()
    problems: list[OverrideProblem] = []
    for key, value in sorted(overrides.items()):
        try:
            data = _with_override(data, key, value)
        except RulePackError as exc:
            problems.append(OverrideProblem(key, value, exc.message))
            continue
        applied.add(key)
        entries.add(split_key(key)[1])
    return EffectivePack(RulePack.model_validate(data), frozenset(applied), frozenset(entries),
                         tuple(problems))


def _with_override(data: dict[str, Any], key: str, value: str) -> dict[str, Any]:
    path, entry_name, field = split_key(key)
    updated = RulePack.model_validate(data).model_dump()
    entry = updated
    for part in path:
        if not isinstance(entry, dict) or part not in entry or entry[part] is None:
            raise RulePackError(OVERRIDES_FILE, entry_name, field,
                                "this entry no longer exists in the shipped rulepack")
        entry = entry[part]
    cleaned = value.strip()
    entry[field] = None if cleaned == "" and field in _EMPTY_IS_NONE else cleaned
    for language in TRANSLATED_LANGUAGES:
        translation = entry.get(language) if path else None
        if isinstance(translation, dict) and field in translation:
            translation[field] = None  # your value applies in every language
    if path:
        entry["overridden"] = True
        entry["level"] = "your-record"
        if not str(entry["source"]).startswith("Your own value"):
            _own_sources(entry)
    try:
        RulePack.model_validate(updated)
    except ValidationError as exc:
        raise RulePackError(OVERRIDES_FILE, entry_name, field,
                            plain_problem(exc.errors(include_url=False)[0])) from exc
    return updated


def _own_sources(entry: dict[str, Any]) -> None:
    """The entry's source, in English and in each translation, names the person's value and
    the shipped source in that language."""
    for language in TRANSLATED_LANGUAGES:
        translation = entry.get(language)
        shipped = (translation or {}).get("source") or entry["source"]
        own = translator(language).gettext(_OWN_VALUE).format(source=shipped)
        entry[language] = {**(translation or {}), "source": own}
    entry["source"] = _OWN_VALUE.format(source=entry["source"])


def _kind(parts: list[str]) -> str | None:
    if len(parts) == 1:
        return "pack"
    if parts[0] == "holidays" and len(parts) == 2:
        return "holidays"
    if parts[0] in {"channels", "tracks"} and len(parts) == 3:
        return parts[0]
    if parts[0] == "ladder" and len(parts) == 3:
        return "ladder"
    if parts[0] == "ladder" and len(parts) == 5 and parts[2] == "limits":
        return "limits"
    return None


def current_value(pack: RulePack, key: str) -> str | None:
    """The value of ``key`` in ``pack`` as override text (None when the entry or field is absent)."""
    path, _entry_name, field = split_key(key)
    node: Any = pack
    for part in path:
        node = _child(node, part)
        if node is None:
            return None
    value = getattr(node, field, None)
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value)
    if hasattr(value, "describe"):
        return str(value.describe())
    return str(value.value if hasattr(value, "value") else value)


def _child(node: Any, part: str) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            if str(getattr(key, "value", key)) == part:
                return value
        return None
    return getattr(node, part, None)
