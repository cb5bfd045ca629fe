"""Renders a (possibly edited) letter draft to an A4 PDF with the bundled fonts, or to text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from casekeeper.export.atomic import atomic_write
from casekeeper.export.fonts import SANS, SANS_BOLD
from casekeeper.export.letters.draft import LetterDraft
from casekeeper.export.letters.templates import COMMON, HEADING, PAGE_OF
from casekeeper.export.letters.wording import pick
from casekeeper.export.pagination import DocMeta, Furniture, PassInfo, build_pdf
from casekeeper.export.styles import FRAME_WIDTH, Styles, fitted, make_styles, para

_BULLETS = ("- ", "– ", "• ")


def subject_line(draft: LetterDraft) -> str:
    """``Objet : …`` / ``Subject: …``."""
    return pick(COMMON["subject_word"], draft.language) + draft.subject


def references_line(draft: LetterDraft) -> str:
    """``Vos références : compte Klarna …, commande n° …`` (empty when there are none)."""
    if not draft.references:
        return ""
    return pick(COMMON["refs_word"], draft.language) + ", ".join(draft.references) + "."


def letter_text(draft: LetterDraft) -> str:
    """The letter as plain text, ready to paste into an e-mail or a web form."""
    blocks = ["\n".join(draft.sender_lines), "\n".join(draft.recipient_lines), draft.place_and_date]
    if draft.mode:
        blocks.append(draft.mode)
    head = "\n".join(x for x in (subject_line(draft), references_line(draft)) if x)
    blocks += [head, draft.salutation, *draft.paragraphs, draft.closing, draft.signature]
    if draft.enclosures:
        title = pick(COMMON["enclosures"], draft.language)
        heading = pick(HEADING, draft.language).format(title=title)
        blocks.append("\n".join([heading, *(f"– {e}" for e in draft.enclosures)]))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def paragraph_flowables(text: str, styles: Styles) -> list[Flowable]:
    """A paragraph of the body; lines that start with a dash stay a list, one item a line."""
    lines = text.split("\n")
    if not any(line.lstrip().startswith(_BULLETS) for line in lines):
        return [para(" ".join(x.strip() for x in lines), styles.body)]
    out: list[Flowable] = []
    bullet = ParagraphStyle("bullet", parent=styles.body, leftIndent=6 * mm,
                            firstLineIndent=-4 * mm, spaceAfter=1)
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(_BULLETS):
            out.append(para("–\u00a0" + stripped[2:].strip(), bullet))
        else:
            out.append(para(stripped, styles.body))
    return out


def render_letter_pdf(draft: LetterDraft, out_path: Path, deterministic: bool = False) -> int:
    """Write the letter to ``out_path`` atomically; return its page count."""
    styles = make_styles()
    lang = draft.language
    page_word = pick(PAGE_OF, lang)
    sender = draft.sender_lines[0] if draft.sender_lines else ""
    furniture = Furniture(
        header_left=sender,
        header_right=draft.place_and_date,
        footer_left="",
        page_label=lambda page, total: page_word.format(page=page, total=total),
        header=True,
        first_page_header=False,
    )
    meta = DocMeta(
        title=draft.subject,
        author=draft.signature,
        subject=draft.subject,
        lang=lang,
        deterministic=deterministic,
    )

    def story(_previous: PassInfo, _current: PassInfo) -> list[Flowable]:
        return _letter_story(draft, styles)

    data, record = build_pdf(story, furniture, meta, faces=(SANS, SANS_BOLD))  # all it uses

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    atomic_write(out_path, write)
    return record.total or 0


def _letter_story(draft: LetterDraft, s: Styles) -> list[Flowable]:
    addresses = Table(
        [
            [para("\n".join(draft.sender_lines), s.body), ""],
            # a web address stays whole: the block's font steps down if one is too wide
            ["", fitted("\n".join(draft.recipient_lines), s.body, FRAME_WIDTH * 0.45)],
        ],
        colWidths=[FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.45],
        hAlign="LEFT",
    )
    addresses.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (0, 0), 8 * mm),
        ]
    )
    right = ParagraphStyle("right", parent=s.body, alignment=TA_RIGHT)
    flow: list[Flowable] = [addresses, Spacer(1, 8 * mm), para(draft.place_and_date, right)]
    if draft.mode:
        flow.append(para(draft.mode, s.h2))
    flow += [Spacer(1, 3 * mm), para(subject_line(draft), s.h2)]
    refs = references_line(draft)
    if refs:
        flow.append(para(refs, s.body))
    flow += [Spacer(1, 4 * mm), para(draft.salutation, s.body)]
    for text in draft.paragraphs:
        flow += paragraph_flowables(text, s)
    flow += [
        Spacer(1, 2 * mm),
        KeepTogether([para(draft.closing, s.body), Spacer(1, 14 * mm),
                      para(draft.signature, s.body)]),
    ]
    if draft.enclosures:
        listed = [para(f"–\u00a0{e}", s.body) for e in draft.enclosures]
        heading = para(pick(COMMON["enclosures"], draft.language), s.h2)
        flow += [Spacer(1, 6 * mm), KeepTogether([heading, *listed])]
    return flow
