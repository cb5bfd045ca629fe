"""Timing a call on the wall clock: waiting, talking, a sleep in between, the contact to log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from casekeeper.domain.enums import AgentKind, Channel
from casekeeper.services.live_contact import (
    LiveNotes,
    LiveTiming,
    clock_text,
    contact_of,
    whole_minutes,
)

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_waiting_then_talking_minutes_come_from_the_instants() -> None:
    timing = LiveTiming(START)
    assert timing.waiting_seconds(START + timedelta(minutes=3)) == 180
    timing.answer(START + timedelta(minutes=12, seconds=40))
    assert timing.waiting_seconds(START + timedelta(hours=1)) == 760  # frozen at the answer
    assert timing.talking_seconds(START + timedelta(minutes=20, seconds=40)) == 480
    timing.hang_up(START + timedelta(minutes=30))
    assert timing.talking_seconds(START + timedelta(hours=5)) == 1040


def test_a_sleep_of_the_computer_is_counted_because_only_instants_are_kept() -> None:
    timing = LiveTiming(START)
    woke = START + timedelta(minutes=47)  # no tick happened in between
    assert whole_minutes(timing.waiting_seconds(woke)) == 47


def test_a_second_answer_or_hang_up_changes_nothing() -> None:
    timing = LiveTiming(START)
    timing.answer(START + timedelta(minutes=1))
    timing.answer(START + timedelta(minutes=5))
    timing.hang_up(START + timedelta(minutes=9))
    timing.hang_up(START + timedelta(minutes=15))
    assert (timing.answered, timing.ended) == (START + timedelta(minutes=1), START + timedelta(minutes=9))


def test_minutes_are_rounded_to_the_nearest() -> None:
    assert [whole_minutes(s) for s in (0, 29, 30, 89, 90, 3600)] == [0, 0, 1, 1, 2, 60]
    assert clock_text(65) == "1:05" and clock_text(3725) == "1:02:05"


def test_the_contact_to_log_has_the_number_the_times_and_the_notes() -> None:
    timing = LiveTiming(START)
    timing.answer(START + timedelta(minutes=14, seconds=10))
    timing.hang_up(START + timedelta(minutes=22, seconds=50))
    contact = contact_of(timing, Channel.PHONE, "Europe/Paris", "01 73 28 81 88",
                         LiveNotes(notes="Refund promised", agent=" Sam ", reference="KL-1",
                                   extra_lines=["Asked for a supervisor."]))
    assert contact.occurred_at == START and contact.channel is Channel.PHONE
    assert (contact.wait_minutes, contact.call_minutes) == (14, 9)
    assert contact.agent_name == "Sam" and contact.agent_kind is AgentKind.HUMAN
    assert contact.reference == "KL-1" and contact.number_dialled == "01 73 28 81 88"
    assert contact.summary == "Refund promised\nAsked for a supervisor."


def test_a_chat_keeps_its_transcript_and_no_call_length() -> None:
    timing = LiveTiming(START)
    timing.hang_up(START + timedelta(minutes=6))
    contact = contact_of(timing, Channel.CHAT, "Europe/Paris", "",
                         LiveNotes(transcript="Agent: hello"))
    assert contact.wait_minutes == 6 and contact.call_minutes is None
    assert contact.transcript == "Agent: hello" and contact.agent_kind is AgentKind.UNKNOWN
