"""Clean and check what a person typed before anything is written."""

from __future__ import annotations

from dataclasses import replace

from casekeeper.domain.dto import CaseInput, InteractionInput, PromiseInput, StageInput
from casekeeper.domain.values import (
    LONG_TEXT_MAX,
    MAX_AMOUNT,
    MAX_YEAR,
    MIN_YEAR,
    clean_text,
    parse_country,
    parse_currency,
    require_text,
    zone_from_name,
)
from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, Marked


def checked_case(data: CaseInput) -> CaseInput:
    """The case input with text cleaned, codes normalised and amounts checked."""
    if data.amount is not None and (not data.amount.is_finite() or not 0 < data.amount < MAX_AMOUNT):
        raise InputError("amount", str(data.amount), Marked(N_("use a positive amount below 1 000 000 000")))
    currency = parse_currency(data.currency) if data.currency else None
    if data.amount is not None and currency is None:
        currency = "EUR"
    if data.purchase_date is not None and not MIN_YEAR <= data.purchase_date.year <= MAX_YEAR:
        raise InputError(
            "purchase date",
            data.purchase_date.isoformat(),
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )
    return replace(
        data,
        title=require_text(data.title, "title"),
        company=clean_text(data.company, "company") or "Klarna",
        country=parse_country(data.country),
        merchant=clean_text(data.merchant, "merchant"),
        order_ref=clean_text(data.order_ref, "order reference"),
        klarna_ref=clean_text(data.klarna_ref, "Klarna reference"),
        currency=currency,
        problem_text=clean_text(data.problem_text, "problem", LONG_TEXT_MAX, multiline=True),
        remedy=clean_text(data.remedy, "remedy", LONG_TEXT_MAX, multiline=True),
        notes=clean_text(data.notes, "notes", LONG_TEXT_MAX, multiline=True),
        consumer_name=clean_text(data.consumer_name, "your name"),
        consumer_email=clean_text(data.consumer_email, "your e-mail"),
        consumer_address=clean_text(data.consumer_address, "your address", multiline=True),
        klarna_account=clean_text(data.klarna_account, "Klarna account"),
        display_zone=checked_zone_name(data.display_zone),
    )


def checked_interaction(data: InteractionInput) -> InteractionInput:
    """The interaction input with text cleaned and the instant and minutes checked."""
    _check_instant(data.occurred_at, data.zone, "at")
    for field, value in (("wait minutes", data.wait_minutes), ("call minutes", data.call_minutes)):
        if value is not None and not 0 <= value <= 24 * 60:
            raise InputError(field, value, Marked(N_("give a whole number of minutes between 0 and 1440")))
    if data.respond_by is not None and not MIN_YEAR <= data.respond_by.year <= MAX_YEAR:
        raise InputError(
            "respond by",
            data.respond_by.isoformat(),
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )
    return replace(
        data,
        agent_name=clean_text(data.agent_name, "agent"),
        transferred_to=clean_text(data.transferred_to, "transferred to"),
        reference=clean_text(data.reference, "reference"),
        summary=clean_text(data.summary, "summary", LONG_TEXT_MAX, multiline=True),
        transcript=clean_text(data.transcript, "transcript", LONG_TEXT_MAX, multiline=True),
        number_dialled=clean_text(data.number_dialled, "number dialled"),
        tracking_number=clean_text(data.tracking_number, "tracking number"),
        email_subject=clean_text(data.email_subject, "e-mail subject"),
    )


def checked_promise(data: PromiseInput) -> PromiseInput:
    """The promise input with its text required and its due date in range."""
    if data.due_date is not None and not MIN_YEAR <= data.due_date.year <= MAX_YEAR:
        raise InputError(
            "promise due",
            data.due_date.isoformat(),
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )
    return replace(data, text=require_text(data.text, "promise", LONG_TEXT_MAX))


def checked_stage(data: StageInput) -> StageInput:
    """The stage input with text cleaned and the instant checked."""
    _check_instant(data.occurred_at, data.zone, "at")
    return replace(
        data,
        reference=clean_text(data.reference, "reference"),
        body=clean_text(data.body, "body"),
        note=clean_text(data.note, "note", LONG_TEXT_MAX, multiline=True),
    )


def _check_instant(instant: object, zone: str, field: str) -> None:
    from datetime import datetime

    if not isinstance(instant, datetime) or instant.tzinfo is None:
        raise InputError(field, str(instant), Marked(N_("give a date and time with its time zone")))
    zone_from_name(zone)
    if not MIN_YEAR <= instant.year <= MAX_YEAR:
        raise InputError(
            field,
            instant.isoformat(),
            Marked(N_("dates must fall between {first} and {last}"), first=MIN_YEAR, last=MAX_YEAR),
        )


def checked_zone_name(text: str) -> str:
    """``""`` (the country's zone) or an IANA zone name such as ``Europe/Paris``."""
    name = text.strip()
    if not name:
        return ""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            "zone",
            text,
            Marked(N_("give a time zone such as Europe/Paris, or leave it empty for the country's zone")),
        ) from exc
    return name
