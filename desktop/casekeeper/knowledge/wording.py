"""The knowledge layer's fixed phrases, units, dates and day names, translated through the gettext
catalogues (``resources/i18n/<lang>/LC_MESSAGES/casekeeper.po``) for any language they carry."""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

from casekeeper.i18n import N_, NP_, NPN_, PN_, formats, is_language, translator
from casekeeper.i18n.markers import InContext, Plural
from casekeeper.knowledge.wording_clocks import MORE_MESSAGES

Language = Literal["en", "fr"]
LANGUAGES: Final[tuple[Language, ...]] = ("en", "fr")
DEFAULT: Final[Language] = "en"

# Opening-hours day codes (Mo...Su, PH) as names; the hours' patterns are in hours_words.
DAYS: Final[dict[str, InContext]] = {
    "Mo": NP_("weekday", "Monday"), "Tu": NP_("weekday", "Tuesday"),
    "We": NP_("weekday", "Wednesday"), "Th": NP_("weekday", "Thursday"),
    "Fr": NP_("weekday", "Friday"), "Sa": NP_("weekday", "Saturday"),
    "Su": NP_("weekday", "Sunday"), "PH": NP_("weekday", "public holidays"),
}

# Clock units (keys are ClockUnit values), translated through the gettext catalogues.
UNITS: Final[dict[str, Plural]] = {
    "business-days": NPN_("clock unit", "business day", "business days"),
    "bank-days": NPN_("clock unit", "bank business day", "bank business days"),
    "working-days": NPN_("clock unit", "working day (Monday to Saturday)",
                         "working days (Monday to Saturday)"),
    "calendar-days": NPN_("clock unit", "calendar day", "calendar days"),
    "weeks": NPN_("clock unit", "week", "weeks"),
    "months": NPN_("clock unit", "month", "months"),
}

# The same units after "within" (German declines them: "innerhalb von 21 Arbeitstagen").
UNITS_WITHIN: Final[dict[str, Plural]] = {
    "business-days": NPN_("clock unit after 'within'", "business day", "business days"),
    "bank-days": NPN_("clock unit after 'within'", "bank business day", "bank business days"),
    "working-days": NPN_("clock unit after 'within'", "working day (Monday to Saturday)",
                         "working days (Monday to Saturday)"),
    "calendar-days": NPN_("clock unit after 'within'", "calendar day", "calendar days"),
    "weeks": NPN_("clock unit after 'within'", "week", "weeks"),
    "months": NPN_("clock unit after 'within'", "month", "months"),
}

# Stages (keys are Stage values) as nouns that follow "your" (German and Swedish say it inside).
_STAGES: Final[dict[str, InContext]] = {
    "first-contact": NP_("stage after 'your'", "first contact"),
    "follow-up": NP_("stage after 'your'", "follow up"),
    "supervisor-requested": NP_("stage after 'your'", "supervisor requested"),
    "supervisor": NP_("stage after 'your'", "supervisor"),
    "formal-complaint": NP_("stage after 'your'", "formal complaint"),
    "internal-review": NP_("stage after 'your'", "internal review"),
    "external-body": NP_("stage after 'your'", "external body"),
    "court": NP_("stage after 'your'", "court"),
    "resolved": NP_("stage after 'your'", "resolved"),
}

# Channels (keys are Channel values) as nouns that follow "your".
_CHANNELS: Final[dict[str, InContext]] = {
    "help-centre": NP_("channel after 'your'", "help centre"),
    "chat": NP_("channel after 'your'", "chat"),
    "app": NP_("channel after 'your'", "app"),
    "phone": NP_("channel after 'your'", "phone"),
    "email": NP_("channel after 'your'", "email"),
    "web-form": NP_("channel after 'your'", "web form"),
    "social": NP_("channel after 'your'", "social"),
    "letter": NP_("channel after 'your'", "letter"),
    "in-person": NP_("channel after 'your'", "in person"),
    "other": NP_("channel after 'your'", "other"),
}

# Events a consumer time limit is counted from (keys are ClockStart values).
_STARTS: Final[dict[str, str]] = {
    "first-complaint": N_("your first complaint to Klarna"),
    "final-response": N_("Klarna's final response"),
    "formal-complaint": N_("your formal complaint"),
    "purchase": N_("your purchase"),
    "problem-reported": N_("the day you reported the problem"),
    "letter-dated": N_("the letter you logged"),
}

