"""When the other side received what the person sent: the logged receipt, else the sending day
plus the pack's postal delay for a letter (said in words), else the sending day."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Anchor, Channel, Direction, Outcome
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.schema import RulePack
from casekeeper.knowledge.wording import date_words, level_words, msg


@dataclass(frozen=True, slots=True)
class Start:
    """The day a clock counts from, its anchor, and what to add to "started by" in words."""

    day: date
    anchor: Anchor
    words: str = ""


def receipt_start(case: CaseDetail, pack: RulePack, sent_at: datetime, sent_anchor: Anchor,
                  language: str) -> Start:
    """The start of a clock that counts from receipt, for something sent at ``sent_at``.

    A logged receipt wins. A letter with no receipt is assumed delivered after the pack's
    postal delay (its upper aim, so Klarna is never shown late too early); with no delay known
    the sending day is used and the text says Klarna may have a few more days. Anything not
    posted (chat, e-mail, form) arrives the day it is sent.
    """
    zone = pack.tz
    index = _index_for(case, zone)
    sent = events.local_day(sent_at, zone)
    received = index.receipt_day(sent_at)
    if received is not None:
        return Start(received, Anchor.DELIVERED)
    if sent not in index.letter_days:
        return Start(sent, sent_anchor, msg("sent_not_received", language))
    delay = pack.postal_delay
    if delay is None or not delay.clock.known:
        return Start(sent, sent_anchor, msg("no_postal_delay", language))
    day = add_clock(sent, delay.clock, pack.holidays)
    return Start(day, Anchor.ASSUMED_DELIVERY, msg(
        "assumes_delivery", language, date=date_words(day, language), delay=delay.clock.describe(language),
        level=level_words(delay.level.value, language)))


class _ReceiptIndex:
    """A case's receipts and letter days in one zone, read once for every letter of the case.

    ``receipt_start`` runs for each letter the person sent; reading every contact for each one
    (its receipt, whether a letter went that day) made a case of many letters quadratic. A
    receipt is a ``received`` contact from Klarna; something went by post when a letter to
    Klarna is logged the day it was sent.
    """

    def __init__(self, case: CaseDetail, zone: ZoneInfo) -> None:
        self.case = case
        self.zone = zone
        self.receipts = sorted(item.occurred_at for item in case.interactions
                               if item.direction == Direction.FROM_KLARNA
                               and item.outcome == Outcome.RECEIVED)
        self.letter_days = frozenset(
            events.local_day(item.occurred_at, zone) for item in case.interactions
            if item.direction == Direction.TO_KLARNA and item.channel == Channel.LETTER)

    def receipt_day(self, after: datetime) -> date | None:
        """The day of the first receipt at or after ``after``, or None."""
        place = bisect_left(self.receipts, after)
        return events.local_day(self.receipts[place], self.zone) if place < len(self.receipts) else None


_last_index: _ReceiptIndex | None = None


def _index_for(case: CaseDetail, zone: ZoneInfo) -> _ReceiptIndex:
    """The index of ``case`` (the very object) in ``zone``: kept for the case last asked about,
    so the letters of one reading share it (a replaced reference, safe across threads)."""
    global _last_index
    index = _last_index
    if index is None or index.case is not case or index.zone != zone:
        index = _last_index = _ReceiptIndex(case, zone)
    return index
