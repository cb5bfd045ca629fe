"""Renders a (possibly edited) letter draft to an A4 PDF with the bundled fonts, or to text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from casekeeper.export.atomic import atomic_write
from casekeeper.export.letters.draft import LetterDraft
from casekeeper.export.letters.templates import COMMON, pick
from casekeeper.export.pagination import DocMeta, Furniture, PassInfo, build_pdf
from casekeeper.export.styles import FRAME_WIDTH, make_styles, para


def letter_text(draft: LetterDraft) -> str:
    """The letter as plain text, ready to paste into an e-mail or a web form."""
    blocks = ["\n".join(draft.sender_lines), "\n".join(draft.recipient_lines), draft.place_and_date]
    if draft.mode:
        blocks.append(draft.mode)
    head = "\n".join([draft.subject, *draft.references])
    blocks += [head, draft.salutation, *draft.paragraphs, draft.closing, draft.signature]
    if draft.enclosures:
        title = pick(COMMON["enclosures"], draft.language)
        colon = " :" if draft.language == "fr" else ":"
        blocks.append("\n".join([f"{title}{colon}", *(f"- {e}" for e in draft.enclosures)]))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def render_letter_pdf(draft: LetterDraft, out_path: Path, deterministic: bool = False) -> int:
    """Write the letter to ``out_path`` atomically; return its page count."""
    styles = make_styles()
    lang = draft.language
    page_word = "page {page} sur {total}" if lang == "fr" else "page {page} of {total}"
    furniture = Furniture(
        "", "", "", lambda page, total: page_word.format(page=page, total=total), header=False
    )
    meta = DocMeta(
        title=draft.subject,
        author=draft.signature,
        subject=draft.subject,
        lang=lang,
        deterministic=deterministic,
    )

    def story(_previous: PassInfo, _current: PassInfo) -> list[Flowable]:
        s = styles
        addresses = Table(
            [
                [para("\n".join(draft.sender_lines), s.body), ""],
                ["", para("\n".join(draft.recipient_lines), s.body)],
            ],
            colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45],
            hAlign="LEFT",
        )
        addresses.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), 10 * mm),
            ]
        )
        flow: list[Flowable] = [addresses, Spacer(1, 8 * mm), para(draft.place_and_date, s.body)]
        if draft.mode:
            flow.append(para(draft.mode, s.h2))
        flow += [Spacer(1, 3 * mm), para(draft.subject, s.h2)]
        flow += [para(r, s.small) for r in draft.references]
        flow += [Spacer(1, 5 * mm), para(draft.salutation, s.body)]
        flow += [para(p, s.body) for p in draft.paragraphs]
        flow += [
            Spacer(1, 2 * mm),
            para(draft.closing, s.body),
            Spacer(1, 14 * mm),
            para(draft.signature, s.body),
        ]
        if draft.enclosures:
            listed = [para(f"– {e}", s.small) for e in draft.enclosures]
            heading = para(pick(COMMON["enclosures"], lang), s.h2)
            flow += [Spacer(1, 6 * mm), KeepTogether([heading, *listed])]
        return flow

    data, record = build_pdf(story, furniture, meta)

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    atomic_write(out_path, write)
    return record.total or 0
