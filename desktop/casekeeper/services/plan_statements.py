"""Instalments stated in a Klarna e-mail: an amount and a date in a sentence about a payment."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from casekeeper.domain.enums import InstalmentState
from casekeeper.domain.plan import InstalmentInput

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan", "janvier", "janv", "januar", "januari"),
    ("february", "feb", "février", "fevrier", "févr", "februar", "februari"),
    ("march", "mar", "mars", "märz", "mars"),
    ("april", "apr", "avril", "avr", "april"),
    ("may", "mai", "maj"),
    ("june", "jun", "juin", "juni"),
    ("july", "jul", "juillet", "juil", "juli"),
    ("august", "aug", "août", "aout", "augusti"),
    ("september", "sep", "sept", "septembre"),
    ("october", "oct", "octobre", "oktober", "okt"),
    ("november", "nov", "novembre"),
    ("december", "dec", "décembre", "decembre", "dezember", "dez"),
), start=1) for name in names}
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = (
    re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>20\d\d)\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?P<mn>{_MONTH_WORDS})\.?\s+(?P<y>20\d\d)\b",
               re.IGNORECASE),
    re.compile(rf"\b(?P<mn>{_MONTH_WORDS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)\b",
               re.IGNORECASE),
)
_CURRENCY = r"(?:€|EUR|£|GBP|SEK|kr|\$|USD|CHF|NOK|DKK)"
_AMOUNT = re.compile(rf"(?:{_CURRENCY}\s?(?P<a>\d{{1,6}}(?:[.,]\d{{2}}))|"
                     rf"(?P<b>\d{{1,6}}(?:[.,]\d{{2}}))\s?{_CURRENCY})")
_PAYMENT = re.compile(r"payment|instal+ment|paiement|échéanc|echeanc|prélèvement|mensualité|"
                      r"rate|zahlung|abbuchung|betalning|delbetalning|faktura|due|dû|fällig|förfaller",
                      re.IGNORECASE)


def instalments_in(text: str) -> list[InstalmentInput]:
    """Each (date, amount) that one sentence about a payment states, by date, each date once.

    A sentence that says the payment was received or paid gives a paid instalment.
    """
    found: dict[date, tuple[Decimal, bool]] = {}
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if not _PAYMENT.search(sentence):
            continue
        amounts = [_amount(match.group("a") or match.group("b"))
                   for match in _AMOUNT.finditer(sentence)]
        days = [day for day in (_date(match) for pattern in _DATES
                                for match in pattern.finditer(sentence)) if day is not None]
        paid = bool(_PAID.search(sentence))
        if len(amounts) == len(days):
            for day, amount in zip(days, amounts, strict=True):
                if amount is not None:
                    found.setdefault(day, (amount, paid))
    return [InstalmentInput(due_date=day, amount=amount,
                            state=InstalmentState.PAID if paid else InstalmentState.DUE,
                            settled_on=day if paid else None)
            for day, (amount, paid) in sorted(found.items())]

_PAID = re.compile(r"received|paid|reçu|payé|réglé|erhalten|bezahlt|mottagit|betald",
                   re.IGNORECASE)


def _amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None
    return value if value > 0 else None


def _date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _MONTHS.get(str(groups.get("mn")).lower())
    try:
        return date(int(groups["y"]), int(month or 0), int(groups["d"]))
    except (TypeError, ValueError):
        return None
