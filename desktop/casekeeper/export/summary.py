"""The cover and one-page summary: parties, purchase, problem, remedy, stage, dates, provenance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from casekeeper.domain.enums import Stage
from casekeeper.export.context import RenderContext, evidence_fingerprint
from casekeeper.export.formatting import (
    fmt_country,
    fmt_datetime,
    fmt_money,
    local_date,
    zone_note,
)
from casekeeper.export.pagination import Anchor
from casekeeper.export.styles import FRAME_HEIGHT, FRAME_WIDTH, data_table, key_value_table, para
from casekeeper.export.vocabulary import label

PARAGRAPH_LIMIT = 900


def summary_story(ctx: RenderContext) -> list[Flowable]:
    """The first page, shrunk to fit if the texts are long."""
    case, s = ctx.case, ctx.styles
    content: list[Flowable] = [
        para(ctx.t("title"), s.title),
        para(case.title, s.subtitle),
    ]
    if ctx.options.redact:
        content.append(para(ctx.t("redacted_note"), s.small))
    content.append(key_value_table(_facts(ctx), s, 42 * mm))
    content += [
        para(ctx.t("problem"), s.h2),
        para(_clip(case.problem_text) or ctx.t("not_given"), s.body),
        para(ctx.t("remedy"), s.h2),
        para(_clip(case.remedy) or ctx.t("not_given"), s.body),
        para(ctx.t("key_dates"), s.h2),
        _key_dates(ctx),
        Spacer(1, 3 * mm),
        para(_counts(ctx), s.small),
        Spacer(1, 4 * mm),
        _provenance(ctx),
    ]
    return [
        Anchor("summary", ctx.current, ctx.t("summary"), 0),
        KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT - 2 * mm, content, mode="shrink"),
    ]


def _facts(ctx: RenderContext) -> list[tuple[str, str]]:
    case, lang = ctx.case, ctx.lang
    consumer = "\n".join(
        x for x in (case.consumer_name, case.consumer_address, case.consumer_email) if x
    )
    rows = [
        (ctx.t("consumer"), consumer or ctx.t("not_given")),
        (ctx.t("klarna_entity"), _entity(ctx)),
        (ctx.t("merchant"), case.merchant or ctx.t("not_given")),
        (ctx.t("country"), fmt_country(case.country, lang)),
        (ctx.t("product"), label(case.product, lang)),
        (ctx.t("problem_kind"), label(case.problem, lang)),
        (ctx.t("order_ref"), case.order_ref or ctx.t("not_given")),
        (ctx.t("klarna_ref"), case.klarna_ref or ctx.t("not_given")),
    ]
    if case.klarna_account:
        rows.append((ctx.t("account"), case.klarna_account))
    rows += [
        (ctx.t("amount"), fmt_money(case.amount, case.currency, lang) or ctx.t("not_given")),
        (ctx.t("purchase_date"), ctx.date(case.purchase_date) or ctx.t("not_given")),
        (ctx.t("current_stage"), f"{label(case.stage, lang)} ({label(case.status, lang)})"),
    ]
    return rows


def _key_dates(ctx: RenderContext) -> Flowable:
    case, s = ctx.case, ctx.styles
    contacts = sorted(case.interactions, key=lambda i: i.occurred_at)
    complaints = sorted(x.occurred_at for x in case.stages if x.stage == Stage.FORMAL_COMPLAINT)
    first = contacts[0].occurred_at if contacts else None
    today = local_date(ctx.options.generated_at, ctx.zone)
    start = local_date(first, ctx.zone) if first else local_date(case.created_at, ctx.zone)
    none = ctx.t("none")
    row = [
        ctx.date(local_date(first, ctx.zone)) if first else none,
        ctx.date(local_date(complaints[0], ctx.zone)) if complaints else none,
        ctx.date(local_date(contacts[-1].occurred_at, ctx.zone)) if contacts else none,
        ctx.tn("disputed_for", max(0, (today - start).days)),
    ]
    heads = [ctx.t("first_contact"), ctx.t("complaint"), ctx.t("last_contact"), ""]
    width = FRAME_WIDTH / 4
    return data_table(
        [[para(h, s.cell_head) for h in heads], [para(v, s.cell) for v in row]], [width] * 4
    )


def _counts(ctx: RenderContext) -> str:
    case = ctx.case
    broken = sum(1 for p in case.promises if p.state.value == "broken")
    return ctx.t(
        "contacts_count",
        contacts=ctx.tn("count_contacts", len(case.interactions)),
        promises=ctx.tn("count_promises", len(case.promises)),
        broken=ctx.tn("count_broken", broken),
        exhibits=ctx.tn("count_exhibits", len(case.evidence)),
    )


def _provenance(ctx: RenderContext) -> Flowable:
    opts, s = ctx.options, ctx.styles
    start, end = opts.date_from, opts.date_to
    if start is None and end is None:
        period = ctx.t("period_all")
    else:
        period = ctx.t("period_from_to", start=ctx.date(start) or "…", end=ctx.date(end) or "…")
    rows = [
        [
            para(ctx.t("generated_on"), s.cell_head),
            para(fmt_datetime(opts.generated_at, ctx.zone, ctx.lang), s.cell),
        ],
        [para(ctx.t("app_version"), s.cell_head), para(f"Case Keeper {opts.app_version}", s.cell)],
        [para(ctx.t("period"), s.cell_head), para(period, s.cell)],
        [para(ctx.t("zone_row"), s.cell_head), para(zone_note(ctx.zone, ctx.lang), s.cell)],
        [para(ctx.t("evidence_fp"), s.cell_head), para(evidence_fingerprint(ctx.case), s.mono)],
    ]
    return data_table(rows, [52 * mm, FRAME_WIDTH - 52 * mm], header=False)


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= PARAGRAPH_LIMIT else text[: PARAGRAPH_LIMIT - 1].rstrip() + "…"


def _entity(ctx: RenderContext) -> str:
    """The company as the person named it, with its legal name from the rules when they differ."""
    named, legal = ctx.case.company.strip(), ctx.entity.strip()
    if legal and named and named.lower() not in legal.lower():
        return f"{named} ({legal})"
    return legal or named or ctx.t("not_given")
