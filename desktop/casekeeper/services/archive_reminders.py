"""Put an archive's reminders into the case file under the new ids (see archive_reminder_docs)."""

from __future__ import annotations

from collections.abc import Mapping

from casekeeper.domain.models import OpeningRequest, ReminderSent
from casekeeper.services.archive_reminder_docs import (
    CaseRemindersDoc,
    OpeningRequestDoc,
    RemindersDoc,
)
from casekeeper.services.reminders.keys import reminder_key
from casekeeper.storage.repositories.exchange import ExchangeRepository


def insert_reminders(repo: ExchangeRepository, case_id: int, doc: CaseRemindersDoc,
                     places: Mapping[str, Mapping[int | None, int | None]]) -> None:
    """Add a newly imported case's sent reminders (keyed with its new ids) and opening requests.

    ``places`` maps, for each kind of record, a position in the case document to the new id.
    """
    known = repo.sent_keys()
    for item in doc.sent:
        record_id = places[item.record].get(item.ref)
        if record_id is None:
            continue  # checked when the archive was read; kept safe all the same
        key = reminder_key(case_id, f"{item.deadline}:{record_id}", item.due, item.lead)
        if key not in known:
            known.add(key)
            repo.add(ReminderSent(key=key, case_id=case_id, sent_at=item.sent_at))
    for request in doc.opening_requests:
        repo.add(_request(request, case_id))


def insert_caseless_requests(repo: ExchangeRepository, doc: RemindersDoc) -> int:
    """Add the opening requests of no case that the case file does not hold yet; how many."""
    present = {(row.label, row.opens_at) for row in repo.opening_requests(None)}
    added = 0
    for request in doc.opening_requests:
        if (request.label, request.opens_at) not in present:
            present.add((request.label, request.opens_at))
            repo.add(_request(request, None))
            added += 1
    return added


def _request(doc: OpeningRequestDoc, case_id: int | None) -> OpeningRequest:
    return OpeningRequest(case_id=case_id, **doc.model_dump())
