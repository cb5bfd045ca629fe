"""dossier | letter | checklist."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from casekeeper.cli.arguments import case_id, instant, language_of, optional_date
from casekeeper.cli.choices import parse_choice
from casekeeper.cli.context import Context, FolderContext, Output
from casekeeper.domain.enums import Channel
from casekeeper.errors import InputError
from casekeeper.i18n.formats import file_size
from casekeeper.i18n.markers import N_, Marked
from casekeeper.i18n.told import told_in
from casekeeper.knowledge.wording import level_words

if TYPE_CHECKING:
    from casekeeper.export.letters import LetterDraft


def _pdf_target(text: str, *, allow_text: bool = False) -> Path:
    target = Path(text)
    allowed = (".pdf", ".txt") if allow_text else (".pdf",)
    if target.suffix.lower() not in allowed:
        raise InputError(
            "-o", text, Marked(N_("give a file name ending in {names}"), names=" or ".join(allowed))
        )
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
    tr, language = ctx.out.tr, ctx.out.language
    lines = [tr.gettext("Wrote {file}: {pages}, {size}, SHA-256 {sha256}.").format(
        file=target, pages=tr.ngettext("{n} page", "{n} pages", result.page_count).format(
            n=result.page_count), size=file_size(result.size_bytes, language),
        sha256=result.sha256)]
    lines += [tr.gettext("warning: {warning}").format(warning=told_in(warning, language))
              for warning in result.warnings]
    if result.companion is not None:
        lines.append(tr.gettext("Originals too large to attach ({exhibits}) are in {file}; send "
                                "that file with the PDF.").format(
            exhibits=", ".join(result.separate), file=result.companion))
    if result.withheld:
        lines.append(tr.gettext("Originals not embedded because they may contain masked text: "
                                "{exhibits}").format(exhibits=", ".join(result.withheld)))
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
    text = "\n".join(f"  - {item.message}" for item in items) or ctx.out.tr.gettext(
        "Nothing is missing.")
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
    _report_letter(ctx.out, target, written.pages, written.draft)
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
        _report_letter(ctx.out, target, pages, draft)
        return 0
    source, recipient = _recipient_words(ctx.out, draft)
    at, zone = instant(args.sent_at, ctx.workspace.clock, "--sent-at")
    channel = parse_choice(Channel, args.channel or ("chat" if draft.send_through else "letter"),
                           "--channel")
    logged = ctx.workspace.letters.mark_sent(case_id(args.id), draft, at, zone,
                                             args.tracking or "", channel)
    tr = ctx.out.tr
    ctx.out.emit(_wrote(ctx.out, target, pages, draft) + " " + tr.gettext(
        "{source}; logged as sent (contact {contact}): its answer clock, if any, is in "
        "'casekeeper-cli due'.").format(source=source.rstrip("."), contact=logged),
                 {"file": str(target), "pages": pages, "subject": draft.subject,
                  "contact": logged, **recipient})
    return 0


def _wrote(out: Output, target: Path, pages: int, draft: LetterDraft) -> str:
    """"Wrote FILE (N pages): SUBJECT." in the output's language."""
    tr = out.tr
    return tr.gettext("Wrote {file} ({pages}): {subject}.").format(
        file=target, pages=tr.ngettext("{n} page", "{n} pages", pages).format(n=pages),
        subject=draft.subject)


def _recipient_words(out: Output, draft: LetterDraft) -> tuple[str, dict[str, object]]:
    """Where the recipient's address comes from, in words, and the recipient fields for JSON."""
    tr, language = out.tr, out.language
    level = (tr.gettext("checked") if draft.recipient_verified
             else tr.gettext("NOT verified for this country"))
    source = (tr.gettext("Recipient's address ({level}) from: {source}").format(
        level=level, source=draft.recipient_source) if draft.recipient_source
        else tr.gettext("No address is known for this recipient: complete it."))
    if draft.send_through:
        source = tr.gettext("Route: Klarna's customer service, {channel} ({level}): {source}").format(
            channel=draft.send_through, level=level_words(draft.recipient_level, language),
            source=draft.recipient_source.rstrip("."))
    if draft.postal_option:
        source += tr.gettext(". Or by registered post, as an option: {address} ({level}; from: "
                             "{source})").format(
            address=", ".join(draft.postal_option),
            level=level_words(draft.postal_option_level, language),
            source=draft.postal_option_source)
    recipient: dict[str, object] = {"recipient": list(draft.recipient_lines),
                 "recipient_source": draft.recipient_source,
                 "recipient_verified": draft.recipient_verified,
                 "recipient_level": draft.recipient_level or None,
                 "postal_option": list(draft.postal_option),
                 "postal_option_source": draft.postal_option_source or None,
                 "postal_option_level": draft.postal_option_level or None}
    recipient["send_through"] = draft.send_through or None
    return source, recipient


def _report_letter(out: Output, target: Path, pages: int, draft: LetterDraft) -> None:
    """What was written and how to send it, for a letter not logged as sent."""
    source, recipient = _recipient_words(out, draft)
    tr = out.tr
    how = (tr.gettext("send it yourself through Klarna's customer service (paste it into the "
                      "chat); log it with --sent-at (sent by chat) once sent")
           if draft.send_through else
           tr.gettext("send it yourself; log it with --sent-at (or 'casekeeper-cli log ... "
                      "--channel letter --tracking NUMBER') once posted"))
    out.emit(_wrote(out, target, pages, draft) + " "
             + tr.gettext("{source}. Read it, edit it if needed, and {how}.").format(
                 source=source.rstrip("."), how=how),
             {"file": str(target), "pages": pages, "subject": draft.subject,
              "contact": None, **recipient})
