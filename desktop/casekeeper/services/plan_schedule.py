"""A schedule from a few numbers: the total, how many instalments, the first date and the rhythm."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from casekeeper.domain.plan import InstalmentInput
from casekeeper.errors import InputError
from casekeeper.i18n.markers import N_, Marked

MAX_INSTALMENTS = 60
_EVERY = re.compile(r"^\s*(\d{1,3})\s*([dwm])\s*$")


def parse_every(text: str) -> tuple[int, str]:
    """``14d``, ``2w`` or ``1m``: the rhythm of the instalments."""
    match = _EVERY.match(text.lower())
    if match is None or int(match[1]) == 0:
        raise InputError(
            "every",
            text,
            Marked(N_("write a number and d (days), w (weeks) or m (months), for example 1m, 14d or 2w")),
        )
    return int(match[1]), match[2]


def quick_schedule(total: Decimal, count: int, first: date, every: str = "1m") -> list[InstalmentInput]:
    """``count`` equal instalments of ``total`` (cents left over go to the first), from ``first``."""
    if not 1 <= count <= MAX_INSTALMENTS:
        raise InputError(
            "count",
            count,
            Marked(N_("give between 1 and {max_instalments} instalments"), max_instalments=MAX_INSTALMENTS),
        )
    if not total.is_finite() or total <= 0:
        raise InputError("total", str(total), Marked(N_("give a positive amount")))
    amount, unit = parse_every(every)
    share = (total / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    first_share = total - share * (count - 1)
    return [
        InstalmentInput(
            due_date=_step(first, number * amount, unit), amount=first_share if number == 0 else share
        )
        for number in range(count)
    ]


def _step(start: date, amount: int, unit: str) -> date:
    if unit == "d":
        return start + timedelta(days=amount)
    if unit == "w":
        return start + timedelta(weeks=amount)
    from casekeeper.knowledge.clocks import add_months

    return add_months(start, amount)
