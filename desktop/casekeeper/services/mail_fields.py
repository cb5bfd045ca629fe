"""A message's contact fields: direction, agent, references, summary and the transcript text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casekeeper.domain.enums import AgentKind, Direction
from casekeeper.domain.values import LONG_TEXT_MAX, SHORT_TEXT_MAX
from casekeeper.knowledge.mail_rules import MailEntry, ReferenceParty
from casekeeper.services.mail_message import MailMessage
from casekeeper.services.mail_words import Note
from casekeeper.storage.repositories.mail import MESSAGE_ID_LINE

SUMMARY_CHARS = 280
_NAME_RE = re.compile(r"^[^\W\d_][\w'’.\- ]{0,38}[\w.]$")
_TEAM_SUFFIX = re.compile(r"\s*(?:[|,–—-]|\bfrom\b|\bde\b|\bvon\b|\bfrån\b|\bat\b|\bchez\b)\s*"
                          r"klarna\b.*$", re.IGNORECASE)
_GREETING = re.compile(r"^(hello|hi|dear|bonjour|hallo|hej|guten tag|sehr geehrte)\b",
                       re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MailFields:
    """What a message says about the contact, before the person corrects it."""

    direction: Direction
    agent_name: str
    agent_kind: AgentKind
    references: tuple[str, ...]
    summary: str
    transcript: str
    notes: tuple[Note, ...]


def mail_fields(message: MailMessage, rules: MailEntry, own_addresses: frozenset[str]) -> MailFields:
    """Read the contact's fields from ``message`` with the rulepack's ``rules``."""
    notes: list[Note] = []
    direction = _direction(message, rules, own_addresses, notes)
    agent = ""
    if direction is Direction.FROM_KLARNA:
        agent = _agent_from_name(message.sender_name, rules) or _agent_from_signature(
            message.body, rules)
    kind = AgentKind.HUMAN if agent else AgentKind.UNKNOWN
    transcript = _transcript(message, notes)
    return MailFields(direction=direction, agent_name=agent, agent_kind=kind,
                      references=find_references(f"{message.subject}\n{message.body}", rules),
                      summary=_summary(message.body), transcript=transcript, notes=tuple(notes))


def find_references(text: str, rules: MailEntry) -> tuple[str, ...]:
    """Every reference the rulepack's patterns find, Klarna's first, each once."""
    found: dict[str, None] = {}
    for party in (ReferenceParty.KLARNA, ReferenceParty.MERCHANT):
        for pattern in rules.references.values():
            if pattern.party is party:
                for match in pattern.compiled().finditer(text):
                    found.setdefault(match.group(1).strip("-").upper(), None)
    return tuple(found)


def joined_references(references: tuple[str, ...]) -> str:
    """The references as one field value, within the field's length."""
    text = ""
    for reference in references:
        candidate = f"{text}, {reference}" if text else reference
        if len(candidate) > SHORT_TEXT_MAX:
            break
        text = candidate
    return text


def _direction(message: MailMessage, rules: MailEntry, own: frozenset[str],
               notes: list[Note]) -> Direction:
    sender = message.sender_address
    if sender and sender in own:
        return Direction.TO_KLARNA
    if sender and rules.is_klarna(sender):
        return Direction.FROM_KLARNA
    if any(rules.is_klarna(address) for address in message.recipients):
        return Direction.TO_KLARNA
    notes.append(Note("sender-unknown", sender or "?"))
    return Direction.FROM_KLARNA


def _agent_from_name(display_name: str, rules: MailEntry) -> str:
    name = _TEAM_SUFFIX.sub("", display_name).strip(" \"'")
    if not name or "@" in name or "klarna" in name.lower():
        return ""
    lowered = name.lower()
    if any(word in lowered for word in rules.generic_senders):
        return ""
    return name if _NAME_RE.match(name) else ""


def _agent_from_signature(body: str, rules: MailEntry) -> str:
    lines = [line.strip() for line in body.splitlines()]
    closings = tuple(sign_off.lower() for sign_off in rules.sign_offs)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].lower().rstrip(",.!")
        if line.startswith(closings) and len(line) <= 40:
            rest = lines[index].split(",", 1)[1].strip() if "," in lines[index] else ""
            following = next((item for item in lines[index + 1:index + 3] if item), "")
            for candidate in (rest, following):
                name = _agent_from_name(candidate, rules)
                if name:
                    return name
    return ""


def _summary(body: str) -> str:
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", body)]
    meaningful = [text for text in paragraphs if text and not (
        _GREETING.match(text) and len(text) < 60) and not text.startswith(">")]
    text = meaningful[0] if meaningful else ""
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _transcript(message: MailMessage, notes: list[Note]) -> str:
    header = [f"From: {_address(message.sender_name, message.sender_address)}"]
    if message.recipients:
        header.append(f"To: {', '.join(message.recipients)}")
    if message.sent_at is not None:
        header.append(f"Date: {message.sent_at.isoformat(sep=' ')}")
    if message.subject:
        header.append(f"Subject: {message.subject}")
    if message.message_id:
        header.append(f"{MESSAGE_ID_LINE}{message.message_id}")
    head = "\n".join(header) + "\n\n"
    room = LONG_TEXT_MAX - len(head) - 10
    body = message.body
    if len(body) > room:
        body = body[:room]
        notes.append(Note("body-cut", str(room)))
    return head + body


def _address(name: str, address: str) -> str:
    if name and address:
        return f"{name} <{address}>"
    return name or address or "?"
