"""email: import saved e-mails (.eml, Outlook .msg, mbox) into a case as contacts with exhibits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from casekeeper.cli.arguments import case_id, language_of
from casekeeper.cli.context import Context
from casekeeper.domain.values import local_time
from casekeeper.errors import KnownError
from casekeeper.i18n import N_, NP_, PN_, translator
from casekeeper.i18n.formats import file_size, money, short_date, short_datetime
from casekeeper.i18n.markers import InContext, Marked

if TYPE_CHECKING:  # every command's parser imports this module; e-mail import loads on use
    from casekeeper.services.mail_drafts import MailDraft, MailImportResult, MailPlan


def email(ctx: Context) -> int:
    """Read the files, show what they hold, and import them in one transaction."""
    args = ctx.args
    ident = case_id(args.id)
    language = language_of(args.lang)
    plan = ctx.workspace.mail.plan(ident, [Path(name) for name in args.file])
    blocked = bool(plan.refusals) and not args.skip_refused
    result = None
    from casekeeper.services.mail_drafts import stated_plan

    stating = stated_plan(plan.drafts) if args.use_plan else None
    if args.use_plan and stating is None:
        raise KnownError.marked(
            N_(
                "None of these messages states instalments; nothing was "
                "imported. Leave out --use-plan, or set the plan with "
                "'casekeeper-cli plan set'."
            )
        )
    if plan.drafts and not args.dry_run and not blocked:
        result = ctx.workspace.mail.save(ident, plan.drafts,
                                         plan=stating.instalments if stating else ())
    ctx.out.emit(_text(plan, result, language, dry_run=args.dry_run),
                 _data(plan, result, language, dry_run=args.dry_run))
    if not plan.drafts:
        raise KnownError.marked(N_("No message could be imported (see the reasons above)."))
    if blocked and not args.dry_run:
        raise KnownError(
            Marked(
                N_("{refused}; nothing was imported. {hint}"),
                refused=Marked(
                    PN_("{n} message refused (listed above)", "{n} messages refused (listed above)"),
                    len(plan.refusals),
                ),
                hint=Marked(
                    PN_(
                        "Give --skip-refused to import the other one.",
                        "Give --skip-refused to import the {n} others.",
                    ),
                    len(plan.drafts),
                ),
            )
        )
    return 0


_IMPORTED = PN_("Imported {n} contact into case {case}:", "Imported {n} contacts into case {case}:")
_WOULD = PN_("{n} contact would be created in case {case}",
             "{n} contacts would be created in case {case}")
_WORDS: dict[str, str | InContext] = {
    "dry": N_(" (dry run: nothing saved)"), "unsaved": N_(" (nothing saved)"),
    "no_agent": N_("agent not named"), "ref": N_("ref."), "note": N_("note"),
    "set_from": N_("Payment plan set from"), "stated_in": N_("Instalments stated in"),
    "refused": N_("Refused:"), "to-klarna": NP_("direction", "to Klarna"),
    "from-klarna": NP_("direction", "from Klarna"),
}


def _text(plan: MailPlan, result: MailImportResult | None, language: str, *, dry_run: bool) -> str:
    tr = translator(language)
    words = {key: tr.marked(text) for key, text in _WORDS.items()}
    colon = tr.gettext("{title}:").format(title="")
    saved = result.contacts if result is not None else ()
    if result is not None:
        lines = [tr.plural(_IMPORTED, len(saved)).format(n=len(saved), case=plan.case_id)]
    else:
        lines = [tr.plural(_WOULD, len(plan.drafts)).format(n=len(plan.drafts), case=plan.case_id)
                 + (words["dry"] if dry_run else words["unsaved"]) + colon]
    for index, draft in enumerate(plan.drafts):
        contact = draft.contact
        when = short_datetime(local_time(contact.occurred_at, contact.zone), language)
        ident = f"#{saved[index].interaction_id} " if index < len(saved) else ""
        lines.append(f"  {ident}{draft.source}{colon} {when} {contact.zone}, "
                     f"{words[contact.direction.value]}, "
                     f"{contact.agent_name or words['no_agent']}, "
                     f"{words['ref']} {contact.reference or '-'}, “{contact.email_subject}”")
        numbers = saved[index].exhibits if index < len(saved) else ()
        for position, exhibit in enumerate(draft.exhibits):
            label = f"E{numbers[position]} " if position < len(numbers) else ""
            lines.append(f"    {label}{exhibit.name} ({file_size(exhibit.size, language)}) "
                         f"{exhibit.sha256}")
        lines.extend(f"    {words['note']}{colon} {text}" for text in draft.note_texts(language))
    from casekeeper.services.mail_drafts import stated_plan

    stating = stated_plan(plan.drafts)
    if stating is not None:
        used = result is not None and dry_run is False and _used(stating, result)
        lines.append(
            f"{words['set_from'] if used else words['stated_in']} "
            f"{stating.source}{colon} "
            + ", ".join(
                f"{short_date(item.due_date, language)} "
                f"{money(item.amount, None, language)} "
                f"{tr.pgettext('instalment state', item.state.value)}"
                for item in stating.instalments
            )
        )
    if plan.refusals:
        lines.append(words["refused"])
        lines.extend(f"  {refusal.text(language)}" for refusal in plan.refusals)
    return "\n".join(lines)


def _used(stating: MailDraft, result: MailImportResult) -> bool:
    return result.plan_set and any(item.source == stating.source for item in result.contacts)


def _data(plan: MailPlan, result: MailImportResult | None, language: str, *,
          dry_run: bool) -> dict[str, Any]:
    saved = result.contacts if result is not None else ()
    contacts = []
    for index, draft in enumerate(plan.drafts):
        item = _draft_data(draft, language)
        if index < len(saved):
            item["id"] = saved[index].interaction_id
            item["exhibits_created"] = [f"E{number}" for number in saved[index].exhibits]
        contacts.append(item)
    return {"case": plan.case_id, "dry_run": dry_run, "saved": result is not None,
            "plan_set": bool(result is not None and result.plan_set),
            "contacts": contacts,
            "refused": [{"source": refusal.source, "code": refusal.code,
                         "message": refusal.text(language)} for refusal in plan.refusals]}


def _draft_data(draft: MailDraft, language: str) -> dict[str, Any]:
    contact = draft.contact
    return {
        "source": draft.source, "message_id": draft.message_id,
        "occurred_at": contact.occurred_at.isoformat(), "zone": contact.zone,
        "channel": contact.channel.value, "direction": contact.direction.value,
        "agent": contact.agent_name, "agent_kind": contact.agent_kind.value,
        "reference": contact.reference, "references": list(draft.references),
        "subject": contact.email_subject, "summary": contact.summary,
        "files": [{"name": exhibit.name, "title": exhibit.title, "media_type": exhibit.media_type,
                   "size": exhibit.size, "sha256": exhibit.sha256, "message": exhibit.is_message}
                  for exhibit in draft.exhibits],
        "notes": [{"code": note.code, "detail": note.detail} for note in draft.notes],
        "instalments": [{"due": item.due_date.isoformat(), "amount": f"{item.amount:.2f}",
                         "state": item.state.value} for item in draft.instalments],
        "note_texts": draft.note_texts(language),
    }
