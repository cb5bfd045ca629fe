"""Post-processing with pikepdf: merge PDF exhibits onto their pages, attach originals, metadata."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pikepdf

from casekeeper.export.embedded_fonts import FontEmbedder
from casekeeper.export.exhibits import ExhibitPlan, attachment_name
from casekeeper.export.pagination import PassInfo
from casekeeper.export.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH

PLACEHOLDER_CAPTION = 16.0


@dataclass(frozen=True, slots=True)
class Finish:
    """Inputs of the finishing step."""

    plans: list[ExhibitPlan]
    originals: dict[int, Path]
    record: PassInfo
    lang: str
    generated_at: datetime
    deterministic: bool


def finish_pdf(rendered: Path, job: Finish, target: Path, step: Callable[[], None]) -> list[str]:
    """Write the final PDF made from the laid-out ``rendered`` to ``target``; return the
    attachment names."""
    names: list[str] = []
    width = len(str(max((p.item.exhibit_no for p in job.plans), default=1)))
    with pikepdf.open(rendered) as pdf, contextlib.ExitStack() as stack:
        fonts = FontEmbedder(pdf)
        for plan in job.plans:
            if plan.reproduce and plan.original.kind == "pdf":
                source = stack.enter_context(pikepdf.open(job.originals[plan.item.exhibit_no]))
                _overlay(pdf, source, plan, job.record, fonts)
            if plan.attach:
                names.append(_attach(pdf, plan, job.originals[plan.item.exhibit_no], width))
            step()
        pdf.Root.Lang = pikepdf.String(job.lang)
        stamp = _pdf_date(job.generated_at)
        pdf.docinfo[pikepdf.Name.CreationDate] = pikepdf.String(stamp)
        pdf.docinfo[pikepdf.Name.ModDate] = pikepdf.String(stamp)
        if names:
            pdf.Root.PageMode = pikepdf.Name.UseOutlines
        pdf.save(
            target,
            deterministic_id=job.deterministic,
            compress_streams=True,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
        )
    return names


def _overlay(pdf: pikepdf.Pdf, source: pikepdf.Pdf, plan: ExhibitPlan, record: PassInfo,
             fonts: FontEmbedder) -> None:
    area = pikepdf.Rectangle(
        MARGIN_X,
        MARGIN_BOTTOM,
        PAGE_WIDTH - MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP - PLACEHOLDER_CAPTION,
    )
    for index, page in enumerate(source.pages, start=1):
        number = record.page_of(plan.page_key(index))
        if number is None:
            continue
        target = pdf.pages[number - 1]
        random_name = target.add_overlay(page, area)
        _rename_xobject(target, random_name, pikepdf.Name(f"/CkE{plan.item.exhibit_no}P{index}"))
        fonts.fix_resources(target.obj.Resources)


def _rename_xobject(page: pikepdf.Page, old: pikepdf.Name, new: pikepdf.Name) -> None:
    """pikepdf names overlays at random; a stable name keeps deterministic output byte-identical."""
    xobjects = page.obj.Resources.XObject
    xobjects[new] = xobjects[old]
    del xobjects[old]
    contents = page.obj.Contents
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    for stream in streams:
        data = stream.read_bytes()
        if str(old).encode() in data:
            stream.write(data.replace(str(old).encode() + b" ", str(new).encode() + b" "))


def _attach(pdf: pikepdf.Pdf, plan: ExhibitPlan, original: Path, width: int) -> str:
    name = attachment_name(plan.item.exhibit_no, plan.item.original_name, width)
    spec = pikepdf.AttachedFileSpec(
        pdf,
        original.read_bytes(),
        description=plan.item.title,
        filename=name,
        mime_type=plan.item.media_type,
    )
    pdf.attachments[name] = spec
    return name


def _pdf_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("D:%Y%m%d%H%M%SZ")
