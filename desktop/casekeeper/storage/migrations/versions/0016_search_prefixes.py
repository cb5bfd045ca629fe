"""The search index keeps a list for every prefix of one to twelve letters (FTS5 ``prefix``).

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-02

Typing a word searches, at every keystroke, for every word that starts with what is typed so
far. For a prefix without its own list (revision 0001 had them for two and three letters), FTS5
merges the lists of every such word in full before it returns the first row: 30 ms for ``r``
over 30,000 contacts, ten times that over 300,000. With a list per prefix the rows come
straight off one list, newest first, and the search stops after the rows it needs. The index
grows by about a quarter of the file (8.8 to 20 MB over 30,000 contacts). An FTS5 table's prefix option cannot be changed in
place: the index is rebuilt from its own rows (same rowids, same triggers).
"""

from alembic import op

from casekeeper.storage.migrations.search_index_0001 import drop_search_index
from casekeeper.storage.migrations.search_index_0016 import create_search_index

revision = '0016'
down_revision = '0012'
branch_labels = None
depends_on = None

_COPY = ("CREATE TEMP TABLE search_index_copy AS "
         "SELECT rowid AS row_key, body, kind, record_id, case_id FROM search_index")
_BACK = ("INSERT INTO search_index(rowid, body, kind, record_id, case_id) "
         "SELECT row_key, body, kind, record_id, case_id FROM search_index_copy")


def upgrade() -> None:
    _rebuild(create_search_index)


def downgrade() -> None:
    from casekeeper.storage.migrations.search_index_0001 import create_search_index as create_0001

    _rebuild(create_0001)


def _rebuild(create: object) -> None:
    assert callable(create)
    op.execute(_COPY)
    drop_search_index(op)
    create(op)
    op.execute(_BACK)
    op.execute("DROP TABLE search_index_copy")
