"""The per-case counters as they stand from revision 0017: the table, its triggers, its filling.

``case_counters`` holds, for every case, what the case list shows about its live records: the
number of live contacts and the time of the newest, the number of pending and of broken
promises. Triggers on ``interactions`` and ``promises`` keep it current whoever writes; the
list reads one row per case instead of counting every contact (which grew with the data).
A promise's being overdue depends on the day, so it is not counted here.

The triggers are made with ``IF NOT EXISTS`` so that code can make them again after a later
migration rebuilds one of the two tables (which drops its triggers).
"""

from __future__ import annotations

from typing import Any

TABLE = "case_counters"

CREATE_TABLE = (
    "CREATE TABLE case_counters ("
    "case_id INTEGER NOT NULL PRIMARY KEY, "
    "interactions INTEGER NOT NULL DEFAULT 0, "
    "last_contact_at VARCHAR, "
    "open_promises INTEGER NOT NULL DEFAULT 0, "
    "broken_promises INTEGER NOT NULL DEFAULT 0)"
)

#: Every counter worked out from the records themselves (the filling and the check).
COUNTED = """
SELECT c.id, coalesce(i.n, 0), i.last, coalesce(p.open, 0), coalesce(p.broken, 0)
FROM cases AS c
LEFT JOIN (SELECT case_id, count(*) AS n, max(occurred_at) AS last
           FROM interactions WHERE deleted_at IS NULL GROUP BY case_id) AS i ON i.case_id = c.id
LEFT JOIN (SELECT case_id, sum(state = 'pending') AS open, sum(state = 'broken') AS broken
           FROM promises WHERE deleted_at IS NULL GROUP BY case_id) AS p ON p.case_id = c.id
"""

FILL = (
    "INSERT INTO case_counters (case_id, interactions, last_contact_at, open_promises, "
    "broken_promises) " + COUNTED
)

_LAST = "(SELECT max(occurred_at) FROM interactions WHERE case_id = {row}.case_id AND deleted_at IS NULL)"
_ENSURE = "INSERT OR IGNORE INTO case_counters (case_id) VALUES ({row}.case_id);"

TRIGGERS: dict[str, str] = {
    "case_counters_case_insert": """
AFTER INSERT ON cases BEGIN
  INSERT OR IGNORE INTO case_counters (case_id) VALUES (NEW.id);
END""",
    "case_counters_case_delete": """
AFTER DELETE ON cases BEGIN
  DELETE FROM case_counters WHERE case_id = OLD.id;
END""",
    "case_counters_interaction_insert": f"""
AFTER INSERT ON interactions WHEN NEW.deleted_at IS NULL BEGIN
  {_ENSURE.format(row="NEW")}
  UPDATE case_counters SET interactions = interactions + 1,
    last_contact_at = CASE WHEN last_contact_at IS NULL OR NEW.occurred_at > last_contact_at
                           THEN NEW.occurred_at ELSE last_contact_at END
  WHERE case_id = NEW.case_id;
END""",
    "case_counters_interaction_delete": f"""
AFTER DELETE ON interactions WHEN OLD.deleted_at IS NULL BEGIN
  UPDATE case_counters SET interactions = interactions - 1, last_contact_at = {_LAST.format(row="OLD")}
  WHERE case_id = OLD.case_id;
END""",
    "case_counters_interaction_update": f"""
AFTER UPDATE OF case_id, deleted_at, occurred_at ON interactions BEGIN
  {_ENSURE.format(row="NEW")}
  UPDATE case_counters SET interactions = interactions - (OLD.deleted_at IS NULL),
    last_contact_at = {_LAST.format(row="OLD")}
  WHERE case_id = OLD.case_id;
  UPDATE case_counters SET interactions = interactions + (NEW.deleted_at IS NULL),
    last_contact_at = {_LAST.format(row="NEW")}
  WHERE case_id = NEW.case_id;
END""",
    "case_counters_promise_insert": f"""
AFTER INSERT ON promises WHEN NEW.deleted_at IS NULL BEGIN
  {_ENSURE.format(row="NEW")}
  UPDATE case_counters SET open_promises = open_promises + (NEW.state = 'pending'),
    broken_promises = broken_promises + (NEW.state = 'broken')
  WHERE case_id = NEW.case_id;
END""",
    "case_counters_promise_delete": """
AFTER DELETE ON promises WHEN OLD.deleted_at IS NULL BEGIN
  UPDATE case_counters SET open_promises = open_promises - (OLD.state = 'pending'),
    broken_promises = broken_promises - (OLD.state = 'broken')
  WHERE case_id = OLD.case_id;
END""",
    "case_counters_promise_update": f"""
AFTER UPDATE OF case_id, deleted_at, state ON promises BEGIN
  {_ENSURE.format(row="NEW")}
  UPDATE case_counters SET
    open_promises = open_promises - (OLD.deleted_at IS NULL AND OLD.state = 'pending'),
    broken_promises = broken_promises - (OLD.deleted_at IS NULL AND OLD.state = 'broken')
  WHERE case_id = OLD.case_id;
  UPDATE case_counters SET
    open_promises = open_promises + (NEW.deleted_at IS NULL AND NEW.state = 'pending'),
    broken_promises = broken_promises + (NEW.deleted_at IS NULL AND NEW.state = 'broken')
  WHERE case_id = NEW.case_id;
END""",
}


def trigger_statements() -> list[str]:
    """``CREATE TRIGGER IF NOT EXISTS`` for every counter trigger."""
    return [f"CREATE TRIGGER IF NOT EXISTS {name} {body.strip()}" for name, body in TRIGGERS.items()]


def create_case_counters(op: Any) -> None:
    """Create the table, fill it from the records, then add the triggers that keep it current."""
    op.execute(CREATE_TABLE)
    op.execute(FILL)
    for statement in trigger_statements():
        op.execute(statement)


def drop_case_counters(op: Any) -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE case_counters")
