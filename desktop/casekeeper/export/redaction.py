"""Masks e-mail addresses, phone numbers, IBANs, account numbers and chosen strings in text."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from casekeeper.domain.dto import (
    CaseDetail,
    DeadlineView,
    EvidenceView,
    InteractionView,
    PromiseView,
    StageChangeView,
)
from casekeeper.i18n import N_, translator

MASK = N_("[redacted]")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
# A run of digits that could hold phone numbers; phonenumbers decides which parts are numbers.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ()./\-\u00a0]{5,}\d(?!\w)")
# Phone numbers are looked for in the formats of the case's country first, then of these.
PHONE_REGIONS = ("FR", "BE", "DE", "AT", "GB", "SE", "US", "NL", "IE", "NO")
_LONG_NUMBER = re.compile(r"(?<![\w-])\d(?: ?\d){9,}(?![\w-])")
_CARD = re.compile(r"(?<![\w-])\d{4}(?:[ \-]\d{4}){3}(?:[ \-]\d{1,3})?(?![\w-])")
PATTERNS: tuple[re.Pattern[str], ...] = (
    _EMAIL,
    _IBAN,
    _CARD,
)
_NAME_PART_MIN = 3
_T = TypeVar(
    "_T", CaseDetail, InteractionView, PromiseView, StageChangeView, EvidenceView, DeadlineView
)


@dataclass(frozen=True, slots=True)
class Redactor:
    """Replaces every match of the patterns and of ``strings`` (case-insensitive) with a mask."""

    strings: tuple[str, ...]
    mask: str = MASK
    enabled: bool = True
    regions: tuple[str, ...] = PHONE_REGIONS

    def __call__(self, text: str) -> str:
        """The text with everything sensitive masked (unchanged when disabled)."""
        if not self.enabled or not text:
            return text
        out = text
        for needle in self.strings:
            out = re.sub(
                re.escape(needle).replace(r"\ ", r"\s+"), self.mask, out, flags=re.IGNORECASE
            )
        for pattern in PATTERNS:
            out = pattern.sub(self.mask, out)
        out = mask_phone_numbers(out, self.regions, self.mask)
        return _LONG_NUMBER.sub(self.mask, out)

    def leaks(self, text: str) -> bool:
        """Whether ``text`` contains anything this redactor would mask."""
        return self.enabled and self(text) != text


def mask_phone_numbers(text: str, regions: tuple[str, ...], mask: str) -> str:
    """``text`` with every phone number masked, in any country's format (libphonenumber's data):
    international numbers anywhere, national ones in the formats of ``regions``."""
    if not any(c.isdigit() for c in text):
        return text
    spans = [(candidate.start() + start, candidate.start() + end)
             for candidate in _PHONE_CANDIDATE.finditer(text)
             for start, end in _numbers_in(candidate.group(), regions)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + mask + text[end:]
    return text


def _numbers_in(candidate: str, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """The phone numbers in a run of digits; a number may start after any space of the run
    (``4970101234567890 06 12 34 56 78`` holds an account number, then a phone number)."""
    from phonenumbers import Leniency, PhoneNumberMatcher

    spans: list[tuple[int, int]] = []
    covered = 0
    for start in (0, *(i + 1 for i, char in enumerate(candidate) if char == " ")):
        if start < covered:
            continue
        for region in regions:
            found = [(start + m.start, start + m.end)
                     for m in PhoneNumberMatcher(candidate[start:], region, leniency=Leniency.VALID)]
            if found:
                spans.extend(found)
                covered = max(end for _, end in found)
                break
    return spans


def build_redactor(
    case: CaseDetail, extra: tuple[str, ...], language: str, enabled: bool
) -> Redactor:
    """A redactor for a case: the consumer's details plus ``extra``, longest strings first."""
    if not enabled:
        return Redactor(strings=(), enabled=False)
    seeds = [
        case.consumer_name,
        case.consumer_email,
        case.klarna_account,
        case.consumer_address,
        *extra,
    ]
    found: set[str] = set()
    for seed in seeds:
        for part in _variants(seed):
            found.add(part)
    for word in re.split(r"[\s,]+", case.consumer_name):
        if len(word.strip(".-")) >= _NAME_PART_MIN:
            found.add(word.strip(".-"))
    found |= _pattern_hits(case)
    ordered = tuple(sorted(found, key=lambda s: (-len(s), s)))
    country = (case.country or "").upper()
    regions = (country, *(r for r in PHONE_REGIONS if r != country)) if country else PHONE_REGIONS
    return Redactor(strings=ordered, mask=translator(language).gettext(MASK), regions=regions)


