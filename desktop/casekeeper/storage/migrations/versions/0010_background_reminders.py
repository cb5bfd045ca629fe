"""Reminders sent outside the window, and "remind me when it opens" requests.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Kept in the case file (not the settings file) so a backup or a moved data folder keeps them:
a reminder is never sent twice, and a request is never forgotten.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'reminders_sent',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=300), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('sent_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key'),
    )
    op.create_table(
        'opening_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('label', sa.String(length=200), nullable=False),
        sa.Column('opens_at', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('sent_at', sa.String(length=32), nullable=True),
        sa.Column('cancelled_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade() -> None:
    op.drop_table('opening_requests')
    op.drop_table('reminders_sent')
