"""Migration 0016 rebuilds the search index with a list per prefix and keeps every entry."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from casekeeper.storage.migrate import open_database

SCHEMAS = Path(__file__).parent / "schemas"


def _rows(conn: sqlite3.Connection, query: str) -> list[tuple[int, str, int]]:
    return conn.execute("SELECT rowid, kind, record_id FROM search_index WHERE search_index "
                        "MATCH ? ORDER BY rowid", (query,)).fetchall()


def test_the_index_keeps_its_rows_and_answers_one_letter_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite3"
    shutil.copyfile(SCHEMAS / "0010.sqlite3", path)
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(cases)") if row[1] != "id"]
        for number, title in enumerate(("Remboursement du colis", "Réclamation Nordvik",
                                        "Zahlung offen")):
            values = [title if name == "title" else f"uid-{number}" if name == "uid" else ""
                      for name in columns]
            conn.execute(f"INSERT INTO cases ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' for _ in columns)})", values)
        before = _rows(conn, '"r"*')
    open_database(path, tmp_path / "backups").close()
    with sqlite3.connect(path) as conn:
        definition = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
        assert "prefix = '1 2 3 4 5 6 7 8 9 10 11 12'" in definition
        assert _rows(conn, '"r"*') == before and len(before) == 2  # accents folded, rowids kept
        conn.execute("UPDATE cases SET title = 'Zahlung erhalten' WHERE title = 'Zahlung offen'")
        assert [row[2] for row in _rows(conn, '"erhal"*')] == [3]  # the triggers still work
