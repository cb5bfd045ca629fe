"""The dossier's payment table: each instalment due, paid, paused or charged, and the pause."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from casekeeper.domain.enums import InstalmentState
from casekeeper.domain.plan import InstalmentView, PlanView
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import fmt_money
from casekeeper.export.styles import data_table, para

_WIDTHS = [10 * mm, 30 * mm, 30 * mm, 42 * mm, 30 * mm, 28 * mm]
_WORDS = {
    "en": {"title": "Payment plan", "no": "No.", "due": "Due on", "amount": "Amount",
           "state": "State", "settled": "Paid or charged on", "flag": "Flag",
           "due_state": "due", "paid": "paid", "paused": "paused", "charged": "charged by Klarna",
           "refunded": "refunded", "held": "held back by the pause",
           "in_dispute": "charged during the dispute",
           "pause": "Payments paused on {start} until {end} ({clock}). {label}.",
           "extended": "extended", "total": "Total {total}; left to pay {left}."},
    "fr": {"title": "Échéancier", "no": "N°", "due": "Échéance", "amount": "Montant",
           "state": "État", "settled": "Payé ou prélevé le", "flag": "Remarque",
           "due_state": "à payer", "paid": "payé", "paused": "suspendu",
           "charged": "prélevé par Klarna", "refunded": "remboursé",
           "held": "retenu par la suspension", "in_dispute": "prélevé pendant le litige",
           "pause": "Paiements suspendus le {start} jusqu'au {end} ({clock}). {label}.",
           "extended": "prolongé", "total": "Total {total} ; reste à payer {left}."},
}


def payment_story(ctx: RenderContext, plan: PlanView | None) -> list[Flowable]:
    """The plan's table and pause under the deadlines; nothing when the case has no plan."""
    if plan is None or not plan.instalments:
        return []
    s = ctx.styles
    words = _WORDS["fr" if ctx.lang == "fr" else "en"]
    heads = [words[key] for key in ("no", "due", "amount", "state", "settled", "flag")]
    rows: list[list[object]] = [[para(text, s.cell_head) for text in heads]]
    for item in plan.instalments:
        rows.append([para(text, s.cell) for text in _row(ctx, plan, item, words)])
    total = fmt_money(plan.total, plan.currency, ctx.lang)
    left = fmt_money(plan.left_to_pay(), plan.currency, ctx.lang)
    story: list[Flowable] = [para(words["title"], s.h2), data_table(rows, _WIDTHS),
                             para(words["total"].format(total=total, left=left), s.small)]
    if plan.pause is not None:
        pause = plan.pause
        story.append(para(words["pause"].format(
            start=ctx.date(pause.started_on), end=ctx.date(pause.ends_on),
            clock=words["extended"] if pause.extended else pause.clock, label=pause.label), s.small))
    return story


def _row(ctx: RenderContext, plan: PlanView, item: InstalmentView,
         words: dict[str, str]) -> list[str]:
    state_key = "due_state" if item.state is InstalmentState.DUE else item.state.value
    flags = [*([words["held"]] if item.paused and item.state is InstalmentState.DUE else []),
             *([words["in_dispute"]] if item.charged_in_dispute else [])]
    return [str(item.number), ctx.date(item.due_date),
            fmt_money(item.amount, plan.currency, ctx.lang), words[state_key],
            ctx.date(item.settled_on) if item.settled_on else "", "; ".join(flags)]
