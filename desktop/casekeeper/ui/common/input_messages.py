"""Validation messages in the person's language for the fields services name in InputError."""

from __future__ import annotations

from decimal import Decimal

from casekeeper.domain.amounts import AmountError
from casekeeper.errors import InputError
from casekeeper.ui.common.i18n import current_language, format_number, translate


def _messages() -> dict[str, str]:
    return {
        "title": translate("Input", "Give the case a short title, for example “Coat never delivered”."),
        "amount": translate(
            "Input", "Write a positive amount with at most two decimals, for example 129,99."
        ),
        "currency": translate("Input", "Use a three-letter currency code such as EUR, GBP or SEK."),
        "country": translate("Input", "Use a two-letter country code such as FR, BE, DE or GB."),
        "purchase date": translate("Input", "Choose a date between 1990 and 2100."),
        "at": translate("Input", "Choose a date and time between 1990 and 2100."),
        "wait minutes": translate("Input", "Give a whole number of minutes between 0 and 1440."),
        "call minutes": translate("Input", "Give a whole number of minutes between 0 and 1440."),
        "promise": translate("Input", "Say what they promised, or clear the due date."),
        "promise due": translate("Input", "Choose a date between 1990 and 2100."),
        "summary": translate("Input", "This text is too long or contains characters that cannot be kept."),
    }


def message_for(error: InputError) -> str:
    """A translated message for the field when we have one, else the service's own words."""
    shown = getattr(error, "shown", None)  # a typed date says itself what is wrong
    if isinstance(shown, str):
        return shown
    if isinstance(error, AmountError):
        return amount_message(error)
    return _messages().get(error.field) or error.in_language(current_language())


def amount_message(error: AmountError) -> str:
    """What an amount was read as, and how to type it in the window's locale."""
    if error.understood is not None:
        return (
            translate("Input", "“%1” reads as %2, with more than two decimals. For a thousand or more, "
                               "type it like %3, or without separators.")
            .replace("%1", str(error.given)).replace("%2", format_number(error.understood, None))
            .replace("%3", error.example)
        )
    return translate("Input", "Type a positive amount with at most two decimals, like %1 or %2.").replace(
        "%1", format_number(Decimal("129.99"))).replace("%2", error.example)
