"""Human-readable output of the read commands in the person's language: short lines, local times
and dates, amounts in the language's conventions, exhibit labels."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from casekeeper.domain.enums import AgentKind
from casekeeper.domain.values import local_time
from casekeeper.export.vocabulary import label
from casekeeper.i18n import N_, NP_, PN_, translator
from casekeeper.i18n.formats import file_size, money, short_date, short_datetime

if TYPE_CHECKING:  # the views are only read here: `case list` answers without making them all
    from casekeeper.domain.dto import CaseDetail, CaseSummary, SearchHit, TrashItem

_NO_CASES = N_("No cases yet. Open one with: casekeeper-cli case add --title TITLE --merchant NAME")
_OVERDUE = PN_("{n} overdue promise", "{n} overdue promises")
_BROKEN = PN_("{n} broken promise", "{n} broken promises")
_CONTACTS = PN_("{n} contact", "{n} contacts")
_LAST = N_("last contact {date}")
_NO_CONTACT = N_("no contact")
_HEADINGS = {
    "interactions": NP_("case show heading", "Interactions ({n})"),
    "promises": NP_("case show heading", "Promises ({n})"),
    "stages": NP_("case show heading", "Stages ({n})"),
    "evidence": NP_("case show heading", "Evidence ({n})"),
}


# The kinds of record of the trash and of search results (their JSON keeps the English key).
_RECORD_KINDS = {
    "case": NP_("record kind", "case"),
    "interaction": NP_("record kind", "contact"),
    "promise": NP_("record kind", "promise"),
    "stage-change": NP_("record kind", "stage change"),
    "stage_change": NP_("record kind", "stage change"),
    "evidence": NP_("record kind", "exhibit"),
    "exhibit": NP_("record kind", "exhibit"),
}


def record_kind(kind: str, language: str) -> str:
    """A kind of record (``interaction``, ``evidence``...) as the person reads it."""
    known = _RECORD_KINDS.get(str(kind))
    return str(kind) if known is None else translator(language).marked(known)


def when(instant: datetime, zone: str, language: str) -> str:
    """A moment in its own zone, in the language's date format: ``12. Okt. 2026 14:05 (Europe/Berlin)``."""
    local = local_time(instant, zone)
    if local.year < 1000:  # an absurd year reads as it is stored, not as "2"
        return f"{local:%Y-%m-%d %H:%M} ({zone})"
    return f"{short_datetime(local, language)} ({zone})"


def day_text(value: date, language: str) -> str:
    """A date in the language's format (an absurd year before 1000 as it is stored)."""
    return value.isoformat() if value.year < 1000 else short_date(value, language)


def amount_text(amount: Decimal | None, currency: str | None, language: str) -> str:
    """An amount with its currency in the language's conventions, ``-`` when there is none."""
    return "-" if amount is None else money(amount, currency, language)


def case_list(cases: list[CaseSummary], language: str = "en") -> str:
    """The case list as aligned lines."""
    tr = translator(language)
    if not cases:
        return tr.gettext(_NO_CASES)
    lines = []
    for case in cases:
        flags = []
        if case.overdue_promises:
            flags.append(tr.plural(_OVERDUE, case.overdue_promises).format(n=case.overdue_promises))
        if case.broken_promises:
            flags.append(tr.plural(_BROKEN, case.broken_promises).format(n=case.broken_promises))
        last = (
            tr.gettext(_LAST).format(date=day_text(case.last_contact_at.date(), language))
            if case.last_contact_at
            else tr.gettext(_NO_CONTACT)
        )
        contacts = tr.plural(_CONTACTS, case.interaction_count).format(n=case.interaction_count)
        lines.append(
            f"{case.id:>4}  {case.title}  [{label(case.status, language)}, "
            f"{label(case.stage, language)}]  {case.merchant or '-'}  "
            f"{amount_text(case.amount, case.currency, language)}  {contacts}, {last}"
            + (f"  ! {'; '.join(flags)}" if flags else "")
        )
    return "\n".join(lines)


