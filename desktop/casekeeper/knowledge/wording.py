"""English and French wording of the knowledge layer: fixed phrases, units, dates, day names."""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

from casekeeper.i18n import NPN_, formats, translator
from casekeeper.i18n.markers import Plural
from casekeeper.knowledge.wording_clocks import MORE_MESSAGES

Language = Literal["en", "fr"]
LANGUAGES: Final[tuple[Language, ...]] = ("en", "fr")
DEFAULT: Final[Language] = "en"

# Opening-hours day codes (Mo...Su, PH) in words.
DAYS: Final[dict[Language, dict[str, str]]] = {
    "en": {"Mo": "Monday", "Tu": "Tuesday", "We": "Wednesday", "Th": "Thursday",
           "Fr": "Friday", "Sa": "Saturday", "Su": "Sunday", "PH": "public holidays"},
    "fr": {"Mo": "lundi", "Tu": "mardi", "We": "mercredi", "Th": "jeudi", "Fr": "vendredi",
           "Sa": "samedi", "Su": "dimanche", "PH": "jours fériés"},
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

# Stages (keys are Stage values) as nouns that follow "your" / "votre".
_STAGES_FR: Final[dict[str, str]] = {
    "first-contact": "premier contact",
    "follow-up": "relance",
    "supervisor-requested": "demande de responsable",
    "supervisor": "démarche auprès d'un responsable",
    "formal-complaint": "réclamation formelle",
    "internal-review": "demande de réexamen",
    "external-body": "saisine de l'organisme externe",
    "court": "action en justice",
    "resolved": "résolution",
}

# Channels (keys are Channel values) as nouns that follow "your" / "votre".
_CHANNELS_FR: Final[dict[str, str]] = {
    "help-centre": "message par le centre d'aide",
    "chat": "message par chat",
    "app": "message dans l'application",
    "phone": "appel téléphonique",
    "email": "e-mail",
    "web-form": "formulaire en ligne",
    "social": "message sur les réseaux sociaux",
    "letter": "courrier",
    "in-person": "visite",
    "other": "contact",
}

# Events a consumer time limit is counted from (keys are ClockStart values).
_STARTS_EN: Final[dict[str, str]] = {
    "first-complaint": "your first complaint to Klarna",
    "final-response": "Klarna's final response",
    "formal-complaint": "your formal complaint",
    "purchase": "your purchase",
    "problem-reported": "the day you reported the problem",
    "letter-dated": "the letter you logged",
}
_STARTS_FR: Final[dict[str, str]] = {
    "first-complaint": "votre première réclamation auprès de Klarna",
    "final-response": "la réponse définitive de Klarna",
    "formal-complaint": "votre réclamation formelle",
    "purchase": "votre achat",
    "problem-reported": "le signalement du problème",
    "letter-dated": "le courrier noté",
}

# How a rule is known (keys are SourceLevel values), in plain words.
LEVELS: Final[dict[Language, dict[str, str]]] = {
    "en": {"confirmed": "confirmed on a Klarna or official page",
           "guide": "from a consumer guide, not confirmed by Klarna",
           "inferred": "inferred from another country's rules, not confirmed",
           "unknown": "not confirmed: no source found",
           "your-record": "from your own records"},
    "fr": {"confirmed": "confirmé sur une page de Klarna ou officielle",
           "guide": "tiré d'un guide pour consommateurs, non confirmé par Klarna",
           "inferred": "déduit des règles d'un autre pays, non confirmé",
           "unknown": "non confirmé : aucune source trouvée",
           "your-record": "d'après vos propres notes"},
}

# Deadline states (keys are DeadlineState values).
_STATES_FR: Final[dict[str, str]] = {
    "pending": "en cours", "met": "respecté", "missed": "dépassé", "overdue": "en retard",
}

# Every fixed phrase: key -> (English, French), with ``{placeholders}``.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # clocks
    "clock_unknown": ("unknown", "inconnu"),
    "clock_range": ("{low} to {amount} {units}", "{low} à {amount} {units}"),
    "no_clock": ("no clock stated", "aucun délai indiqué"),
    # deadlines
    "step_label": ("{handler}: answer to your {stage}", "{handler} : réponse à votre {stage}"),
    "your_event_on": ("your {event} on {date}", "votre {event} du {date}"),
    "limit_start_on": ("{event} on {date}", "{event} du {date}"),
    "sent_not_received": (" (the day sent; the rule counts from receipt)",
                          " (jour de l'envoi ; la règle compte dès la réception)"),
    "received_on": ("your {event}, received by Klarna on {date}",
                    "votre {event} : réception par Klarna le {date}"),
    "usually_within": ("Klarna usually answers within {clock} (its own aim, not a deadline)",
                       "Klarna répond en général sous {clock} (son propre objectif, pas un délai)"),
    "holding_extended": (" (extended to {clock} by Klarna's holding reply of {date})",
                         " (porté à {clock} par la réponse d'attente de Klarna du {date})"),
    "request_words": ("request", "demande"),
    "problem_reported_on": ("problem reported on {date}", "problème signalé le {date}"),
    "reply_label": ("Klarna's reply to your {channel}", "Réponse de Klarna à votre {channel}"),
    "promise_label": ("Promise by {who}: {text}", "Promesse {de_who} : {text}"),
    "promise_clock": ("the date promised", "la date promise"),
    "promise_made_on": ("promise made on {date}", "promesse faite le {date}"),
    "promise_source": ("Your journal: the promise as you recorded it",
                       "Votre journal : la promesse telle que vous l'avez notée"),
    # next step
    "reason_overdue": (
        "Klarna has not answered your {stage} within {clock}: it was due on {date}.",
        "Klarna n'a pas répondu à votre {stage} dans le délai de {clock} : la réponse était "
        "attendue le {date}.",
    ),
    "reason_pending": (
        "Klarna's answer to your {stage} is due on {date}. Wait for it; if it does not settle "
        "the problem, this is the next step.",
        "La réponse de Klarna à votre {stage} est attendue au plus tard le {date}. Attendez-la ; "
        "si elle ne règle pas le problème, voici l'étape suivante.",
    ),
    "reason_answered": (
        "Klarna answered your {stage} on {date} and the problem is not resolved.",
        "Klarna a répondu à votre {stage} le {date} et le problème n'est pas résolu.",
    ),
    "reason_contacts_one": ("The problem is not resolved after {n} contact",
                            "Le problème n'est pas résolu après {n} contact"),
    "reason_contacts_many": ("The problem is not resolved after {n} contacts",
                             "Le problème n'est pas résolu après {n} contacts"),
    "reason_promises_one": (" and {n} promise not kept", " et {n} promesse non tenue"),
    "reason_promises_many": (" and {n} promises not kept", " et {n} promesses non tenues"),
    "reason_new_case": (
        "Nothing is recorded yet: start by contacting Klarna, and log the contact.",
        "Rien n'est encore noté : commencez par contacter Klarna, et notez ce contact.",
    ),
    "reason_not_resolved": ("The problem is not resolved.", "Le problème n'est pas résolu."),
    "reason_blocked": (
        "The step “{stage}” needs Klarna's final response first: ask for it in writing.",
        "L'étape « {stage} » demande d'abord la réponse définitive de Klarna : "
        "demandez-la par écrit.",
    ),
    "reason_route_open": (
        "The step “{stage}” needs Klarna's final response, which has not come: this step is "
        "open to you instead.",
        "L'étape « {stage} » demande la réponse définitive de Klarna, qui n'est pas arrivée : "
        "cette étape-ci vous est ouverte à la place.",
    ),
    "minimum_unknown": (
        "{handler} takes only claims of at least {low} to {high} {currency}, depending on the "
        "kind of dispute: enter the case's amount to check it.",
        "{handler} ne traite que les demandes d'au moins {low} à {high} {currency} selon le type "
        "de litige : indiquez le montant du litige pour le vérifier.",
    ),
    "minimum_below": (
        "Your claim of {amount} {currency} is below the minimum of {handler} ({low} to {high} "
        "{currency} depending on the kind of dispute): it will not be taken.",
        "Votre demande de {amount} {currency} est inférieure au minimum de {handler} ({low} à "
        "{high} {currency} selon le type de litige) : elle ne sera pas examinée.",
    ),
    "minimum_maybe": (
        "Your claim of {amount} {currency} may be below the minimum of {handler} ({low} to "
        "{high} {currency} depending on the kind of dispute): check it before filing.",
        "Votre demande de {amount} {currency} est peut-être inférieure au minimum de {handler} "
        "({low} à {high} {currency} selon le type de litige) : vérifiez-le avant de la déposer.",
    ),
    "minimum_other_currency": (
        "{handler} takes only claims of at least {low} to {high} {currency}, depending on the "
        "kind of dispute; your claim is {amount} {own}: check that it reaches the minimum in "
        "{currency}.",
        "{handler} ne traite que les demandes d'au moins {low} à {high} {currency} selon le type "
        "de litige ; votre demande est de {amount} {own} : vérifiez qu'elle atteint ce minimum "
        "en {currency}.",
    ),
    "limit_passed": ("{label}: the limit passed on {date} (counted from {anchor}).",
                     "{label} : le délai a expiré le {date} (point de départ : {anchor})."),
    "limit_by": ("{label}: by {date} (counted from {anchor}).",
                 "{label} : au plus tard le {date} (point de départ : {anchor})."),
    # opening hours
    "hours_none": ("No opening hours apply", "Pas d'horaires d'ouverture"),
    "hours_unknown": ("Opening hours unknown", "Horaires inconnus"),
    "hours_always": ("open 24 hours a day, 7 days a week", "ouvert 24 h/24, 7 j/7"),
    "hours_closed_on": ("closed on {days}", "fermé {days}"),
    # calendar export
    "party_klarna": ("Klarna must answer", "Klarna doit répondre"),
    "party_consumer": ("Your own time limit", "Votre propre délai"),
    "ics_party": ("{party}: {label}", "{party} : {label}"),
    "ics_clock": ("Clock: {clock}, started by {started_by}",
                  "Délai : {clock}, déclenché par : {started_by}"),
    "ics_due": ("Due: {date} (state on export: {state})",
                "Échéance : {date} (état lors de l'export : {state})"),
    "ics_source": ("Source: {source}", "Source : {source}"),
    "ics_unverified": (" (unverified)", " (non vérifié)"),
    "ics_alarm": ("Due {date}: {label}", "Échéance le {date} : {label}"),
    **MORE_MESSAGES,
}


