"""One opening_hours rule (``Mo-Fr 09:00-17:00``, ``PH off``) in French words."""

from __future__ import annotations

import re

from casekeeper.knowledge.wording import DAYS, msg

_FR = DAYS["fr"]
_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)"
_SELECTOR_RE = re.compile(rf"^{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*$")
_TIMES_RE = re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*$")
_RANGE_RE = re.compile(rf"\b({_DAY})-({_DAY})\b")
_CODE_RE = re.compile(rf"\b({_DAY})\b")
_SPAN_RE = re.compile(r"\b(\d{2}:\d{2})-(\d{2}:\d{2})\b")


def rule_text_fr(rule: str) -> str:
    """One rule in French: ``Mo-Fr 09:00-17:00`` -> ``du lundi au vendredi de 09:00 à 17:00``.

    ``PH off`` -> ``fermé les jours fériés``, ``24/7`` -> ``ouvert 24 h/24, 7 j/7``; syntax beyond
    days and times (months, weeks, comments) keeps its shape with the day names and times in words.
    """
    rule = rule.strip()
    if rule == "24/7":
        return msg("hours_always", "fr")
    head, _space, rest = rule.partition(" ")
    rest = rest.strip()
    if _TIMES_RE.match(head) and not rest:
        return f"tous les jours {_times(head)}"
    if not _SELECTOR_RE.match(head):
        return _substituted(rule)
    days = _days(head)
    if not rest:
        return days
    if rest in {"off", "closed"}:
        return msg("hours_closed_on", "fr", days=days)
    if _TIMES_RE.match(rest):
        return f"{days} {_times(rest)}"
    return f"{days} {_substituted(rest)}"


def _days(selector: str) -> str:
    parts = [_day_part(part) for part in selector.split(",")]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


def _day_part(part: str) -> str:
    first, _dash, last = part.partition("-")
    if last:
        return f"du {_FR[first]} au {_FR[last]}"
    return "les jours fériés" if first == "PH" else f"le {_FR[first]}"


def _times(spans: str) -> str:
    return " et ".join(f"de {begin} à {end}" for begin, _dash, end
                       in (span.partition("-") for span in spans.split(",")))


def _substituted(text: str) -> str:
    text = _RANGE_RE.sub(lambda m: f"du {_FR[m[1]]} au {_FR[m[2]]}", text)
    text = _CODE_RE.sub(lambda m: _FR[m[1]], text)
    return _SPAN_RE.sub(lambda m: f"de {m[1]} à {m[2]}", text).replace(",", ", ")
