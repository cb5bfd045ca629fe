"""A channel's state now in words: ``Phone: closed, opens Mon 09:00 (in 2 h 10 min)``."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from casekeeper.ui.common import labels
from casekeeper.ui.common.i18n import translate
from casekeeper.ui.common.knowledge_adapter import ChannelCard


def when_words(instant: datetime) -> str:
    """``Mon 09:00`` in the instant's own zone."""
    zone = getattr(instant.tzinfo, "key", None)
    value = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    if zone:
        value = value.toTimeZone(QTimeZone(zone.encode()))
    return QLocale().toString(value, "ddd HH:mm")


def duration_words(start: datetime, end: datetime) -> str:
    """``2 h 10 min``, ``45 min`` or ``3 days``."""
    minutes = max(0, int((end - start).total_seconds() // 60))
    if minutes >= 48 * 60:
        days = minutes // (24 * 60)
        return translate("Channels", "%n days", None, days)
    if minutes >= 60:
        return (
            translate("Channels", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", str(minutes % 60))
        )
    return translate("Channels", "%1 min").replace("%1", str(minutes))


def state_words(card: ChannelCard) -> str:
    """Open or closed now, and the next change, in the person's zone."""
    status = card.status
    state = status.state.value
    if state == "open":
        if status.next_closing_person is None:
            return translate("Channels", "open now")
        return (
            translate("Channels", "open now, closes %1 (in %2)")
            .replace("%1", when_words(status.next_closing_person))
            .replace("%2", duration_words(status.at_person, status.next_closing_person))
        )
    if state == "closed":
        if status.next_opening_person is None:
            return translate("Channels", "closed")
        return (
            translate("Channels", "closed, opens %1 (in %2)")
            .replace("%1", when_words(status.next_opening_person))
            .replace("%2", duration_words(status.at_person, status.next_opening_person))
        )
    if state == "unknown":
        return translate("Channels", "hours unknown")
    return translate("Channels", "no opening hours")


def status_line(cards: list[ChannelCard], country: str) -> str:
    """The status bar's sentence for phone and chat."""
    parts = [f"{labels.channel_name(card.entry.kind)} {country}: {state_words(card)}" for card in cards]
    return " · ".join(parts)
