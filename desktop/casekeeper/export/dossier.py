"""Renders a dossier PDF: plan exhibits, lay out once (pictures prepared meanwhile on every
core), finish with pikepdf, write atomically."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pikepdf

from casekeeper.domain.plan import PlanView
from casekeeper.export.atomic import atomic_write
from casekeeper.export.companion import companion_path, write_companion
from casekeeper.export.context import RenderContext
from casekeeper.export.deadlines import deadlines_story
from casekeeper.export.exhibits import ExhibitPlan, exhibit_pages_story, index_story, plan_exhibits
from casekeeper.export.finishing import Finish, finish_pdf
from casekeeper.export.formatting import fmt_datetime
from casekeeper.export.i18n import msg
from casekeeper.export.images import max_pixels
from casekeeper.export.integrity import integrity_story
from casekeeper.export.journal import escalation_story, log_story
from casekeeper.export.ombudsman import declaration_story, ombudsman_story
from casekeeper.export.options import DossierRequest, DossierResult, ExportCancelledError
from casekeeper.export.originals import sha256_of
from casekeeper.export.pagination import DocMeta, Furniture, PassInfo, build_pdf
from casekeeper.export.payment_table import payment_story
from casekeeper.export.picture_pool import PicturePool
from casekeeper.export.redaction import build_redactor, redact_case, redact_deadlines
from casekeeper.export.scratch import scratch_folder
from casekeeper.export.styles import make_styles
from casekeeper.export.summary import summary_story
from casekeeper.export.transcripts import transcripts_story

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


LAYOUT_STEPS = 40


class _Steps:
    """Counts steps, reports progress and raises :class:`ExportCancelledError` on request."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled
        self.layout_done = 0

    def check(self) -> None:
        """Raise if the person cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelledError()

    def __call__(self) -> None:
        self.check()
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def layout(self, laid: int, everything: int) -> None:
        """The layout's share of the bar (:data:`LAYOUT_STEPS`), from flowables laid out."""
        self.check()
        while self.layout_done < min(LAYOUT_STEPS, LAYOUT_STEPS * laid // everything):
            self.layout_done += 1
            self()

    def finish_layout(self) -> None:
        """Whatever the layout's estimate said, its share is complete."""
        while self.layout_done < LAYOUT_STEPS:
            self.layout_done += 1
            self()


def render_dossier(
    request: DossierRequest,
    out_path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DossierResult:
    """Render the dossier of ``request`` to ``out_path`` (atomically) and describe the result.

    Raises :class:`~casekeeper.errors.KnownError` for an unwritable folder or a full disk and
    :class:`ExportCancelledError` when ``cancelled()`` turns true; no partial file
    is left either way.
    """
    started = time.perf_counter()
    opts, raw_case = request.options, request.case
    evidence = tuple(sorted(raw_case.evidence, key=lambda e: e.exhibit_no))
    steps = _Steps(2 * len(evidence) + 3 + LAYOUT_STEPS, progress, cancelled)
    redactor = build_redactor(raw_case, opts.redact_strings, opts.language, opts.redact)
    case = redact_case(raw_case, redactor)
    deadlines = redact_deadlines(request.deadlines, redactor)
    styles = make_styles()
    with scratch_folder([e.sha256 for e in request.case.evidence],
                        deterministic=request.options.deterministic) as scratch, \
            PicturePool(Path(scratch), max_pixels(), steps.check) as pictures:
        shown = tuple(sorted(case.evidence, key=lambda e: e.exhibit_no))
        companion = companion_path(out_path)
        plans = plan_exhibits(shown, evidence, opts, redactor, Path(scratch), steps,
                              companion.name, pictures)
        if opts.include_exhibits:
            steps.total += sum(1 for plan in plans if plan.picture is not None)

        def story_for(previous: PassInfo, current: PassInfo) -> list[object]:
            ctx = RenderContext(
                case, deadlines, request.display_zone, opts, styles, previous, current,
                request.advice,
                request.entity,
                pictures,
                steps,
            )
            return _story(ctx, plans, request.plan)

        steps()
        rendered, record = build_pdf(
            story_for,
            _furniture(request, case.title, case.klarna_ref or case.order_ref),
            _meta(request, case.title, case.company, case.merchant),
            steps.layout,
        )
        steps.finish_layout()
        pictures.close()
        laid_out = Path(scratch) / "laid-out.pdf"  # read back by pikepdf as it needs it
        laid_out.write_bytes(rendered)
        del rendered
        gc.collect()  # the laid-out story and canvas are cyclic garbage: free them before finishing
        steps()
        job = Finish(
            plans,
            {e.exhibit_no: Path(e.stored_path) for e in evidence},
            record,
            opts.language,
            opts.generated_at,
            opts.deterministic,
        )
        attached: list[str] = []

        def write(temp: Path) -> None:
            attached.extend(finish_pdf(laid_out, job, temp, steps))
            steps()

        atomic_write(out_path, write)
        separate: tuple[str, ...] = ()
        if any(plan.companion is not None for plan in plans):
            separate = write_companion(companion, plans, job.originals,
                                       deterministic=opts.deterministic)
    result = _result(out_path, plans if opts.include_exhibits else [], record, attached, started)
    return replace(result, separate=separate, companion=companion if separate else None)


def _story(ctx: RenderContext, plans: list[ExhibitPlan], payment: PlanView | None = None
           ) -> list[object]:
    return [
        *summary_story(ctx),
        *deadlines_story(ctx),
        *payment_story(ctx, payment),
        *escalation_story(ctx),
        *ombudsman_story(ctx),
        *log_story(ctx),
        *transcripts_story(ctx),
        *index_story(ctx, plans),
        *exhibit_pages_story(ctx, plans),
        *declaration_story(ctx),
        *integrity_story(ctx, plans),
    ]


def _furniture(request: DossierRequest, title: str, reference: str) -> Furniture:
    lang, opts = request.options.language, request.options
    when = fmt_datetime(opts.generated_at, request.display_zone, lang)
    ref = f"{msg(lang, 'ref')} {reference}" if reference else ""
    return Furniture(
        header_left=f"{msg(lang, 'title')} – {title}",
        header_right=ref,
        footer_left=msg(lang, "generated", when=when, version=opts.app_version),
        page_label=lambda page, total: msg(lang, "page_of", page=page, total=total),
    )


def _meta(request: DossierRequest, title: str, company: str, merchant: str) -> DocMeta:
    lang = request.options.language
    return DocMeta(
        title=f"{msg(lang, 'title')} – {title}",
        author="Case Keeper",
        subject=msg(lang, "subject_meta", company=company, merchant=merchant),
        lang=lang,
        deterministic=request.options.deterministic,
    )


def _result(
    path: Path, plans: list[ExhibitPlan], record: PassInfo, attached: list[str], started: float
) -> DossierResult:
    with pikepdf.open(path) as pdf:
        pages = len(pdf.pages)
    warnings = [f"{p.item.label}: missing" for p in plans if not p.original.exists]
    warnings += [
        f"{p.item.label}: fingerprint mismatch"
        for p in plans
        if p.original.exists and not p.original.matches
    ]
    return DossierResult(
        path=path,
        page_count=pages,
        size_bytes=path.stat().st_size,
        sha256=sha256_of(path),
        exhibit_pages={
            p.item.exhibit_no: record.anchors[p.key] for p in plans if p.key in record.anchors
        },
        attached=tuple(attached),
        withheld=tuple(p.item.label for p in plans if p.original.exists and not p.reproduce),
        warnings=tuple(warnings),
        seconds=time.perf_counter() - started,
    )
