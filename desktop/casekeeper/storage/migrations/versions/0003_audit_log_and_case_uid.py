"""The hash-chained audit log, and a stable uid per case (identity for export and import).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

``cases.uid`` is added with a plain ALTER TABLE (no batch copy of ``cases``: recreating the
table would drop the search triggers on it), then every existing case gets a uuid4.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('uid', sa.String(length=36), nullable=False,
                                     server_default=''))
    connection = op.get_bind()
    ids = [row[0] for row in connection.exec_driver_sql("SELECT id FROM cases").fetchall()]
    for case_id in ids:
        connection.exec_driver_sql("UPDATE cases SET uid = ? WHERE id = ?",
                                   (str(uuid.uuid4()), case_id))
    op.create_index('ix_cases_uid', 'cases', ['uid'], unique=True)
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('record_kind', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=True),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('digest_of_change', sa.String(length=64), nullable=False),
        sa.Column('prev_hash', sa.String(length=64), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('hash'),
    )


def downgrade() -> None:
    op.drop_table('audit_log')
    op.drop_index('ix_cases_uid', 'cases')
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('uid')
