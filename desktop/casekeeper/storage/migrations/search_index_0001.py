"""The full-text index as it stands in revision 0001 (frozen: later revisions add their own file).

One FTS5 table holds the searchable text of cases, interactions, promises, stage changes and
evidence. Its rowid is ``record_id * 8 + kind code`` so triggers update a row by key without
scanning; deleted (trashed) records leave the index and come back when restored.
"""

from typing import Any

KINDS = {"case": 1, "interaction": 2, "promise": 3, "stage": 4, "evidence": 5}

SOURCES = {
    "case": ("cases", "new.id",
             "new.title, new.merchant, new.order_ref, new.klarna_ref, new.notes, new.problem_text, "
             "new.remedy", None),
    "interaction": ("interactions", "new.case_id",
                    "new.summary, new.reference, new.agent_name, new.transferred_to, "
                    "new.tracking_number, new.email_subject, new.number_dialled, new.transcript",
                    "new.deleted_at IS NULL"),
    "promise": ("promises", "new.case_id", "new.text, new.note", "new.deleted_at IS NULL"),
    "stage": ("stage_changes", "new.case_id", "new.reference, new.body, new.note",
              "new.deleted_at IS NULL"),
    "evidence": ("evidence", "new.case_id", "new.title, new.original_name",
                 "new.deleted_at IS NULL"),
}


def _body(columns: str) -> str:
    parts = [f"coalesce({c.strip()}, '')" for c in columns.split(",")]
    return " || ' ' || ".join(parts)


def create_search_index(op: Any) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, kind UNINDEXED, record_id UNINDEXED, case_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    create_triggers(op)


def create_triggers(op: Any) -> None:
    """The triggers that keep the index equal to its sources (unchanged since 0001)."""
    for kind, (table, case_expr, columns, condition) in SOURCES.items():
        code = KINDS[kind]
        insert = (f"INSERT INTO search_index(rowid, body, kind, record_id, case_id) "
                  f"SELECT new.id * 8 + {code}, {_body(columns)}, '{kind}', new.id, {case_expr}"
                  + (f" WHERE {condition}" if condition else "") + ";")
        delete_old = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {code};"
        op.execute(f"CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER search_{kind}_au AFTER UPDATE ON {table} BEGIN "
                   f"{delete_old} {insert} END")
        op.execute(f"CREATE TRIGGER search_{kind}_ad AFTER DELETE ON {table} BEGIN {delete_old} END")


def drop_search_index(op: Any) -> None:
    for kind in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
