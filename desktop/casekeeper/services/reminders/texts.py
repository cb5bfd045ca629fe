"""The words of native notifications in the language of the person's settings.

Every phrase is in the gettext catalogues (context ``notification``); a language Case Keeper is
not written in gets English. Adding a language is adding its catalogue (docs/translating.md).
"""

from __future__ import annotations

from datetime import date

from casekeeper.i18n import NP_, NPN_, translator
from casekeeper.i18n.markers import InContext, Plural
from casekeeper.knowledge.wording import code_of, long_date

MESSAGES: dict[str, InContext | Plural] = {
    "deadline_title": NP_("notification", "Case Keeper: {case}"),
    "deadline_body": NP_("notification", "{label}, due {date} ({distance})."),
    "no_rules_body": NP_("notification",
                         "No rules known for this country ({country}): no deadline can be worked "
                         "out for this case. Open it and choose a supported country."),
    "due_today": NP_("notification", "today"),
    "due_tomorrow": NP_("notification", "tomorrow"),
    "due_in_days": NPN_("notification", "in {n} day", "in {n} days"),
    "overdue_days": NPN_("notification", "{n} day late", "{n} days late"),
    "opening_title": NP_("notification", "Case Keeper: {label} is open"),
    "opening_body": NP_("notification", "{label} opened at {time}, as you asked to be reminded."),
    "opening_body_case": NP_("notification", "{label} opened at {time} (case: {case})."),
    "opening_late_title": NP_("notification", "Case Keeper: {label} opened earlier"),
    "opening_late_body": NP_("notification",
                             "{label} opened at {time} on {date}; check the opening hours before "
                             "you contact Klarna."),
    "open_case": NP_("notification", "Open the case"),
    "open_app": NP_("notification", "Open Case Keeper"),
}


def msg(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (English for a language without a catalogue), filled in.

    A plural phrase takes its form from the value ``n``.
    """
    tr = translator(code_of(language))
    message = MESSAGES[key]
    if isinstance(message, Plural):
        n = values.get("n")
        text = tr.plural(message, n if isinstance(n, int) else 2)
    else:
        text = tr.marked(message)
    return text.format(**values) if values else text


def distance_words(due: date, today: date, language: str) -> str:
    """``today``, ``tomorrow``, ``in 3 days``, ``2 days late``."""
    days = (due - today).days
    if days == 0:
        return msg("due_today", language)
    if days == 1:
        return msg("due_tomorrow", language)
    if days > 1:
        return msg("due_in_days", language, n=days)
    return msg("overdue_days", language, n=-days)


def date_words(day: date, language: str) -> str:
    """A date in words in ``language``, independent of the system locale (English when unknown)."""
    return long_date(day, language)
