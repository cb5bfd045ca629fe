"""When the other side received what the person sent: the logged receipt, else the sending day
plus the pack's postal delay for a letter (said in words), else the sending day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from casekeeper.domain.dto import CaseDetail
from casekeeper.domain.enums import Anchor
from casekeeper.knowledge import events
from casekeeper.knowledge.clocks import add_clock
from casekeeper.knowledge.postal import posted
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
    sent = events.local_day(sent_at, pack.tz)
    received = events.receipt_day(case, sent_at, pack.tz)
    if received is not None:
        return Start(received, Anchor.DELIVERED)
    if not posted(case, sent_at, pack.tz):
        return Start(sent, sent_anchor, msg("sent_not_received", language))
    delay = pack.postal_delay
    if delay is None or not delay.clock.known:
        return Start(sent, sent_anchor, msg("no_postal_delay", language))
    day = add_clock(sent, delay.clock, pack.holidays)
    return Start(day, Anchor.ASSUMED_DELIVERY, msg(
        "assumes_delivery", language, date=date_words(day, language), delay=delay.clock.describe(language),
        level=level_words(delay.level.value, language)))
