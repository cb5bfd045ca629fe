"""The inputs and the result of a dossier export: options, request, result, cancellation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Literal

from casekeeper.domain.dto import AdviceNote, CaseDetail, DeadlineView
from casekeeper.domain.plan import PlanView
from casekeeper.errors import KnownError
from casekeeper.i18n import Language as Language
from casekeeper.i18n.markers import N_, Marked

RedactedOriginals = Literal["clean-only", "none", "all"]


@dataclass(frozen=True, slots=True)
class DossierOptions:
    """How to render: language, period, exhibits, redaction, determinism and provenance.

    ``originals_budget_bytes`` (10 MB) caps what the attached originals add to the PDF: originals are
    attached in exhibit order while they fit; the others go into a companion archive
    ``<dossier name>-originals.zip`` written beside the PDF, which the pages name.

    ``redacted_originals`` decides which original files are merged into the PDF and attached to
    it when ``redact`` is on (their contents cannot be redacted): ``clean-only`` (default) keeps
    only originals in which no masked string or pattern was found, ``none`` keeps none, ``all``
    keeps all of them (the person accepts that the originals reveal what the pages mask).
    """

    language: Language = "en"
    date_from: date | None = None
    date_to: date | None = None
    include_exhibits: bool = True
    redact: bool = False
    redact_strings: tuple[str, ...] = ()
    redacted_originals: RedactedOriginals = "clean-only"
    deterministic: bool = False
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    app_version: str = ""
    audit_chain_head: str | None = None
    originals_budget_bytes: int = 10_000_000


@dataclass(frozen=True, slots=True)
class DossierRequest:
    """One case to render, its computed deadlines, the zone to show times in, and the options."""

    case: CaseDetail
    deadlines: tuple[DeadlineView, ...] = ()
    display_zone: str = "UTC"
    options: DossierOptions = field(default_factory=DossierOptions)
    advice: AdviceNote | None = None
    entity: str = ""
    """The legal name of the company in dispute from the country's rules (shown on the summary)."""
    plan: PlanView | None = None  # the payment plan, shown under the deadlines


@dataclass(frozen=True, slots=True)
class DossierResult:
    """What was written: where, how big, its fingerprint and where each exhibit starts."""

    path: Path
    page_count: int
    size_bytes: int
    sha256: str
    exhibit_pages: dict[int, int]
    attached: tuple[str, ...]
    withheld: tuple[str, ...]
    warnings: tuple[str, ...]
    seconds: float
    separate: tuple[str, ...] = ()
    companion: Path | None = None


class ExportCancelledError(KnownError):
    """The person cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(Marked(N_("The export was cancelled; no file was written.")))
