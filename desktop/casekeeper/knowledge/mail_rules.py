"""What Case Keeper recognises in e-mails: Klarna's sending domains, reference patterns, sign-offs."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from casekeeper.knowledge.source_entry import Entry

_DOMAIN_RE = re.compile(r"^(?=.{3,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$")


class ReferenceParty(StrEnum):
    """Whose reference a pattern finds."""

    KLARNA = "klarna"
    MERCHANT = "merchant"


class ReferencePattern(BaseModel):
    """A regular expression whose first group is a reference, e.g. after "Reference number:"."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    party: ReferenceParty
    pattern: str = Field(min_length=3)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        if compiled.groups < 1:
            raise ValueError("the pattern needs one group, (...), around the reference itself")
        return value

    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (case-insensitive, multi-line)."""
        return re.compile(self.pattern, re.IGNORECASE | re.MULTILINE)


class MailEntry(Entry):
    """How to read an e-mail: who is Klarna, what a reference looks like, how agents sign."""

    sending_domains: list[str] = Field(min_length=1)
    references: dict[str, ReferencePattern] = Field(default_factory=dict)
    sign_offs: list[str] = Field(default_factory=list)
    generic_senders: list[str] = Field(default_factory=list)

    @field_validator("sending_domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        cleaned = [domain.strip().lower() for domain in value]
        for domain in cleaned:
            if not _DOMAIN_RE.match(domain):
                raise ValueError(f"{domain!r} is not a domain name such as klarna.com")
        return cleaned

    def is_klarna(self, address: str) -> bool:
        """True when ``address`` (or its domain) is one of Klarna's domains or a subdomain of one."""
        domain = address.rpartition("@")[2].strip().lower().rstrip(".")
        return any(domain == known or domain.endswith("." + known) for known in self.sending_domains)


class ChatEntry(Entry):
    """Wording that marks a chat transcript's bots, transfers and requests for a human."""

    bot_markers: list[str] = Field(min_length=1)
    klarna_markers: list[str] = Field(default_factory=list)
    self_labels: list[str] = Field(default_factory=list)
    transfer_phrases: list[str] = Field(default_factory=list)
    human_requests: list[str] = Field(default_factory=list)
    introductions: list[str] = Field(default_factory=list)
    agent_labels: list[str] = Field(default_factory=list)

    @field_validator("bot_markers", "klarna_markers", "self_labels", "transfer_phrases",
                     "human_requests", "introductions", "agent_labels")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        cleaned = [item.strip().lower() for item in value]
        if any(not item for item in cleaned):
            raise ValueError("an empty phrase would match everything; remove it")
        return cleaned
