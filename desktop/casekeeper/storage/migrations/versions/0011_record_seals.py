"""Record seals: the digest of every record as Case Keeper last wrote it (see storage/seals.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Only the tables are made here. Their triggers and the first seals are made by the code that runs
after every migration (``storage.migrate.upgrade_to_head``), since a rebuilt table loses its
triggers and a migration may change every row.
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE record_seals (tbl TEXT NOT NULL, record_id INTEGER NOT NULL, "
               "digest TEXT NOT NULL, PRIMARY KEY (tbl, record_id))")
    op.execute("CREATE TABLE seal_pending (tbl TEXT NOT NULL, record_id INTEGER NOT NULL, "
               "PRIMARY KEY (tbl, record_id))")
    op.execute("CREATE TABLE seal_findings (tbl TEXT NOT NULL, record_id INTEGER NOT NULL, "
               "kind TEXT NOT NULL, case_id INTEGER)")


def downgrade() -> None:
    connection = op.get_bind()
    for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'seal\\_%' "
            "ESCAPE '\\'").fetchall():
        op.execute(f"DROP TRIGGER {name}")
    for table in ("seal_findings", "seal_pending", "record_seals"):
        op.execute(f"DROP TABLE {table}")
