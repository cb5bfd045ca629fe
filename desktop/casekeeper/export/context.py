"""What every dossier section needs: the (redacted) case, language, zone, styles and page record."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from casekeeper.domain.dto import (
    AdviceNote,
    CaseDetail,
    DeadlineView,
    InteractionView,
    PromiseView,
    StageChangeView,
)
from casekeeper.export.formatting import fmt_date, fmt_datetime, local_date
from casekeeper.export.i18n import msg, msg_n
from casekeeper.export.options import DossierOptions
from casekeeper.export.pagination import PassInfo
from casekeeper.export.picture_pool import PicturePool
from casekeeper.export.styles import Styles


def _nothing() -> None:
    return None


@dataclass(frozen=True, slots=True)
class RenderContext:
    """One build pass's inputs; ``case`` and ``deadlines`` are already redacted when asked."""

    case: CaseDetail
    deadlines: tuple[DeadlineView, ...]
    zone: str
    options: DossierOptions
    styles: Styles
    previous: PassInfo
    current: PassInfo
    advice: AdviceNote | None = None
    entity: str = ""
    pictures: PicturePool | None = None
    """Where exhibit pictures are being prepared (None: no pictures in this document)."""
    picture_drawn: Callable[[], None] = _nothing
    """Called as each picture is drawn (progress)."""
    _numbers: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def lang(self) -> str:
        """The dossier language."""
        return self.options.language

    def t(self, key: str, **values: object) -> str:
        """A fixed message in the dossier language."""
        return msg(self.lang, key, **values)

    def tn(self, key: str, n: int, **values: object) -> str:
        """A fixed message in its form for ``n`` things, in the dossier language."""
        return msg_n(self.lang, key, n, **values)

    def date(self, value: date | None) -> str:
        """A date in the dossier language."""
        return fmt_date(value, self.lang)

    def when(self, instant: datetime) -> str:
        """An instant shown in the case's zone (named once, on the first page)."""
        return fmt_datetime(instant, self.zone, self.lang)

    def number_of(self, interaction_id: int) -> int:
        """The contact's number in the whole journal (1 = oldest), the same in every section."""
        if not self._numbers:  # numbered once: every row of the log asks
            ordered = sorted(self.case.interactions, key=lambda i: (i.occurred_at, i.id))
            self._numbers.update((i.id, n) for n, i in enumerate(ordered, 1))
        return self._numbers[interaction_id]

    def contact(self, interaction_id: int | None) -> InteractionView | None:
        """The contact with this id, if the case has it."""
        return next((i for i in self.case.interactions if i.id == interaction_id), None)

    def in_range(self, instant: datetime | None) -> bool:
        """Whether an instant's local date falls inside the chosen period (always if no period)."""
        if instant is None:
            return True
        day = local_date(instant, self.zone)
        start, end = self.options.date_from, self.options.date_to
        return (start is None or day >= start) and (end is None or day <= end)

    def interactions(self) -> list[InteractionView]:
        """The contacts in the period, oldest first."""
        return sorted(
            (i for i in self.case.interactions if self.in_range(i.occurred_at)),
            key=lambda i: (i.occurred_at, i.id),
        )

    def stages(self) -> list[StageChangeView]:
        """The escalation steps in the period, oldest first."""
        return sorted(
            (s for s in self.case.stages if self.in_range(s.occurred_at)),
            key=lambda s: (s.occurred_at, s.id),
        )

    def promises(self) -> list[PromiseView]:
        """The promises made in the period (by when they were made, else their contact's time)."""
        times = {i.id: i.occurred_at for i in self.case.interactions}
        kept: list[PromiseView] = []
        for promise in self.case.promises:
            made = promise.made_at or (
                times.get(promise.interaction_id) if promise.interaction_id is not None else None
            )
            if self.in_range(made):
                kept.append(promise)
        return kept


def evidence_fingerprint(case: CaseDetail) -> str:
    """SHA-256 of the lines ``E<n> <sha256>`` joined by newlines, in exhibit order."""
    lines = "\n".join(
        f"E{e.exhibit_no} {e.sha256}" for e in sorted(case.evidence, key=lambda e: e.exhibit_no)
    )
    return hashlib.sha256(lines.encode("ascii")).hexdigest()
