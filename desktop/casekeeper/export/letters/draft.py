"""The letter draft the person edits before sending: every part is plain text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from casekeeper.i18n import Language


class LetterKind(StrEnum):
    """The letters Case Keeper can prepare."""

    FORMAL_COMPLAINT = "formal-complaint"
    FINAL_RESPONSE_REQUEST = "final-response-request"
    PROMISE_CHASER = "promise-chaser"
    INTERNAL_REVIEW = "internal-review"
    DATA_ACCESS_REQUEST = "data-access-request"
    EXTERNAL_BODY_COVER = "external-body-cover"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who the letter goes to; the caller takes this from the country's rulepack.

    ``source`` says where the address comes from and ``verified`` whether the rulepack marks it
    as checked for this country (shown to the person, never printed in the letter); ``level``
    its source level. ``channel`` is the web address to send it through when the pack routes
    the letter through customer service; ``postal_option`` a postal address offered instead,
    with its own source and level.
    """

    entity: str
    address_lines: tuple[str, ...] = ()
    department: str = ""
    source: str = ""
    verified: bool = True
    level: str = ""
    channel: str = ""
    postal_option: tuple[str, ...] = ()
    postal_option_source: str = ""
    postal_option_level: str = ""

    @property
    def postal(self) -> bool:
        """Whether the recipient has a postal address (not only a web address)."""
        return bool(self.address_lines) and not any(
            "http" in line or "www." in line for line in self.address_lines
        )


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What the country's rules say about the letter: who is complained about, the clocks.

    ``company``: the legal entity the dispute is with. ``reply_clock``: the time the company
    has to answer a formal complaint, in words; ``reply_by``: that clock counted from the day of
    the letter; ``complaint_due``: the clock counted from the recorded formal complaint.
    ``next_handler`` and ``external_handler``: the next rungs of the ladder, in the language.
    """

    company: str = ""
    reply_clock: str = ""
    reply_by: date | None = None
    complaint_due: date | None = None
    next_handler: str = ""
    external_handler: str = ""


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A complete letter; ``dataclasses.replace`` it to apply the person's edits."""

    kind: LetterKind
    language: Language
    sender_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    place_and_date: str
    mode: str
    subject: str
    references: tuple[str, ...]
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str
    enclosures: tuple[str, ...]
    recipient_source: str = ""
    recipient_verified: bool = True
    recipient_level: str = ""
    send_through: str = ""
    postal_option: tuple[str, ...] = ()
    postal_option_source: str = ""
    postal_option_level: str = ""
