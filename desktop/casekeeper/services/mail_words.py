"""What an e-mail import tells the person, in the catalogues' languages, keyed by a stable code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from casekeeper.i18n import N_, PN_, translator
from casekeeper.i18n.markers import Plural


@dataclass(frozen=True, slots=True)
class Note:
    """Something the person should know about one message; ``code`` picks the translated words."""

    code: str
    detail: str = ""


_WORDS: Final[dict[str, str | Plural]] = {
    "missing": N_("no such file; check the name"),
    "unreadable": N_("the file cannot be read; check its permissions"),
    "not-a-file": N_("not a saved file (a folder, a pipe or a device)"),
    "empty": N_("the file is empty"),
    "too-large": N_("larger than {detail} MB, the most Case Keeper reads from one file or message"),
    "not-an-email": N_(
        "this is not an e-mail Case Keeper can read (no sender, date or subject); attach "
        "it as an exhibit instead"),
    "damaged-msg": N_("this Outlook message is damaged or not an Outlook message ({detail})"),
    "no-date": N_("the message has no readable date; log this contact by hand with its time"),
    "duplicate": N_("already imported as contact {detail}; it was not imported twice"),
    "duplicate-in-batch": N_(
        "the same message appears twice in what you chose ({detail}); imported once"),
    "case-closed": N_("the case is closed; reopen it before importing e-mails"),
    "malformed-header": N_("the header “{detail}” is malformed; check that field"),
    "unknown-charset": N_(
        "unknown character set “{detail}”: the text was read as UTF-8 and some letters "
        "may be wrong; the original is kept as an exhibit"),
    "body-cut": N_(
        "the text is very long: the contact keeps its first {detail} characters; the "
        "whole message is kept as an exhibit"),
    "nested-message": N_(
        "a forwarded message (“{detail}”) is included in the text and kept as its own "
        "exhibit"),
    "deep-nesting": N_(
        "messages forwarded inside more than {detail} levels are kept as exhibits but not "
        "read"),
    "empty-attachment": N_("the attachment “{detail}” is empty (0 bytes) and was left out"),
    "duplicate-attachment": N_("the attachment “{detail}” appears twice; it is kept once"),
    "attachment-in-other-message": N_(
        "the attachment “{detail}” also came with another message of this import; it is "
        "kept once, with the first"),
    "attachment-already-exhibit": N_(
        "the attachment “{detail}” is already an exhibit of this case"),
    "archive-attachment": N_("“{detail}” is an archive: it is kept as it is and never opened"),
    "executable-attachment": N_(
        "“{detail}” is a program or script: it is kept as evidence but never opened; "
        "never run it"),
    "unreadable-attachment": N_(
        "the attachment “{detail}” could not be decoded and was left out; the original "
        "message keeps it"),
    "too-large-attachment": N_(
        "the attachment “{detail}” is too large to keep as an exhibit; the original "
        "message keeps it"),
    "chat-transcript": N_(
        "this message holds a chat transcript: the agent, bot or human, a request for a "
        "human and a transfer were read from it ({detail}); check them"),
    "plan-stated": PN_(
        "this message states {detail} instalment of your payment plan; you can use it as "
        "the case's payment plan",
        "this message states {detail} instalments of your payment plan; you can use them "
        "as the case's payment plan"),
    "sender-unknown": N_(
        "the sender {detail} is neither you nor a known Klarna address; check the "
        "direction"),
}


def mail_words(code: str, detail: str = "", language: str = "en") -> str:
    """The sentence for ``code`` in ``language`` (any language of the catalogues); unknown codes
    name themselves."""
    message = _WORDS.get(code)
    if message is None:
        return f"{code}: {detail}" if detail else code
    from casekeeper.knowledge.wording import code_of  # Babel is read only when words are needed

    say = translator(code_of(language))
    if isinstance(message, Plural):
        count = int(detail) if detail.isdigit() else 2
        return say.plural(message, count).format(detail=detail)
    return say.gettext(message).format(detail=detail)


def known_codes() -> frozenset[str]:
    """Every code that has words (tests keep the catalogues complete)."""
    return frozenset(_WORDS)
