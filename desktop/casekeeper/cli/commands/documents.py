"""dossier | letter | checklist."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.cli.arguments import case_id, instant, language_of, optional_date
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context, FolderContext, Output
from casekeeper.domain.enums import Channel
from casekeeper.errors import InputError
from casekeeper.knowledge.wording import level_words

if TYPE_CHECKING:
    from casekeeper.export.letters import LetterDraft


def _pdf_target(text: str, *, allow_text: bool = False) -> Path:
    target = Path(text)
    allowed = (".pdf", ".txt") if allow_text else (".pdf",)
    if target.suffix.lower() not in allowed:
        raise InputError("-o", text, f"give a file name ending in {' or '.join(allowed)}")
    return target


def dossier(ctx: Context) -> int:
    """Write the case's dossier PDF."""
    from casekeeper.export import DossierOptions

    args = ctx.args
    ident = case_id(args.id)
    target = _pdf_target(args.output)
    options = DossierOptions(
        language=language_of(args.lang),
        date_from=optional_date(args.date_from, "--from"),
        date_to=optional_date(args.date_to, "--to"),
        include_exhibits=not args.no_exhibits, redact=args.redact,
        redact_strings=tuple(args.mask or ()))
    result = ctx.workspace.dossiers.export(ident, target, options)
    lines = [f"Wrote {target}: {result.page_count} pages, {result.size_bytes // 1024} KB, "
             f"SHA-256 {result.sha256}."]
    lines += [f"warning: {warning}" for warning in result.warnings]
    if result.companion is not None:
        lines.append(f"Originals too large to attach ({', '.join(result.separate)}) are in "
                     f"{result.companion}; send that file with the PDF.")
    if result.withheld:
        lines.append("Originals not embedded because they may contain masked text: "
                     + ", ".join(result.withheld))
    ctx.out.emit("\n".join(lines), {
        "file": str(target), "pages": result.page_count, "size": result.size_bytes,
        "sha256": result.sha256, "attached": list(result.attached),
        "withheld": list(result.withheld), "warnings": list(result.warnings),
        "separate": list(result.separate),
        "companion": None if result.companion is None else str(result.companion),
        "exhibit_pages": {f"E{k}": v for k, v in result.exhibit_pages.items()}})
    return 0


def checklist(ctx: Context) -> int:
    """What to complete before exporting a dossier."""
    items = ctx.workspace.dossiers.checklist(case_id(ctx.args.id), language_of(ctx.args.lang))
    text = "\n".join(f"  - {item.message}" for item in items) or "Nothing is missing."
    ctx.out.emit(text, [{"code": i.code, "message": i.message, "record_kind": i.record_kind,
                         "record_id": i.record_id} for i in items])
    return 0


def quick_letter(ctx: FolderContext) -> int | None:
    """The letter from the case file read directly; None to take the ordinary path (logging a
    letter as sent, or a file that needs the full open)."""
    from casekeeper.export.letters import LetterKind
    from casekeeper.services.quick_letters import quick_letter as write_quickly

    args = ctx.args
    if args.sent_at is not None:
        return None
    kind = parse_choice(LetterKind, args.kind, "--kind")
    target = _pdf_target(args.output, allow_text=True)
    promise = case_id(args.promise, "--promise") if args.promise else None
    written = write_quickly(ctx.paths, case_id(args.id), kind, target, language_of(args.lang),
                            promise, ctx.clock)
    if written is None:
        return None
    _report_letter(ctx.out, args, target, written.pages, written.draft)
    return 0


def letter(ctx: Context) -> int:
    """Write a pre-filled letter as PDF (or plain text with a .txt file name)."""
    from casekeeper.export.letters import LetterKind

    args = ctx.args
    kind = parse_choice(LetterKind, args.kind, "--kind")
    target = _pdf_target(args.output, allow_text=True)
    promise = case_id(args.promise, "--promise") if args.promise else None
    draft = ctx.workspace.letters.draft(case_id(args.id), kind, language_of(args.lang), promise)
    pages = ctx.workspace.letters.write(draft, target)
    if args.sent_at is None:
        _report_letter(ctx.out, args, target, pages, draft)
        return 0
    source, recipient = _recipient_words(args, draft)
    at, zone = instant(args.sent_at, ctx.workspace.clock, "--sent-at")
    channel = parse_choice(Channel, args.channel or ("chat" if draft.send_through else "letter"),
                           "--channel")
    logged = ctx.workspace.letters.mark_sent(case_id(args.id), draft, at, zone,
                                             args.tracking or "", channel)
    ctx.out.emit(f"Wrote {target} ({pages} page(s)): {draft.subject}. {source}; logged as sent "
                 f"(contact {logged}): its answer clock, if any, is in 'casekeeper-cli due'.",
                 {"file": str(target), "pages": pages, "subject": draft.subject,
                  "contact": logged, **recipient})
    return 0


def _recipient_words(args: argparse.Namespace,
                     draft: LetterDraft) -> tuple[str, dict[str, object]]:
    """Where the recipient's address comes from, in words, and the recipient fields for JSON."""
    level = "checked" if draft.recipient_verified else "NOT verified for this country"
    source = (f"Recipient's address ({level}) from: {draft.recipient_source}"
              if draft.recipient_source else "No address is known for this recipient: complete it.")
    if draft.send_through:
        source = (f"Route: Klarna's customer service, {draft.send_through} ("
                  f"{level_words(draft.recipient_level, language_of(args.lang))}): "
                  f"{draft.recipient_source.rstrip('.')}")
    if draft.postal_option:
        source += (f". Or by registered post, as an option: {', '.join(draft.postal_option)} "
                   f"({level_words(draft.postal_option_level, language_of(args.lang))}; from: "
                   f"{draft.postal_option_source})")
    recipient: dict[str, object] = {"recipient": list(draft.recipient_lines),
                 "recipient_source": draft.recipient_source,
                 "recipient_verified": draft.recipient_verified,
                 "recipient_level": draft.recipient_level or None,
                 "postal_option": list(draft.postal_option),
                 "postal_option_source": draft.postal_option_source or None,
                 "postal_option_level": draft.postal_option_level or None}
    recipient["send_through"] = draft.send_through or None
    return source, recipient


def _report_letter(out: Output, args: argparse.Namespace, target: Path, pages: int,
                   draft: LetterDraft) -> None:
    source, recipient = _recipient_words(args, draft)
    how = ("send it yourself through Klarna's customer service (paste it into the chat); log "
           "it with --sent-at (sent by chat) once sent" if draft.send_through else
           "send it yourself; log it with --sent-at (or 'casekeeper-cli log ... --channel "
           "letter --tracking NUMBER') once posted")
    out.emit(f"Wrote {target} ({pages} page(s)): {draft.subject}. {source}. Read it, edit "
             f"it if needed, and {how}.",
             {"file": str(target), "pages": pages, "subject": draft.subject,
              "contact": None, **recipient})
