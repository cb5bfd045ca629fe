"""Chat transcripts in English, French, German and Swedish layouts: agents, bots, transfers."""

from __future__ import annotations

import pytest

from casekeeper.domain.enums import AgentKind
from casekeeper.knowledge.loader import read_raw
from casekeeper.knowledge.mail_rules import ChatEntry, MailEntry
from casekeeper.services.chat_transcript import ChatFindings, read_transcript
from tests.fixtures.mail.make_corpus import CHAT_TEXT


def _read(text: str, own_name: str = "") -> ChatFindings:
    data = read_raw("default")[1]
    return read_transcript(text, ChatEntry.model_validate(data["chat"]),
                           MailEntry.model_validate(data["mail"]), own_name)


def test_an_english_transcript_with_bracketed_times() -> None:
    found = _read(CHAT_TEXT)
    assert found.recognised and len(found.lines) == 6
    assert (found.person, found.agents, found.bots) == ("Camille", ("Ines",),
                                                       ("Klarna Assistant (bot)",))
    assert (found.asked_for_human, found.transferred_to) == (True, "Ines")
    assert (found.agent_name, found.agent_kind) == ("Ines", AgentKind.HUMAN)
    assert found.references == ("C-77120", "NV-88213")


def test_a_french_transcript_names_the_agent_who_introduces_herself() -> None:
    found = _read("14:02 - Assistant Klarna : Bonjour ! Je suis l'assistant virtuel de Klarna.\n"
                  "14:03 - Vous : je voudrais parler à un conseiller svp\n"
                  "14:03 - Assistant Klarna : Je vous mets en relation avec un conseiller.\n"
                  "14:10 - Conseiller Klarna : Bonjour, je m'appelle Julie. Référence : "
                  "KL-5555-1234.\n14:12 - Vous : merci")
    assert (found.person, found.agents, found.bots) == ("Vous", ("Julie",), ("Assistant Klarna",))
    assert (found.asked_for_human, found.transferred_to) == (True, "Julie")
    assert found.references == ("KL-5555-1234",)


def test_a_german_transcript_with_the_time_after_the_name() -> None:
    found = _read("Klarna Assistent (09:14): Hallo! Wie kann ich helfen?\n"
                  "Sie (09:15): Ich möchte bitte mit einem Menschen sprechen.\n"
                  "Klarna Assistent (09:15): Ich verbinde Sie mit einem Mitarbeiter.\n"
                  "Jonas | Klarna (09:21): Guten Tag, hier ist Jonas.\n")
    assert (found.person, found.agents) == ("Sie", ("Jonas",))
    assert (found.asked_for_human, found.transferred_to) == (True, "Jonas")


def test_a_swedish_transcript_answered_only_by_the_bot() -> None:
    found = _read("[2026-10-07 10:01] Klarna AI: Hej! Hur kan jag hjälpa dig?\n"
                  "[2026-10-07 10:02] Du: Min beställning kom aldrig, ordernummer 44718\n"
                  "[2026-10-07 10:02] Klarna AI: Jag har pausat betalningen i 21 dagar.\n")
    assert (found.person, found.agents, found.bots) == ("Du", (), ("Klarna AI",))
    assert (found.agent_kind, found.asked_for_human, found.transferred_to) == (
        AgentKind.BOT, False, "")


def test_a_long_line_continues_the_previous_message() -> None:
    found = _read("[10:01] Klarna Assistant: Hello.\n[10:02] You: My coat\nnever arrived.\n"
                  "[10:03] Klarna Assistant: Sorry to hear that.\n")
    assert found.lines[1].text == "My coat\nnever arrived."


@pytest.mark.parametrize("text", [
    "Hello,\n\nThank you for your message. We will come back to you.\n\nKind regards",
    "Order number: NV-1\nAmount: 74,50\nDue date: 2026-11-01\n",
    "From: a@b.c\nTo: d@e.f\nSubject: x\nDate: today\n",
])
def test_ordinary_text_is_not_taken_for_a_chat(text: str) -> None:
    assert not _read(text).recognised