def case_detail(case: CaseDetail, language: str = "en") -> str:
    """The whole case as sections."""
    tr = translator(language)
    out = [
        tr.gettext("Case {id}: {title}").format(id=case.id, title=case.title),
        "  "
        + tr.gettext("Status {status} · stage {stage} · country {country} · company {company}").format(
            status=label(case.status, language),
            stage=label(case.stage, language),
            country=case.country,
            company=case.company,
        ),
        "  "
        + tr.gettext(
            "Merchant {merchant} · order {order} · Klarna ref {ref} · amount {amount} · product {product}"
        ).format(
            merchant=case.merchant or "-",
            order=case.order_ref or "-",
            ref=case.klarna_ref or "-",
            amount=amount_text(case.amount, case.currency, language),
            product=label(case.product, language),
        ),
    ]
    if case.purchase_date:
        out.append(
            "  " + tr.gettext("Purchased on {date}").format(date=day_text(case.purchase_date, language))
        )
    if case.problem_text:
        out.append(
            "  "
            + tr.gettext("Problem ({problem}): {text}").format(
                problem=label(case.problem, language), text=case.problem_text
            )
        )
    if case.remedy:
        out.append("  " + tr.gettext("Remedy sought: {remedy}").format(remedy=case.remedy))
    if case.closing_outcome:
        out.append("  " + tr.gettext("Outcome: {outcome}").format(outcome=case.closing_outcome))
    out.append("\n" + tr.marked(_HEADINGS["interactions"]).format(n=len(case.interactions)))
    for row in case.interactions:
        agent = row.agent_name or tr.gettext("unnamed agent")
        kind = "" if row.agent_kind is AgentKind.UNKNOWN else f" ({label(row.agent_kind, language)})"
        ref = " · " + tr.gettext("ref {reference}").format(reference=row.reference) if row.reference else ""
        exhibits = f" · {', '.join(f'E{n}' for n in row.exhibits)}" if row.exhibits else ""
        out.append(
            f"  #{row.id} {when(row.occurred_at, row.zone, language)} "
            f"{label(row.channel, language)} {label(row.direction, language)} · {agent}"
            f"{kind}{ref} · {label(row.outcome, language)}{exhibits}"
        )
        if row.summary:
            out.append(f"      {row.summary}")
    out.append("\n" + tr.marked(_HEADINGS["promises"]).format(n=len(case.promises)))
    for promise in case.promises:
        due = (
            tr.gettext("due {date}").format(date=day_text(promise.due_date, language))
            if promise.due_date
            else tr.gettext("no due date")
        )
        state = tr.gettext("OVERDUE") if promise.overdue else label(promise.state, language)
        by = " · " + tr.gettext("by {who}").format(who=promise.made_by) if promise.made_by else ""
        out.append(f"  P{promise.id} {promise.text} · {due} · {state}{by}")
    out.append("\n" + tr.marked(_HEADINGS["stages"]).format(n=len(case.stages)))
    for step in case.stages:
        ref = " · " + tr.gettext("ref {reference}").format(reference=step.reference) if step.reference else ""
        body = f" · {step.body}" if step.body else ""
        out.append(
            f"  S{step.id} {when(step.occurred_at, step.zone, language)} "
            f"{label(step.stage, language)}{ref}{body}"
        )
    out.append("\n" + tr.marked(_HEADINGS["evidence"]).format(n=len(case.evidence)))
    for item in case.evidence:
        out.append(
            f"  {item.label} {item.title} · {item.original_name} · {item.media_type} · "
            f"{file_size(item.size, language)} · sha256 {item.sha256}"
        )
    return "\n".join(out)


def search_hits(hits: list[SearchHit], language: str = "en") -> str:
    """Search results, one per line."""
    tr = translator(language)
    if not hits:
        return tr.gettext("Nothing found.")
    return "\n".join(
        tr.gettext("case {case} ({title}) · {kind} {record}: {snippet}").format(
            case=hit.case_id,
            title=hit.case_title,
            kind=record_kind(hit.kind, language),
            record=hit.record_id,
            snippet=hit.snippet,
        )
        for hit in hits
    )


def trash(items: list[TrashItem], language: str = "en") -> str:
    """The trash, one record per line."""
    tr = translator(language)
    if not items:
        return tr.gettext("The trash is empty.")
    return "\n".join(
        tr.gettext("{kind} {record} · case {case} · {description} · deleted {when}").format(
            kind=record_kind(item.kind.value, language),
            record=item.record_id,
            case=item.case_id,
            description=_told(item.description, language),
            when=short_datetime(item.deleted_at, language) + " UTC",
        )
        for item in items
    )


def _told(text: str, language: str) -> str:
    from casekeeper.i18n.told import told_in

    return told_in(text, language)
