"""The person's overrides of rulepack entries (hours, numbers, clocks) per country.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rule_overrides',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('country', sa.String(length=8), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('shipped_value', sa.Text(), nullable=True),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('country', 'key', name='uq_rule_overrides_country_key'),
    )


def downgrade() -> None:
    op.drop_table('rule_overrides')