def language_of(language: str | None) -> Language:
    """``"fr"`` for French (``fr``, ``FR``, ``fr-BE``, ``fr_CA``), else the default ``"en"``."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return "fr" if code == "fr" else DEFAULT


def msg(key: str, language: str = DEFAULT, **values: object) -> str:
    """The phrase ``key`` in ``language`` with its ``{placeholders}`` filled in."""
    english, french = MESSAGES[key]
    text = french if language_of(language) == "fr" else english
    return text.format(**values) if values else text


def plural(singular_key: str, plural_key: str, count: int, language: str = DEFAULT) -> str:
    """The singular phrase for a count of one (and zero in French), else the plural one."""
    lang = language_of(language)
    single = count == 1 or (lang == "fr" and count == 0)
    return msg(singular_key if single else plural_key, lang, n=count)


def long_date(day: date, language: str = DEFAULT) -> str:
    """A date in words, independent of the system locale: ``12 December 2026``, ``1er mai 2026``
    (Babel, with the catalogues' date patterns)."""
    return formats.long_date(day, language_of(language))


def unit_words(unit: str, amount: int, language: str = DEFAULT) -> str:
    """A clock unit (a ClockUnit value) for ``amount`` in any language of the catalogues:
    ``business days``, ``jours ouvrés``, ``Arbeitstage``, ``arbetsdagar``."""
    return translator(language).plural(UNITS[unit], amount)


def stage_words(stage: str, language: str = DEFAULT) -> str:
    """A stage (a Stage value) as a noun: ``formal complaint``, ``réclamation formelle``."""
    if language_of(language) == "fr":
        return _STAGES_FR.get(stage, stage.replace("-", " "))
    return stage.replace("-", " ")


def channel_words(channel: str, language: str = DEFAULT) -> str:
    """A channel (a Channel value) as a noun: ``letter``, ``courrier``."""
    if language_of(language) == "fr":
        return _CHANNELS_FR.get(channel, channel.replace("-", " "))
    return channel.replace("-", " ")


def start_words(start: str, language: str = DEFAULT) -> str:
    """An event a limit counts from (a ClockStart value): ``final response``, ``votre achat``."""
    table = _STARTS_FR if language_of(language) == "fr" else _STARTS_EN
    return table.get(start, start.replace("-", " "))


def level_words(level: str, language: str = DEFAULT) -> str:
    """How a rule is known (a SourceLevel value), in plain words."""
    return LEVELS[language_of(language)].get(level, level)


def state_words(state: str, language: str = DEFAULT) -> str:
    """A deadline state (a DeadlineState value) in words: ``overdue``, ``en retard``."""
    if language_of(language) == "fr":
        return _STATES_FR.get(state, state)
    return state


def date_words(day: date, language: str = DEFAULT) -> str:
    """A date inside a sentence: ISO in English (as before), in words in French."""
    return long_date(day, "fr") if language_of(language) == "fr" else day.isoformat()


def french_of(name: str) -> str:
    """« de Malik », « d'Ines » : French elides ``de`` before a vowel or a mute h."""
    first = name[:1].lower()
    return f"d'{name}" if first and first in "aeiouyhàâäéèêëîïôöùûüœæ" else f"de {name}"