def _case_texts(case: CaseDetail) -> list[str]:
    texts = [case.title, case.order_ref, case.klarna_ref, case.problem_text, case.remedy,
             case.notes, case.closing_outcome]
    for item in case.interactions:
        texts += [item.reference, item.summary, item.transcript, item.tracking_number,
                  item.email_subject, item.number_dialled, item.transferred_to]
    for step in case.stages:
        texts += [step.reference, step.body, step.note]
    texts += [p.text for p in case.promises] + [p.note for p in case.promises]
    texts += [e.title for e in case.evidence]
    return [t for t in texts if t]


def _pattern_hits(case: CaseDetail) -> set[str]:
    """Every number or address a pattern masks somewhere in the case, to be masked everywhere.

    A tracking number masked inside a sentence is then masked in its own field too, and the
    same number written without its spaces is masked as well.
    """
    hits: set[str] = set()
    for text in _case_texts(case):
        for pattern in PATTERNS:
            for match in pattern.finditer(text):
                value = match.group(0).strip()
                hits.add(value)
                compact = re.sub(r"[\s.\-]", "", value)
                if len(compact) >= _NAME_PART_MIN:
                    hits.add(compact)
    return hits


def _variants(seed: str) -> list[str]:
    seed = seed.strip()
    if not seed:
        return []
    parts = [seed, *(line.strip() for line in re.split(r"[\n,;]+", seed))]
    return [p for p in parts if len(p) >= _NAME_PART_MIN]


def redact_case(case: CaseDetail, r: Redactor) -> CaseDetail:
    """A copy of the case with every human-written text masked (hashes and store paths kept)."""
    if not r.enabled:
        return case
    return dataclasses.replace(
        _redact_fields(
            case,
            (
                "title",
                "company",
                "merchant",
                "order_ref",
                "klarna_ref",
                "problem_text",
                "remedy",
                "notes",
                "consumer_name",
                "consumer_email",
                "consumer_address",
                "klarna_account",
                "closing_outcome",
            ),
            r,
        ),
        interactions=tuple(_redact_interaction(i, r) for i in case.interactions),
        promises=tuple(_redact_fields(p, ("text", "note", "made_by"), r) for p in case.promises),
        stages=tuple(_redact_fields(s, ("reference", "body", "note"), r) for s in case.stages),
        evidence=tuple(_redact_fields(e, ("title", "original_name"), r) for e in case.evidence),
    )


def redact_deadlines(deadlines: tuple[DeadlineView, ...], r: Redactor) -> tuple[DeadlineView, ...]:
    """The deadlines with their free texts masked."""
    if not r.enabled:
        return deadlines
    return tuple(
        _redact_fields(d, ("label", "started_by", "clock", "source"), r) for d in deadlines
    )


def _redact_interaction(item: InteractionView, r: Redactor) -> InteractionView:
    return _redact_fields(
        item,
        (
            "agent_name",
            "transferred_to",
            "reference",
            "summary",
            "transcript",
            "number_dialled",
            "tracking_number",
            "email_subject",
        ),
        r,
    )


def _redact_fields(record: _T, names: tuple[str, ...], r: Redactor) -> _T:
    changes: dict[str, Any] = {name: r(getattr(record, name)) for name in names}
    return dataclasses.replace(record, **changes)
