"""One whole case (and its country's rule overrides) read with the standard ``sqlite3`` module.

A letter needs one case, which ``services/case_reader.py`` reads through the ORM session; importing
SQLAlchemy and SQLModel costs far more than the reading. ``read_case_for_letter`` reads the same
rows with plain statements and builds the same :class:`CaseDetail` (every field decoded as the
ORM's column types decode it: UTC instants, decimal text, enum values, dates kept readable), plus
the overrides the person set for the case's country. Anything unusual for the plain read (a
missing or new file, an older schema, a damaged or busy file, no such live case) returns None:
the caller then opens the data folder the ordinary way, which migrates, repairs or explains.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casekeeper.domain.dto import (
    CaseDetail,
    EvidenceView,
    InteractionView,
    PromiseView,
    StageChangeView,
)
from casekeeper.domain.enums import (
    AgentKind,
    CaseStatus,
    Channel,
    Direction,
    Outcome,
    ProblemCategory,
    Product,
    PromiseState,
    Stage,
)
from casekeeper.domain.stored_text import (
    READABLE_FIRST,
    READABLE_LAST,
    instant_from_text,
    optional_decimal,
    optional_instant,
)
from casekeeper.domain.values import parse_country
from casekeeper.errors import KnownError
from casekeeper.storage import wal_guard
from casekeeper.storage.schema import SCHEMA_HEAD
from casekeeper.storage.sqlite_uri import read_write_uri

BUSY_TIMEOUT_S = 2.0
_DATE = re.compile(r"(\d+)-(\d+)-(\d+)")

_CASE_SQL = """
SELECT id, title, company, country, product, merchant, order_ref, klarna_ref, amount, currency,
       purchase_date, problem, problem_text, remedy, status, stage, notes, consumer_name,
       consumer_email, consumer_address, klarna_account, closing_outcome, created_at, updated_at,
       closed_at, is_example, display_zone
FROM cases WHERE id = ? AND deleted_at IS NULL
"""
_INTERACTIONS_SQL = """
SELECT id, case_id, occurred_at, zone, channel, direction, agent_name, agent_kind,
       asked_for_human, transferred_to, reference, wait_minutes, call_minutes, summary,
       transcript, outcome, number_dialled, tracking_number, email_subject, letter_kind,
       asked_for_supervisor, respond_by
FROM interactions WHERE case_id = ? AND deleted_at IS NULL ORDER BY occurred_at, id
"""
_PROMISES_SQL = """
SELECT id, case_id, interaction_id, text, due_date, state, settled_at, settled_by_interaction_id,
       note
FROM promises WHERE case_id = ? AND deleted_at IS NULL
ORDER BY due_date IS NULL, due_date, id
"""
_STAGES_SQL = """
SELECT id, case_id, stage, occurred_at, zone, reference, body, note
FROM stage_changes WHERE case_id = ? AND deleted_at IS NULL ORDER BY occurred_at, id
"""
_EVIDENCE_SQL = """
SELECT id, case_id, exhibit_no, title, original_name, media_type, size, sha256, document_date,
       interaction_id, added_at
FROM evidence WHERE case_id = ? AND deleted_at IS NULL ORDER BY exhibit_no
"""
_OVERRIDES_SQL = "SELECT key, value FROM rule_overrides WHERE country = ? ORDER BY key"


@dataclass(frozen=True, slots=True)
class LetterCase:
    """What a letter reads from the case file: the case and the overrides of its country."""

    case: CaseDetail
    overrides: dict[str, str]


def read_case_for_letter(path: Path, case_id: int, today: date, evidence_root: Path) -> LetterCase | None:
    """The case as ``read_case`` gives it (``today`` decides which promises are overdue), with
    the overrides of its country; None when only a full open can answer."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        wal_guard.guard(path)  # the notice waits for the full open (take_notice)
        with closing(sqlite3.connect(read_write_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)) as connection:
            return _read(connection, case_id, today, evidence_root)
    except (sqlite3.Error, OSError, ValueError, KeyError, KnownError):
        return None  # the ordinary open reports it in plain words


def _read(
    connection: sqlite3.Connection, case_id: int, today: date, evidence_root: Path
) -> LetterCase | None:
    connection.execute("BEGIN")  # one snapshot, as the ORM's reading session has
    try:
        if _revision(connection) != SCHEMA_HEAD:
            return None
        row = connection.execute(_CASE_SQL, (case_id,)).fetchone()
        if row is None:
            return None  # no such live case: the ordinary path says so
        interactions = connection.execute(_INTERACTIONS_SQL, (case_id,)).fetchall()
        promises = connection.execute(_PROMISES_SQL, (case_id,)).fetchall()
        stages = connection.execute(_STAGES_SQL, (case_id,)).fetchall()
        exhibits = connection.execute(_EVIDENCE_SQL, (case_id,)).fetchall()
        code = parse_country(row[3])  # the key RulesService.effective_pack reads them by
        overrides = dict(connection.execute(_OVERRIDES_SQL, (code,)).fetchall())
    finally:
        connection.rollback()
    detail = _detail(row, interactions, promises, stages, exhibits, today, evidence_root)
    return LetterCase(case=detail, overrides=overrides)


