"""The words of native notifications, per language (English, French), chosen from the language
in the person's settings; a language without its own table falls back to English, phrase by
phrase, so adding one is adding a table here."""

from __future__ import annotations

from datetime import date

from casekeeper.knowledge.wording import language_of, long_date

DEFAULT = "en"
MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "deadline_title": "Case Keeper: {case}",
        "deadline_body": "{label}, due {date} ({distance}).",
        "no_rules_body": "No rules known for this country ({country}): no deadline can be "
                         "worked out for this case. Open it and choose a supported country.",
        "due_today": "today",
        "due_tomorrow": "tomorrow",
        "due_in_days": "in {n} days",
        "overdue_day": "1 day late",
        "overdue_days": "{n} days late",
        "opening_title": "Case Keeper: {label} is open",
        "opening_body": "{label} opened at {time}, as you asked to be reminded.",
        "opening_body_case": "{label} opened at {time} (case: {case}).",
        "opening_late_title": "Case Keeper: {label} opened earlier",
        "opening_late_body": "{label} opened at {time} on {date}; check the opening hours "
                             "before you contact Klarna.",
        "open_case": "Open the case",
        "open_app": "Open Case Keeper",
    },
    "fr": {
        "deadline_title": "Case Keeper : {case}",
        "deadline_body": "{label}, échéance le {date} ({distance}).",
        "no_rules_body": "Aucune règle connue pour ce pays ({country}) : aucune échéance ne "
                         "peut être calculée pour ce dossier. Ouvrez-le et choisissez un pays "
                         "pris en charge.",
        "due_today": "aujourd'hui",
        "due_tomorrow": "demain",
        "due_in_days": "dans {n} jours",
        "overdue_day": "1 jour de retard",
        "overdue_days": "{n} jours de retard",
        "opening_title": "Case Keeper : {label} est ouvert",
        "opening_body": "{label} a ouvert à {time}, comme vous avez demandé à en être averti.",
        "opening_body_case": "{label} a ouvert à {time} (dossier : {case}).",
        "opening_late_title": "Case Keeper : {label} a ouvert plus tôt",
        "opening_late_body": "{label} a ouvert à {time} le {date} ; vérifiez les horaires "
                             "avant de contacter Klarna.",
        "open_case": "Ouvrir le dossier",
        "open_app": "Ouvrir Case Keeper",
    },
}


def language_code(language: str | None) -> str:
    """The language part of a setting or locale name: ``de`` for ``de_DE.UTF-8``, ``sv-SE``."""
    code = (language or "").strip().split(".")[0].lower().replace("_", "-").split("-")[0]
    return code or DEFAULT


def msg(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (English where that language has none), filled in."""
    table = MESSAGES.get(language_code(language), {})
    text = table.get(key) or MESSAGES[DEFAULT][key]
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
    return msg("overdue_day", language) if days == -1 else msg("overdue_days", language, n=-days)


def date_words(day: date, language: str) -> str:
    """A date in words, independent of the system locale (in the languages the wording knows)."""
    return long_date(day, language_of(language))
