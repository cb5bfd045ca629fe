"""Alembic environment: runs on the connection handed over by casekeeper.storage.migrate."""

from alembic import context
from sqlmodel import SQLModel

import casekeeper.domain.models  # noqa: F401  (registers the tables)
from casekeeper.storage.schema import is_managed_by_hand

config = context.config
connection = config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    """Leave the hand-written full-text index and its shadow tables out of comparisons."""
    return not (type_ == "table" and is_managed_by_hand(name))


context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
