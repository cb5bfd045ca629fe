"""Initial schema: cases, interactions, promises, stage changes, evidence and the search index.

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
from casekeeper.storage.migrations.search_index_0001 import (
    create_search_index,
    drop_search_index,
)


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('company', sa.String(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('product', sa.String(length=40), nullable=False),
    sa.Column('merchant', sa.String(), nullable=False),
    sa.Column('order_ref', sa.String(), nullable=False),
    sa.Column('klarna_ref', sa.String(), nullable=False),
    sa.Column('amount', sa.String(length=32), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('purchase_date', sa.Date(), nullable=True),
    sa.Column('problem', sa.String(length=40), nullable=False),
    sa.Column('problem_text', sa.Text(), nullable=False),
    sa.Column('remedy', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('consumer_name', sa.String(), nullable=False),
    sa.Column('consumer_email', sa.String(), nullable=False),
    sa.Column('consumer_address', sa.Text(), nullable=False),
    sa.Column('klarna_account', sa.String(), nullable=False),
    sa.Column('closing_outcome', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('zone', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('direction', sa.String(length=40), nullable=False),
    sa.Column('agent_name', sa.String(), nullable=False),
    sa.Column('agent_kind', sa.String(length=40), nullable=False),
    sa.Column('asked_for_human', sa.Boolean(), nullable=False),
    sa.Column('transferred_to', sa.String(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('wait_minutes', sa.Integer(), nullable=True),
    sa.Column('call_minutes', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('transcript', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=40), nullable=False),
    sa.Column('number_dialled', sa.String(), nullable=False),
    sa.Column('tracking_number', sa.String(), nullable=False),
    sa.Column('email_subject', sa.String(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interactions_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_interactions_case_time', ['case_id', 'occurred_at'], unique=False)

    op.create_table('stage_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=False),
    sa.Column('zone', sa.String(length=64), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_changes_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_stage_changes_case_time', ['case_id', 'occurred_at'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('exhibit_no', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('original_name', sa.String(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('interaction_id', sa.Integer(), nullable=True),
    sa.Column('added_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'exhibit_no', name='uq_evidence_case_exhibit')
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_interaction_id'), ['interaction_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)

    op.create_table('promises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('interaction_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=40), nullable=False),
    sa.Column('settled_at', sa.String(length=32), nullable=True),
    sa.Column('settled_by_interaction_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('deleted_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['interaction_id'], ['interactions.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['settled_by_interaction_id'], ['interactions.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promises_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promises_interaction_id'), ['interaction_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promises_settled_by_interaction_id'), ['settled_by_interaction_id'], unique=False)

    create_search_index(op)


def downgrade() -> None:
    drop_search_index(op)
    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promises_settled_by_interaction_id'))
        batch_op.drop_index(batch_op.f('ix_promises_interaction_id'))
        batch_op.drop_index(batch_op.f('ix_promises_case_id'))

    op.drop_table('promises')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_sha256'))
        batch_op.drop_index(batch_op.f('ix_evidence_interaction_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_case_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('stage_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_changes_case_time')
        batch_op.drop_index(batch_op.f('ix_stage_changes_case_id'))

    op.drop_table('stage_changes')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_case_time')
        batch_op.drop_index(batch_op.f('ix_interactions_case_id'))

    op.drop_table('interactions')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_status'))

    op.drop_table('cases')
