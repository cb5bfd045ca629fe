"""The date a letter to the person asks them to answer or pay by (``interactions.respond_by``),
such as a debt collector's deadline: it becomes the person's own clock.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-02

Existing contacts get no date (the letter stated none, or it was not entered).
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('respond_by', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('respond_by')
