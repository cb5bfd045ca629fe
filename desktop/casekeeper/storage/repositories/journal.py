"""Queries on a case's journal: interactions, promises and stage changes (with the trash flag)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine
from sqlmodel import Session, col

from casekeeper.domain.column_types import EnumText, UTCDateTime
from casekeeper.domain.dto import InteractionView
from casekeeper.domain.models import Evidence, Interaction, Promise, StageChange
from casekeeper.domain.quick_views import quick_maker
from casekeeper.errors import NotFoundError

#: The fields of a contact's view that are not columns of ``interactions`` (given by the caller),
#: where they stand among the view's fields, and the columns that fill the others, in order.
_ATTACHED = ("exhibits", "promise_ids")
_VIEW_FIELDS = tuple(field.name for field in fields(InteractionView))
_ATTACHED_AT = _VIEW_FIELDS.index(_ATTACHED[0])
_VIEW_COLUMNS = tuple(name for name in _VIEW_FIELDS if name not in _ATTACHED)
assert _VIEW_FIELDS[_ATTACHED_AT:_ATTACHED_AT + 2] == _ATTACHED


@cache
def _make_interaction_view() -> Callable[..., InteractionView]:
    return quick_maker(InteractionView)


def _decoder(kind: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How SQLAlchemy would decode a stored value of this column (None: kept as stored)."""
    if isinstance(kind, EnumText):
        members = kind.enum_type._value2member_map_
        enum_type = kind.enum_type
        return lambda value: members.get(value) or enum_type(value)
    if isinstance(kind, UTCDateTime):  # without SQLAlchemy's two wrapping calls (2,000 per case)
        return kind.from_stored
    # The dialect's own form of the type: a date column decodes through SQLite's DATE, not the
    # generic Date (which leaves the stored text as it is).
    return kind.dialect_impl(dialect).result_processor(dialect, None)


class JournalRepository:
    """Interactions, promises and stage changes in one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: Interaction | Promise | StageChange) -> None:
        """Insert a row and give it its id."""
        self.session.add(row)
        self.session.flush()

    def interaction(self, interaction_id: int, *, include_deleted: bool = False) -> Interaction:
        """One interaction, or NotFoundError (also for one in the trash unless asked)."""
        row = self.session.get(Interaction, interaction_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("interaction", interaction_id)
        return row

    def promise(self, promise_id: int, *, include_deleted: bool = False) -> Promise:
        """One promise, or NotFoundError."""
        row = self.session.get(Promise, promise_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("promise", promise_id)
        return row

    def stage_change(self, stage_id: int, *, include_deleted: bool = False) -> StageChange:
        """One stage change, or NotFoundError."""
        row = self.session.get(StageChange, stage_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError("stage change", stage_id)
        return row

    def interaction_views(self, case_id: int, exhibits: Mapping[int, tuple[int, ...]],
                          promise_ids: Mapping[int, tuple[int, ...]]) -> list[InteractionView]:
        """Live interactions of a case, oldest first, as views with their exhibit numbers and
        promises (by interaction id): the fast read for opening a case.

        Only the columns a view holds are read, with one plain statement, each value decoded by
        its column's own type (enum values through a dictionary), and each view made without
        the frozen dataclass's per-field ``__setattr__`` (:mod:`casekeeper.domain.quick_views`):
        2,000 contacts in a few milliseconds."""
        table = Interaction.__table__  # type: ignore[attr-defined]
        connection = self.session.connection()
        raw = connection.exec_driver_sql(
            f"SELECT {', '.join(_VIEW_COLUMNS)} FROM interactions WHERE case_id = ? "
            "AND deleted_at IS NULL ORDER BY occurred_at, id", (case_id,)).fetchall()
        if not raw:
            return []
        # Column by column: one comprehension per decoded column, then one call per view with
        # the columns side by side (a loop per row and value took about a fifth longer).
        values: list[Sequence[Any]] = list(zip(*raw, strict=True))
        for place, name in enumerate(_VIEW_COLUMNS):
            decode = _decoder(table.c[name].type, connection.dialect)
            if decode is not None:
                values[place] = [None if value is None else decode(value) for value in values[place]]
        idents = values[0]
        values[_ATTACHED_AT:_ATTACHED_AT] = [[exhibits.get(ident, ()) for ident in idents],
                                            [promise_ids.get(ident, ()) for ident in idents]]
        return list(map(_make_interaction_view(), *values))

    def promises(self, case_id: int) -> list[Promise]:
        """Live promises of a case, by due date (undated last)."""
        return list(self.session.scalars(
            select(Promise)
            .where(col(Promise.case_id) == case_id, col(Promise.deleted_at).is_(None))
            .order_by(col(Promise.due_date).is_(None), col(Promise.due_date), col(Promise.id))
        ))

    def stage_changes(self, case_id: int) -> list[StageChange]:
        """Live stage changes of a case, oldest first."""
        return list(self.session.scalars(
            select(StageChange)
            .where(col(StageChange.case_id) == case_id, col(StageChange.deleted_at).is_(None))
            .order_by(col(StageChange.occurred_at), col(StageChange.id))
        ))

    def agent_names(self, case_id: int) -> list[str]:
        """Agent names already seen in a case, most recent first, each once."""
        rows = self.session.execute(
            select(col(Interaction.agent_name))
            .where(col(Interaction.case_id) == case_id, col(Interaction.agent_name) != "",
                   col(Interaction.deleted_at).is_(None))
            .order_by(col(Interaction.occurred_at).desc())
        ).scalars()
        return list(dict.fromkeys(rows))

    def deleted(self) -> list[Interaction | Promise | StageChange | Evidence]:
        """Every record in the trash, most recently deleted first."""
        rows: list[Interaction | Promise | StageChange | Evidence] = []
        for model in (Interaction, Promise, StageChange, Evidence):
            rows.extend(self.session.scalars(
                select(model).where(col(model.deleted_at).is_not(None))))
        return sorted(rows, key=lambda r: r.deleted_at or 0, reverse=True)
