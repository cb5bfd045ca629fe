"""The dossier's payment table: each instalment due, paid, paused or charged, and the pause."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from casekeeper.domain.enums import InstalmentState
from casekeeper.domain.plan import InstalmentView, PlanView
from casekeeper.export.context import RenderContext
from casekeeper.export.formatting import fmt_money
from casekeeper.export.styles import data_table, para
from casekeeper.i18n import N_, NP_, translator
from casekeeper.i18n.markers import InContext

_WIDTHS = [10 * mm, 30 * mm, 30 * mm, 42 * mm, 30 * mm, 28 * mm]
_WORDS: dict[str, str | InContext] = {
    "title": N_("Payment plan"),
    "no": N_("No."),
    "due": N_("Due on"),
    "amount": N_("Amount"),
    "state": N_("State"),
    "settled": N_("Paid or charged on"),
    "flag": N_("Flag"),
    "due_state": NP_("instalment state", "due"),
    "paid": NP_("instalment state", "paid"),
    "paused": NP_("instalment state", "paused"),
    "charged": NP_("instalment state", "charged by Klarna"),
    "refunded": NP_("instalment state", "refunded"),
    "held": NP_("instalment flag", "held back by the pause"),
    "in_dispute": NP_("instalment flag", "charged during the dispute"),
    "pause": N_("Payments paused on {start} until {end} ({clock}). {label}."),
    "extended": NP_("pause", "extended"),
    "total": N_("Total {total}; left to pay {left}."),
}


def payment_story(ctx: RenderContext, plan: PlanView | None) -> list[Flowable]:
    """The plan's table and pause under the deadlines; nothing when the case has no plan."""
    if plan is None or not plan.instalments:
        return []
    s = ctx.styles
    tr = translator(ctx.lang)
    words = {key: tr.marked(text) for key, text in _WORDS.items()}
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