# How a rule is known (keys are SourceLevel values), in plain words.
LEVELS: Final[dict[str, str]] = {
    "confirmed": N_("confirmed on a Klarna or official page"),
    "guide": N_("from a consumer guide, not confirmed by Klarna"),
    "inferred": N_("inferred from another country's rules, not confirmed"),
    "unknown": N_("not confirmed: no source found"),
    "your-record": N_("from your own records"),
}

# Deadline states (keys are DeadlineState values), the glossary's words.
_STATES: Final[dict[str, InContext]] = {
    "pending": NP_("deadline-state", "pending"), "met": NP_("deadline-state", "met"),
    "missed": NP_("deadline-state", "missed"), "overdue": NP_("deadline-state", "overdue"),
}

# Every fixed phrase, with ``{placeholders}``; a count's phrases are in PLURALS.
MESSAGES: Final[dict[str, str | InContext]] = {
    "clock_unknown": NP_("clock", "unknown"),
    "clock_range": N_("{low} to {amount} {units}"),
    "no_clock": N_("no clock stated"),
    "step_label": N_("{handler}: answer to your {stage}"),
    "your_event_on": N_("your {event} on {date}"),
    "limit_start_on": N_("{event} on {date}"),
    "sent_not_received": N_(" (the day sent; the rule counts from receipt)"),
    "received_on": N_("your {event}, received by Klarna on {date}"),
    "usually_within": N_("Klarna usually answers within {clock} (its own aim, not a deadline)"),
    "holding_extended": N_(" (extended to {clock} by Klarna's holding reply of {date})"),
    "request_words": N_("request"),
    "problem_reported_on": N_("problem reported on {date}"),
    "reply_label": N_("Klarna's reply to your {channel}"),
    "promise_label": N_("Promise {by_who}: {text}"),
    "promise_clock": N_("the date promised"),
    "promise_made_on": N_("promise made on {date}"),
    "promise_source": N_("Your journal: the promise as you recorded it"),
    "reason_overdue": N_(
        "Klarna has not answered your {stage} within {clock}: it was due on {date}."),
    "reason_pending": N_(
        "Klarna's answer to your {stage} is due on {date}. Wait for it; if it does not settle "
        "the problem, this is the next step."),
    "reason_answered": N_(
        "Klarna answered your {stage} on {date} and the problem is not resolved."),
    "reason_new_case": N_(
        "Nothing is recorded yet: start by contacting Klarna, and log the contact."),
    "reason_not_resolved": N_("The problem is not resolved."),
    "reason_blocked": N_(
        "The step “{stage}” needs Klarna's final response first: ask for it in writing."),
    "reason_route_open": N_(
        "The step “{stage}” needs Klarna's final response, which has not come: this step is "
        "open to you instead."),
    "minimum_unknown": N_(
        "{handler} takes only claims of at least {low} to {high} {currency}, depending on the "
        "kind of dispute: enter the case's amount to check it."),
    "minimum_below": N_(
        "Your claim of {amount} {currency} is below the minimum of {handler} ({low} to {high} "
        "{currency} depending on the kind of dispute): it will not be taken."),
    "minimum_maybe": N_(
        "Your claim of {amount} {currency} may be below the minimum of {handler} ({low} to "
        "{high} {currency} depending on the kind of dispute): check it before filing."),
    "minimum_other_currency": N_(
        "{handler} takes only claims of at least {low} to {high} {currency}, depending on the "
        "kind of dispute; your claim is {amount} {own}: check that it reaches the minimum in "
        "{currency}."),
    "limit_passed": N_("{label}: the limit passed on {date} (counted from {anchor})."),
    "respond_by_passed": N_(
        "{label}: the date in the letter, {date}, has passed (counted from {anchor}). Send your "
        "written dispute now all the same: a late answer is better than none; get free help "
        "before paying anything you dispute."),
    "limit_by": N_("{label}: by {date} (counted from {anchor})."),
    "hours_none": N_("No opening hours apply"),
    "hours_unknown": N_("Opening hours unknown"),
    "hours_always": N_("open 24 hours a day, 7 days a week"),
    "hours_closed_on": N_("closed on {days}"),
    "party_klarna": N_("Klarna must answer"),
    "party_consumer": N_("Your own time limit"),
    "ics_party": N_("{party}: {label}"),
    "ics_clock": N_("Clock: {clock}, started by {started_by}"),
    "ics_due": N_("Due: {date} (state on export: {state})"),
    "ics_source": N_("Source: {source}"),
    "ics_unverified": N_(" (unverified)"),
    "ics_alarm": N_("Due {date}: {label}"),
    **MORE_MESSAGES,
}
PLURALS: Final[dict[str, Plural]] = {
    "reason_contacts": PN_("The problem is not resolved after {n} contact",
                           "The problem is not resolved after {n} contacts"),
    "reason_promises": PN_(" and {n} promise not kept", " and {n} promises not kept"),
}


