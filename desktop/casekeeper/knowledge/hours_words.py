"""One opening_hours rule (``Mo-Fr 09:00-17:00``, ``PH off``) in words of any catalogue language.

The patterns (a range of days, one day, a span of times, a list) come from the catalogues, so
English keeps ``Monday to Friday 09:00-17:00`` and French says ``du lundi au vendredi de 09:00 à
17:00``.
"""

from __future__ import annotations

import re

from casekeeper.i18n import NP_, translator
from casekeeper.knowledge.wording import code_of, day_name, msg

_DAY = r"(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)"
_SELECTOR_RE = re.compile(rf"^{_DAY}(?:-{_DAY})?(?:,{_DAY}(?:-{_DAY})?)*$")
_TIMES_RE = re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*$")
_RANGE_RE = re.compile(rf"\b({_DAY})-({_DAY})\b")
_CODE_RE = re.compile(rf"\b({_DAY})\b")
_SPAN_RE = re.compile(r"\b(\d{2}:\d{2})-(\d{2}:\d{2})\b")

_DAY_RANGE = NP_("opening hours: a range of days", "{first} to {last}")
_ONE_DAY = NP_("opening hours: one day", "{day}")
_HOLIDAYS = NP_("opening hours: one day", "public holidays")
_SPAN = NP_("opening hours: a span of times", "{begin}-{end}")
_EVERY_DAY = NP_("opening hours: times on every day", "{times}")
_LIST = NP_("opening hours: the last item of a list", "{items}, {last}")
_SEPARATOR = NP_("opening hours: between two rules", "; ")


def hours_words(rules: list[str], language: str) -> str:
    """Every rule of an opening_hours expression in words, joined as the language does."""
    separator = translator(code_of(language)).marked(_SEPARATOR)
    return separator.join(rule_text(rule, language) for rule in rules)


def rule_text(rule: str, language: str) -> str:
    """One rule in words: ``Mo-Fr 09:00-17:00`` -> ``du lundi au vendredi de 09:00 à 17:00``.

    ``PH off`` -> ``fermé les jours fériés``, ``24/7`` -> ``ouvert 24 h/24, 7 j/7``; syntax beyond
    days and times (months, weeks, comments) keeps its shape with the day names and times in words.
    """
    say = translator(code_of(language)).marked
    rule = rule.strip()
    if rule == "24/7":
        return msg("hours_always", language)
    head, _space, rest = rule.partition(" ")
    rest = rest.strip()
    if _TIMES_RE.match(head) and not rest:
        return say(_EVERY_DAY).format(times=_times(head, language))
    if not _SELECTOR_RE.match(head):
        return _substituted(rule, language)
    days = _listed([_day_part(part, language) for part in head.split(",")], language)
    if not rest:
        return days
    if rest in {"off", "closed"}:
        return msg("hours_closed_on", language, days=days)
    if _TIMES_RE.match(rest):
        return f"{days} {_times(rest, language)}"
    return f"{days} {_substituted(rest, language)}"


def _listed(items: list[str], language: str) -> str:
    if len(items) == 1:
        return items[0]
    last = translator(code_of(language)).marked(_LIST)
    return last.format(items=", ".join(items[:-1]), last=items[-1])


def _day_part(part: str, language: str) -> str:
    say = translator(code_of(language)).marked
    first, _dash, last = part.partition("-")
    if last:
        return say(_DAY_RANGE).format(first=day_name(first, language),
                                      last=day_name(last, language))
    if first == "PH":
        return say(_HOLIDAYS)
    return say(_ONE_DAY).format(day=day_name(first, language))


def _times(spans: str, language: str) -> str:
    span = translator(code_of(language)).marked(_SPAN)
    return _listed([span.format(begin=begin, end=end) for begin, _dash, end
                    in (one.partition("-") for one in spans.split(","))], language)


def _substituted(text: str, language: str) -> str:
    say = translator(code_of(language)).marked
    text = _RANGE_RE.sub(lambda m: say(_DAY_RANGE).format(first=day_name(m[1], language),
                                                          last=day_name(m[2], language)), text)
    text = _CODE_RE.sub(lambda m: day_name(m[1], language), text)
    text = _SPAN_RE.sub(lambda m: say(_SPAN).format(begin=m[1], end=m[2]), text)
    return text.replace(",", ", ")
