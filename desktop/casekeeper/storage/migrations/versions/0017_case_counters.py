"""Per-case counters for the case list, kept by triggers (``case_counters``).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

The case list shows, for every case, how many live contacts it has, when the newest was, and
how many promises are pending or broken. Counting them on every read walked an index entry per
contact: 4.7 ms over 30,000 contacts, 43 ms over 300,000, growing with the data. Triggers now
keep one row of counters per case, so the list reads 3,000 rows whatever the number of
contacts. The integrity check compares the counters with the records and quietly repairs any
that drifted (a write by another program with the triggers missing).
"""

from alembic import op

from casekeeper.storage.migrations.case_counters_0017 import create_case_counters, drop_case_counters

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_case_counters(op)


def downgrade() -> None:
    drop_case_counters(op)
