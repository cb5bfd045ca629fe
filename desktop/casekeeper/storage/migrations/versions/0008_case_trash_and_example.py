"""Cases can go to the trash whole, the sample case is marked as an example, and a contact says
whether you asked for a supervisor.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02

``cases.deleted_at`` puts a case (with everything it holds) in the trash, restorable;
``cases.is_example`` labels the welcome's sample case, which raises no reminders. Both columns
are added in place (no table rebuild, so the search triggers stay).
``interactions.asked_for_supervisor`` records "I asked for a supervisor" on a contact.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('is_example', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('cases', sa.Column('deleted_at', sa.String(length=32), nullable=True))
    op.add_column('interactions', sa.Column('asked_for_supervisor', sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('interactions') as batch:
        batch.drop_column('asked_for_supervisor')
    with op.batch_alter_table('cases') as batch:
        batch.drop_column('deleted_at')
        batch.drop_column('is_example')
