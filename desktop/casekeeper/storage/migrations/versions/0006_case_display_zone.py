"""The time zone a case's documents are shown in, when the person chooses one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

``cases.display_zone`` is an IANA zone name, or empty for the zone of the case's country (its
rulepack). Added with a plain ALTER TABLE so the search triggers on ``cases`` stay.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('display_zone', sa.String(length=64), nullable=False,
                                     server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('cases') as batch_op:
        batch_op.drop_column('display_zone')
