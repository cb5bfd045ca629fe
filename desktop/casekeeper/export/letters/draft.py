"""The letter draft the person edits before sending: every part is plain text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


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
    """Who the letter goes to; the caller takes this from the country's rulepack."""

    entity: str
    address_lines: tuple[str, ...] = ()
    department: str = ""


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A complete letter; ``dataclasses.replace`` it to apply the person's edits."""

    kind: LetterKind
    language: Literal["en", "fr"]
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