def _detail(
    row: Any,
    interactions: list[Any],
    promises: list[Any],
    stages: list[Any],
    exhibits: list[Any],
    today: date,
    evidence_root: Path,
) -> CaseDetail:
    exhibits_by_interaction: dict[int, list[int]] = defaultdict(list)
    for exhibit in exhibits:
        if exhibit[9] is not None:
            exhibits_by_interaction[exhibit[9]].append(exhibit[2])
    promises_by_interaction: dict[int, list[int]] = defaultdict(list)
    for promise in promises:
        if promise[2] is not None and promise[0] is not None:
            promises_by_interaction[promise[2]].append(promise[0])
    views = [
        _interaction(
            item,
            tuple(exhibits_by_interaction.get(item[0] or 0, ())),
            tuple(promises_by_interaction.get(item[0] or 0, ())),
        )
        for item in interactions
    ]
    by_id = {view.id: view for view in views}
    (
        ident,
        title,
        company,
        country,
        product,
        merchant,
        order_ref,
        klarna_ref,
        amount,
        currency,
        purchase_date,
        problem,
        problem_text,
        remedy,
        status,
        stage,
        notes,
        consumer_name,
        consumer_email,
        consumer_address,
        klarna_account,
        closing_outcome,
        created_at,
        updated_at,
        closed_at,
        is_example,
        display_zone,
    ) = row
    return CaseDetail(
        id=ident,
        title=title,
        company=company,
        country=country,
        product=Product(product),
        merchant=merchant,
        order_ref=order_ref,
        klarna_ref=klarna_ref,
        amount=optional_decimal(amount),
        currency=currency,
        purchase_date=_readable_date(purchase_date),
        problem=ProblemCategory(problem),
        problem_text=problem_text,
        remedy=remedy,
        status=CaseStatus(status),
        stage=Stage(stage),
        notes=notes,
        consumer_name=consumer_name,
        consumer_email=consumer_email,
        consumer_address=consumer_address,
        klarna_account=klarna_account,
        closing_outcome=closing_outcome,
        created_at=instant_from_text(created_at),
        updated_at=instant_from_text(updated_at),
        closed_at=optional_instant(closed_at),
        is_example=bool(is_example),
        interactions=tuple(views),
        promises=tuple(_promise(item, today, by_id) for item in promises),
        stages=tuple(_stage(item) for item in stages),
        evidence=tuple(_evidence(item, evidence_root) for item in exhibits),
        display_zone=display_zone,
    )


def _interaction(row: Any, exhibits: tuple[int, ...], promise_ids: tuple[int, ...]) -> InteractionView:
    (
        ident,
        case_id,
        occurred_at,
        zone,
        channel,
        direction,
        agent_name,
        agent_kind,
        asked_for_human,
        transferred_to,
        reference,
        wait_minutes,
        call_minutes,
        summary,
        transcript,
        outcome,
        number_dialled,
        tracking_number,
        email_subject,
        letter_kind,
        asked_for_supervisor,
        respond_by,
    ) = row
    return InteractionView(
        id=ident,
        case_id=case_id,
        occurred_at=instant_from_text(occurred_at),
        zone=zone,
        channel=Channel(channel),
        direction=Direction(direction),
        agent_name=agent_name,
        agent_kind=AgentKind(agent_kind),
        asked_for_human=bool(asked_for_human),
        transferred_to=transferred_to,
        reference=reference,
        wait_minutes=wait_minutes,
        call_minutes=call_minutes,
        summary=summary,
        transcript=transcript,
        outcome=Outcome(outcome),
        number_dialled=number_dialled,
        tracking_number=tracking_number,
        email_subject=email_subject,
        exhibits=exhibits,
        promise_ids=promise_ids,
        letter_kind=letter_kind,
        asked_for_supervisor=bool(asked_for_supervisor),
        respond_by=_readable_date(respond_by),
    )


def _promise(row: Any, today: date, contacts: dict[int, InteractionView]) -> PromiseView:
    (ident, case_id, interaction_id, text, due_date, state, settled_at, settled_by, note) = row
    due = _readable_date(due_date)
    kept = PromiseState(state)
    source = contacts.get(interaction_id) if interaction_id is not None else None
    return PromiseView(
        id=ident,
        case_id=case_id,
        interaction_id=interaction_id,
        text=text,
        due_date=due,
        state=kept,
        settled_at=optional_instant(settled_at),
        settled_by_interaction_id=settled_by,
        note=note,
        made_by=source.agent_name if source else "",
        made_at=source.occurred_at if source else None,
        overdue=kept is PromiseState.PENDING and due is not None and due < today,
        made_by_kind=source.agent_kind if source else AgentKind.UNKNOWN,
    )


def _stage(row: Any) -> StageChangeView:
    ident, case_id, stage, occurred_at, zone, reference, body, note = row
    return StageChangeView(
        id=ident,
        case_id=case_id,
        stage=Stage(stage),
        occurred_at=instant_from_text(occurred_at),
        zone=zone,
        reference=reference,
        body=body,
        note=note,
    )


def _evidence(row: Any, root: Path) -> EvidenceView:
    (
        ident,
        case_id,
        exhibit_no,
        title,
        original_name,
        media_type,
        size,
        sha256,
        document_date,
        interaction_id,
        added_at,
    ) = row
    return EvidenceView(
        id=ident,
        case_id=case_id,
        exhibit_no=exhibit_no,
        title=title,
        original_name=original_name,
        media_type=media_type,
        size=size,
        sha256=sha256,
        document_date=_readable_date(document_date),
        interaction_id=interaction_id,
        added_at=instant_from_text(added_at),
        stored_path=str(root / sha256[:2] / sha256),
    )


def _readable_date(value: str | None) -> date | None:
    """A stored calendar date, kept within the range every reader can shift (``ReadableDate``)."""
    if value is None:
        return None
    found = _DATE.match(value)  # as SQLAlchemy's SQLite DATE reads it
    if found is None:
        raise ValueError(f"not a stored date: {value!r}")
    day = date(*map(int, found.groups()))
    return min(max(day, READABLE_FIRST.date()), READABLE_LAST.date())


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: a new or foreign file
        return None
    return None if found is None else str(found[0])
