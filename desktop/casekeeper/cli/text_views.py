"""Human-readable output of the read commands: short lines, local times, exhibit labels."""

from __future__ import annotations

from datetime import datetime

from casekeeper.domain.dto import CaseDetail, CaseSummary, SearchHit, TrashItem
from casekeeper.domain.enums import AgentKind
from casekeeper.domain.values import local_time


def _when(instant: datetime, zone: str) -> str:
    local = local_time(instant, zone)
    return f"{local:%Y-%m-%d %H:%M} ({zone})"


def case_list(cases: list[CaseSummary]) -> str:
    """The case list as aligned lines."""
    if not cases:
        return "No cases yet. Open one with: casekeeper-cli case add --title TITLE --merchant SHOP"
    lines = []
    for case in cases:
        amount = f"{case.amount} {case.currency}" if case.amount is not None else "-"
        flags = []
        if case.overdue_promises:
            flags.append(f"{case.overdue_promises} overdue promise(s)")
        if case.broken_promises:
            flags.append(f"{case.broken_promises} broken promise(s)")
        last = f"last contact {case.last_contact_at:%Y-%m-%d}" if case.last_contact_at else "no contact"
        lines.append(f"{case.id:>4}  {case.title}  [{case.status.value}, {case.stage.value}]  "
                     f"{case.merchant or '-'}  {amount}  {case.interaction_count} contact(s), {last}"
                     + (f"  ! {'; '.join(flags)}" if flags else ""))
    return "\n".join(lines)


def case_detail(case: CaseDetail) -> str:
    """The whole case as sections."""
    amount = f"{case.amount} {case.currency}" if case.amount is not None else "-"
    out = [
        f"Case {case.id}: {case.title}",
        f"  Status {case.status.value} · stage {case.stage.value} · country {case.country} · "
        f"company {case.company}",
        f"  Merchant {case.merchant or '-'} · order {case.order_ref or '-'} · Klarna ref "
        f"{case.klarna_ref or '-'} · amount {amount} · product {case.product.value}",
    ]
    if case.purchase_date:
        out.append(f"  Purchased {case.purchase_date.isoformat()}")
    if case.problem_text:
        out.append(f"  Problem ({case.problem.value}): {case.problem_text}")
    if case.remedy:
        out.append(f"  Remedy sought: {case.remedy}")
    if case.closing_outcome:
        out.append(f"  Outcome: {case.closing_outcome}")
    out.append(f"\nInteractions ({len(case.interactions)})")
    for row in case.interactions:
        agent = row.agent_name or "unnamed agent"
        kind = "" if row.agent_kind is AgentKind.UNKNOWN else f" ({row.agent_kind.value})"
        ref = f" · ref {row.reference}" if row.reference else ""
        exhibits = f" · {', '.join(f'E{n}' for n in row.exhibits)}" if row.exhibits else ""
        out.append(f"  #{row.id} {_when(row.occurred_at, row.zone)} {row.channel.value} "
                   f"{row.direction.value} · {agent}{kind}{ref} · {row.outcome.value}{exhibits}")
        if row.summary:
            out.append(f"      {row.summary}")
    out.append(f"\nPromises ({len(case.promises)})")
    for promise in case.promises:
        due = promise.due_date.isoformat() if promise.due_date else "no due date"
        state = "OVERDUE" if promise.overdue else promise.state.value
        out.append(f"  P{promise.id} {promise.text} · due {due} · {state}"
                   + (f" · by {promise.made_by}" if promise.made_by else ""))
    out.append(f"\nStages ({len(case.stages)})")
    for step in case.stages:
        ref = f" · ref {step.reference}" if step.reference else ""
        body = f" · {step.body}" if step.body else ""
        out.append(f"  S{step.id} {_when(step.occurred_at, step.zone)} {step.stage.value}{ref}{body}")
    out.append(f"\nEvidence ({len(case.evidence)})")
    for item in case.evidence:
        out.append(f"  {item.label} {item.title} · {item.original_name} · {item.media_type} · "
                   f"{item.size} bytes · sha256 {item.sha256}")
    return "\n".join(out)


def search_hits(hits: list[SearchHit]) -> str:
    """Search results, one per line."""
    if not hits:
        return "Nothing found."
    return "\n".join(f"case {hit.case_id} ({hit.case_title}) · {hit.kind} {hit.record_id}: "
                     f"{hit.snippet}" for hit in hits)


def trash(items: list[TrashItem]) -> str:
    """The trash, one record per line."""
    if not items:
        return "The trash is empty."
    return "\n".join(f"{item.kind.value} {item.record_id} · case {item.case_id} · {item.description}"
                     f" · deleted {item.deleted_at:%Y-%m-%d %H:%M} UTC" for item in items)
