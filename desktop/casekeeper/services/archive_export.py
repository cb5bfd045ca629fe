"""Write an archive (zip): manifest.json, cases/<uid>.json, overrides.json, evidence/<sha256>."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casekeeper import __version__
from casekeeper.domain.models import OpeningRequest
from casekeeper.errors import DataLocationError
from casekeeper.export.atomic import atomic_write
from casekeeper.i18n.markers import N_, Marked
from casekeeper.services.archive_reminder_docs import (
    CaseRemindersDoc,
    OpeningRequestDoc,
    RemindersDoc,
    SentReminderDoc,
)
from casekeeper.services.archive_schema import (
    ARCHIVE_FORMAT,
    CASE_PARTS,
    CaseDoc,
    EvidenceDoc,
    InstalmentDoc,
    InteractionDoc,
    OverrideDoc,
    OverridesDoc,
    PlanDoc,
    PromiseDoc,
    StageDoc,
)
from casekeeper.services.reminders.keys import CASE, CONTACT, PROMISE, STAGE, parse_key
from casekeeper.storage.evidence_store import EvidenceStore, verify
from casekeeper.storage.repositories.exchange import CaseRows

_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written."""

    path: Path
    cases: int
    evidence_files: int
    withheld: tuple[str, ...] = ()
    """Originals left out: missing, or no longer matching their recorded SHA-256."""


def case_doc(rows: CaseRows) -> CaseDoc:
    """A case and its records as one document; contacts are referred to by position (ref)."""
    refs = {row.id: n for n, row in enumerate(rows.interactions, start=1)}

    def ref(ident: int | None) -> int | None:
        return refs.get(ident) if ident is not None else None

    case = rows.case
    fields = {name: getattr(case, name) for name in CaseDoc.model_fields
              if name not in CASE_PARTS}
    return CaseDoc(
        format=ARCHIVE_FORMAT, **fields,
        interactions=[InteractionDoc(ref=refs[row.id], **_pick(row, InteractionDoc, {"ref"}))
                      for row in rows.interactions],
        promises=[PromiseDoc(interaction_ref=ref(row.interaction_id),
                             settled_by_ref=ref(row.settled_by_interaction_id),
                             **_pick(row, PromiseDoc, {"interaction_ref", "settled_by_ref"}))
                  for row in rows.promises],
        stages=[StageDoc(**_pick(row, StageDoc, set())) for row in rows.stages],
        evidence=[EvidenceDoc(interaction_ref=ref(row.interaction_id),
                              **_pick(row, EvidenceDoc, {"interaction_ref"}))
                  for row in rows.evidence],
        plan=None if rows.plan is None else PlanDoc(
            instalments=[InstalmentDoc(**_pick(row, InstalmentDoc, set()))
                         for row in rows.instalments],
            **_pick(rows.plan, PlanDoc, {"instalments"})),
        reminders=reminders_doc(rows, refs),
    )


def reminders_doc(rows: CaseRows, contact_refs: dict[int | None, int]) -> CaseRemindersDoc | None:
    """The case's sent reminders (ids turned into positions) and its opening requests."""
    places: dict[str, dict[int | None, int]] = {
        CONTACT: contact_refs,
        PROMISE: {row.id: n for n, row in enumerate(rows.promises, start=1)},
        STAGE: {row.id: n for n, row in enumerate(rows.stages, start=1)},
        CASE: {rows.case.id: 0},
    }
    sent = []
    for row in rows.sent:
        key = parse_key(row.key)
        place = None if key is None else places[key.kind].get(key.record_id)
        if key is None or place is None:
            continue  # a key of another version, or its record is gone: nothing to remember
        sent.append(SentReminderDoc(deadline=key.name, record=key.kind, ref=place or None,
                                    due=key.due, lead=key.lead, sent_at=row.sent_at))
    requests = [opening_request_doc(row) for row in rows.requests]
    return CaseRemindersDoc(sent=sent, opening_requests=requests) if sent or requests else None


def opening_request_doc(row: OpeningRequest) -> OpeningRequestDoc:
    """One "remind me when it opens" request as the archive states it."""
    return OpeningRequestDoc(**_pick(row, OpeningRequestDoc, set()))


def caseless_reminders_doc(rows: Iterable[OpeningRequest]) -> RemindersDoc | None:
    """reminders.json: the opening requests of no case, or None when there is none."""
    requests = [opening_request_doc(row) for row in rows]
    return RemindersDoc(format=ARCHIVE_FORMAT, opening_requests=requests) if requests else None


def overrides_doc(rows: Iterable[object]) -> OverridesDoc:
    """The person's rulepack corrections."""
    return OverridesDoc(format=ARCHIVE_FORMAT,
                        overrides=[OverrideDoc(**_pick(row, OverrideDoc, set())) for row in rows])


def to_json(doc: CaseDoc | OverridesDoc | RemindersDoc | dict[str, Any]) -> bytes:
    """Stable JSON: sorted keys, UTF-8, one value per line."""
    data = doc if isinstance(doc, dict) else doc.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_archive(target: Path, docs: dict[str, bytes], originals: dict[str, Path],
                  store: EvidenceStore, scope: str, created_at: datetime) -> ExportResult:
    """Write the zip atomically with fixed timestamps, so the same data gives the same bytes."""
    # An original that is missing or was altered is left out and named in the manifest: its
    # record goes with its recorded fingerprint, so the import says so instead of refusing all.
    withheld = {sha: ("missing" if store.missing(sha) else "altered")
                for sha in originals if store.missing(sha) or not verify(store.path_for(sha), sha)}
    originals = {sha: path for sha, path in originals.items() if sha not in withheld}
    files = [{"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
             for name, data in sorted(docs.items())]
    files += [{"path": f"evidence/{sha}", "sha256": sha, "size": path.stat().st_size}
              for sha, path in sorted(originals.items())]
    manifest: dict[str, object] = {"format": ARCHIVE_FORMAT, "app_version": __version__,
                                   "created_at": created_at.isoformat(), "scope": scope,
                                   "files": files}
    if withheld:
        manifest["withheld"] = [{"sha256": sha, "reason": reason}
                                for sha, reason in sorted(withheld.items())]
    folder = target.parent if str(target.parent) else Path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataLocationError(
            Marked(
                N_("The archive cannot be written in {folder} ({why}); choose another place."),
                folder=folder,
                why=exc.strerror or exc,
            )
        ) from exc

    def write(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w") as archive:
            _put(archive, "manifest.json", to_json(manifest))
            for name, data in sorted(docs.items()):
                _put(archive, name, data)
            for sha, path in sorted(originals.items()):
                with archive.open(_info(f"evidence/{sha}"), "w") as out, path.open("rb") as src:
                    shutil.copyfileobj(src, out, 1024 * 1024)

    atomic_write(target, write)
    cases = sum(1 for name in docs if name.startswith("cases/"))
    return ExportResult(path=target, cases=cases, evidence_files=len(originals),
                        withheld=tuple(sorted(withheld)))


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _put(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(_info(name), data)


def _pick(row: object, doc: type[Any], skip: set[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in doc.model_fields if name not in skip}
