"""Recognise a chat transcript's layout and what it says: agents, bots, transfers, references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casekeeper.domain.enums import AgentKind

if TYPE_CHECKING:
    from casekeeper.knowledge.mail_rules import ChatEntry, MailEntry

_TIME = r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_DATE = r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
_LAYOUTS = (
    # [17:55] Name: text   |   2026-10-07 17:55 - Name: text   |   17:55 Name: text
    re.compile(rf"^\[?(?:{_DATE}[ T,]+)?(?P<time>{_TIME})\]?\s*[-–|]?\s*"
               r"(?P<author>[^:\n]{1,60}?)\s*:\s+(?P<text>.*)$"),
    # Name (17:55): text   |   Name [17:55] text
    re.compile(rf"^(?P<author>[^:\[\](\n]{{1,60}}?)\s*[\[(](?:{_DATE}[ T,]+)?(?P<time>{_TIME})"
               r"[\])]\s*:?\s*(?P<text>.*)$"),
)
_PLAIN = re.compile(r"^(?P<author>[^:\n]{1,40}?)\s*:\s+(?P<text>.+)$")
_HEADER_WORDS = frozenset({"from", "to", "cc", "subject", "date", "sent", "re", "fwd", "objet",
                           "de", "à", "envoyé", "von", "an", "betreff", "datum", "gesendet",
                           "från", "till", "ämne", "skickat", "http", "https", "message-id",
                           "reference", "référence", "order", "commande", "case reference"})
_KLARNA_SUFFIX = re.compile(r"\s*[(\[|,–-]\s*klarna\s*[)\]]?\s*$|\s+(?:from|de|von|från)\s+klarna$",
                            re.IGNORECASE)
_NAME_AFTER = r"\s*,?\s+([A-ZÀ-ÖØ-Þ][\w'’-]{1,30})"
MIN_MESSAGES = 3


@dataclass(frozen=True, slots=True)
class ChatLine:
    """One message of the transcript."""

    author: str
    time: str
    text: str


@dataclass(frozen=True, slots=True)
class ChatFindings:
    """What a transcript says, offered to the person; empty when no layout was recognised."""

    recognised: bool
    lines: tuple[ChatLine, ...] = ()
    person: str = ""
    agents: tuple[str, ...] = ()
    bots: tuple[str, ...] = ()
    asked_for_human: bool = False
    transferred_to: str = ""
    references: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def agent_name(self) -> str:
        """The human agent who answered (the one transferred to, else the first)."""
        return self.transferred_to or (self.agents[0] if self.agents else "")

    @property
    def agent_kind(self) -> AgentKind:
        """Human when an agent answered, bot when only a bot did, else unknown."""
        if self.agents:
            return AgentKind.HUMAN
        return AgentKind.BOT if self.bots else AgentKind.UNKNOWN


def read_transcript(text: str, chat: ChatEntry, mail: MailEntry | None = None,
                    own_name: str = "") -> ChatFindings:
    """Read ``text`` as a chat transcript with the rulepack's ``chat`` wording."""
    from casekeeper.services.mail_fields import find_references

    lines = _lines(text)
    references = find_references(text, mail) if mail is not None else ()
    if len(lines) < MIN_MESSAGES or len({line.author for line in lines}) < 2:
        return ChatFindings(recognised=False, references=references)
    authors = list(dict.fromkeys(line.author for line in lines))
    bots = [author for author in authors if _has_word(author, chat.bot_markers)]
    person = _person(authors, bots, chat, own_name)
    agents = _agents(lines, authors, bots, person, chat)
    speakers = {person} if person else set(authors) - set(bots) - {name for name, _ in agents}
    asked = any(_has_phrase(line.text, chat.human_requests) for line in lines
                if line.author in speakers)
    named = {author: name for name, author in agents}
    transferred = ""
    for index, line in enumerate(lines):
        if _has_phrase(line.text, chat.transfer_phrases):
            later = [named[item.author] for item in lines[index + 1:] if item.author in named]
            transferred = later[0] if later else transferred
            if later:
                break
    if not (bots or agents or person):  # lines like "Amount: 74,50" are not a chat
        return ChatFindings(recognised=False, references=references)
    return ChatFindings(
        recognised=True, lines=tuple(lines), person=person,
        agents=tuple(dict.fromkeys(name for name, _ in agents)),
        bots=tuple(_clean_name(bot) for bot in bots), asked_for_human=asked,
        transferred_to=transferred, references=references)


def _lines(text: str) -> list[ChatLine]:
    timed: list[ChatLine] = []
    plain: list[ChatLine] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = next((found for layout in _LAYOUTS if (found := layout.match(line))), None)
        if match is not None and _is_author(match["author"]):
            timed.append(ChatLine(match["author"].strip(), match["time"], match["text"].strip()))
            continue
        plain_match = _PLAIN.match(line)
        if plain_match is not None and _is_author(plain_match["author"]):
            plain.append(ChatLine(plain_match["author"].strip(), "", plain_match["text"].strip()))
        elif timed:  # a continuation of the previous message
            last = timed[-1]
            timed[-1] = ChatLine(last.author, last.time, f"{last.text}\n{line}")
    if len(timed) >= MIN_MESSAGES:
        return timed
    authors = {line.author for line in plain}
    return plain if len(plain) >= MIN_MESSAGES and 2 <= len(authors) <= 4 else []


def _is_author(author: str) -> bool:
    words = author.strip().split()
    return (0 < len(words) <= 6 and author.strip().lower() not in _HEADER_WORDS
            and not author.strip().lower().startswith(("http", "www")))


def _has_word(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered) for word in words)


def _has_phrase(text: str, phrases: list[str]) -> bool:
    return _has_word(text, phrases)


def _clean_name(author: str) -> str:
    return _KLARNA_SUFFIX.sub("", author).strip(" -|,") or author


def _person(authors: list[str], bots: list[str], chat: ChatEntry, own_name: str) -> str:
    own = {part.lower() for part in own_name.split() if len(part) > 1}
    for author in authors:
        lowered = author.lower()
        if lowered in chat.self_labels or (own and own & set(lowered.split())):
            return author
    humans = [author for author in authors if author not in bots
              and not _has_word(author, chat.klarna_markers)]
    others = [author for author in authors if author not in humans]
    return humans[0] if len(humans) == 1 and others else ""


def _agents(lines: list[ChatLine], authors: list[str], bots: list[str], person: str,
            chat: ChatEntry) -> list[tuple[str, str]]:
    """(agent name, author label) of each human agent, in order of appearance."""
    found: list[tuple[str, str]] = []
    for author in authors:
        if author in bots or author == person:
            continue
        introduced = _introduced(lines, author, chat)
        name = _clean_name(author)
        if introduced and _is_role(name, chat):
            name = introduced
        if person or _has_word(author, chat.klarna_markers) or introduced:
            found.append((name, author))
    return found


def _is_role(name: str, chat: ChatEntry) -> bool:
    """True when ``name`` is a role such as "Conseiller Klarna", not a person's name."""
    words = " ".join(word for word in name.lower().split() if word not in chat.klarna_markers)
    return not words or words in chat.agent_labels


def _introduced(lines: list[ChatLine], author: str, chat: ChatEntry) -> str:
    for line in lines:
        if line.author != author:
            continue
        for phrase in chat.introductions:
            match = re.search(re.escape(phrase) + _NAME_AFTER, line.text, re.IGNORECASE)
            if match:
                return match.group(1)
    return ""
