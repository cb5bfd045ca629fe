"""What an e-mail import will create, shown to the person before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass, field

from casekeeper.domain.dto import InteractionInput
from casekeeper.domain.plan import InstalmentInput
from casekeeper.services.mail_words import Note, mail_words


@dataclass(frozen=True, slots=True)
class ExhibitDraft:
    """A file that will become an exhibit linked to the contact (the message or an attachment)."""

    name: str
    title: str
    media_type: str
    data: bytes = field(repr=False)
    sha256: str
    is_message: bool = False

    @property
    def size(self) -> int:
        """Its size in bytes."""
        return len(self.data)


@dataclass(frozen=True, slots=True)
class MailDraft:
    """One message as a contact to create, its exhibits and what the person should check."""

    source: str
    message_id: str
    contact: InteractionInput
    references: tuple[str, ...]
    exhibits: tuple[ExhibitDraft, ...]
    notes: tuple[Note, ...] = ()
    instalments: tuple[InstalmentInput, ...] = ()  # a payment plan the message states

    def note_texts(self, language: str = "en") -> list[str]:
        """The notes as sentences."""
        return [mail_words(note.code, note.detail, language) for note in self.notes]


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file or message that will not be imported, and why."""

    source: str
    code: str
    detail: str = ""

    def text(self, language: str = "en") -> str:
        """``source: reason`` in ``language``."""
        separator = " : " if language == "fr" else ": "
        return f"{self.source}{separator}{mail_words(self.code, self.detail, language)}"


@dataclass(frozen=True, slots=True)
class MailPlan:
    """Everything an import would do; ``cancelled`` when the person stopped the reading."""

    case_id: int
    drafts: tuple[MailDraft, ...]
    refusals: tuple[Refusal, ...]
    cancelled: bool = False


def stated_plan(drafts: tuple[MailDraft, ...] | list[MailDraft]) -> MailDraft | None:
    """The latest message that states instalments (the most recent plan Klarna gave)."""
    stating = [draft for draft in drafts if draft.instalments]
    return max(stating, key=lambda draft: draft.contact.occurred_at) if stating else None


@dataclass(frozen=True, slots=True)
class ImportedContact:
    """One contact created by an import, with its exhibit numbers."""

    interaction_id: int
    source: str
    exhibits: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MailImportResult:
    """What was saved."""

    case_id: int
    contacts: tuple[ImportedContact, ...]
    plan_set: bool = False