def language_of(language: str | None) -> Language:
    """``"fr"`` for French (``fr``, ``FR``, ``fr-BE``, ``fr_CA``), else the default ``"en"``
    (for the reminders' texts, which carry English and French only)."""
    code = code_of(language)
    return next((known for known in LANGUAGES if known == code), DEFAULT)


def code_of(language: str | None) -> str:
    """The catalogue language of a code or locale (``de-AT`` -> ``de``); English when unknown."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if is_language(code) else DEFAULT


def msg(key: str, language: str = DEFAULT, **values: object) -> str:
    """The phrase ``key`` in ``language`` with its ``{placeholders}`` filled in."""
    text = translator(code_of(language)).marked(MESSAGES[key])
    return text.format(**values) if values else text


def plural(key: str, count: int, language: str = DEFAULT) -> str:
    """The phrase ``key`` in the plural form of ``count`` for ``language`` (CLDR rules)."""
    return translator(code_of(language)).plural(PLURALS[key], count).format(n=count)


def long_date(day: date, language: str = DEFAULT) -> str:
    """A date in words, independent of the system locale: ``12 December 2026``, ``1er mai 2026``
    (Babel, with the catalogues' date patterns)."""
    return formats.long_date(day, code_of(language))


def unit_words(unit: str, amount: int, language: str = DEFAULT, *, within: bool = False) -> str:
    """A clock unit (a ClockUnit value) for ``amount`` in any language of the catalogues:
    ``business days``, ``jours ouvrés``, ``Arbeitstage``, ``arbetsdagar``; ``within`` gives the
    form that follows "within" (``innerhalb von 21 Arbeitstagen``)."""
    return translator(code_of(language)).plural((UNITS_WITHIN if within else UNITS)[unit], amount)


def _word(table: dict[str, InContext], key: str, language: str) -> str:
    if key not in table:
        return key.replace("-", " ")
    return translator(code_of(language)).marked(table[key])


def stage_words(stage: str, language: str = DEFAULT) -> str:
    """A stage (a Stage value) as a noun: ``formal complaint``, ``réclamation formelle``."""
    return _word(_STAGES, stage, language)


def channel_words(channel: str, language: str = DEFAULT) -> str:
    """A channel (a Channel value) as a noun: ``letter``, ``courrier``."""
    return _word(_CHANNELS, channel, language)


def start_words(start: str, language: str = DEFAULT) -> str:
    """An event a limit counts from (a ClockStart value): ``final response``, ``votre achat``."""
    if start not in _STARTS:
        return start.replace("-", " ")
    return translator(code_of(language)).gettext(_STARTS[start])


def level_words(level: str, language: str = DEFAULT) -> str:
    """How a rule is known (a SourceLevel value), in plain words."""
    if level not in LEVELS:
        return level
    return translator(code_of(language)).gettext(LEVELS[level])


def state_words(state: str, language: str = DEFAULT) -> str:
    """A deadline state (a DeadlineState value) in words: ``overdue``, ``en retard``."""
    return _word(_STATES, state, language) if state in _STATES else state


def day_name(code: str, language: str = DEFAULT) -> str:
    """An opening-hours day code (``Mo``...``Su``, ``PH``) as a name: ``Monday``, ``lundi``."""
    return translator(code_of(language)).marked(DAYS[code]) if code in DAYS else code


# English (the source language) writes a date inside a sentence as 2026-12-12, as before.
_ISO_DATES = NP_("grammar: answer 'yes' only if a date inside a sentence is written as 2026-12-12",
                 "yes")


def date_words(day: date, language: str = DEFAULT) -> str:
    """A date inside a sentence: ISO in English (as before), in words in the other languages."""
    if translator(code_of(language)).marked(_ISO_DATES) == "yes":
        return day.isoformat()
    return long_date(day, language)


_BY = NP_("who made a promise", "by {name}")
_BY_BEFORE_VOWEL = NP_("who made a promise, before a name starting with a vowel or h", "by {name}")


def by_whom(name: str, language: str = DEFAULT) -> str:
    """Who made a promise: ``by Malik``; French elides « d'Ines » before a vowel or a mute h."""
    first = name[:1].lower()
    vowel = bool(first) and first in "aeiouyhàâäéèêëîïôöùûüœæ"
    return translator(code_of(language)).marked(_BY_BEFORE_VOWEL if vowel else _BY).format(
        name=name)
