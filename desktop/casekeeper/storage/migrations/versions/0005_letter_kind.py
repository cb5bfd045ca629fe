"""Which drafted letter a logged contact is (``interactions.letter_kind``), so that the answer
clocks of some letters (the personal-data access request: one month, GDPR art. 12(3)) can be
derived when the letter is marked sent.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Existing contacts get an empty kind (not a drafted letter).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letter_kind', sa.String(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('letter_kind')
