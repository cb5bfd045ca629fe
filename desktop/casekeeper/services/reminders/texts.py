"""The words of native notifications and of ``casekeeper-cli notify``, in English and French."""

from __future__ import annotations

from datetime import date

from casekeeper.knowledge.wording import language_of, long_date

MESSAGES: dict[str, tuple[str, str]] = {
    "deadline_title": ("Case Keeper: {case}", "Case Keeper : {case}"),
    "deadline_body": ("{label}, due {date} ({distance}).", "{label}, échéance le {date} ({distance})."),
    "no_rules_body": ("No rules known for this country ({country}): no deadline can be worked out "
                      "for this case. Open it and choose a supported country.",
                      "Aucune règle connue pour ce pays ({country}) : aucune échéance ne peut être "
                      "calculée pour ce dossier. Ouvrez-le et choisissez un pays pris en charge."),
    "due_today": ("today", "aujourd'hui"),
    "due_tomorrow": ("tomorrow", "demain"),
    "due_in_days": ("in {n} days", "dans {n} jours"),
    "overdue_day": ("1 day late", "1 jour de retard"),
    "overdue_days": ("{n} days late", "{n} jours de retard"),
    "opening_title": ("Case Keeper: {label} is open", "Case Keeper : {label} est ouvert"),
    "opening_body": ("{label} opened at {time}, as you asked to be reminded.",
                     "{label} a ouvert à {time}, comme vous avez demandé à en être averti."),
    "opening_body_case": ("{label} opened at {time} (case: {case}).",
                          "{label} a ouvert à {time} (dossier : {case})."),
    "open_case": ("Open the case", "Ouvrir le dossier"),
    "open_app": ("Open Case Keeper", "Ouvrir Case Keeper"),
}


def msg(key: str, language: str, **values: object) -> str:
    """The phrase ``key`` in ``language`` (French for ``fr*``, else English), filled in."""
    english, french = MESSAGES[key]
    text = french if language_of(language) == "fr" else english
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
    """A date in words, independent of the system locale."""
    return long_date(day, language_of(language))
