#!/usr/bin/env python3
"""Print the history triggers for every table of a schema file.

Used when writing a migration that adds or changes a table: the triggers
record each insert, update and delete as JSON in `history`. Run
  python3 tools/history_triggers.py schema/schema.sql
and paste the triggers of the tables you touched into the migration
(create them before the migration puts rows in the table). That is all a
table needs: the history table's own trigger (history_seal,
migrations/0013) seals every entry with the OS account and its place in
the hash chain, and `history verify` checks every row of every table
with these triggers against its last entry.
"""
import sqlite3, sys

db = sqlite3.connect(":memory:")
db.create_function("caseaudit_user", 0, lambda: "x")
db.create_function("caseaudit_now", 0, lambda: "x")
db.create_function("caseaudit_row_history", 0, lambda: 1)

# Triggers that stand aside while caseaudit records an audit with its
# answers as one change (migrations/0005): keep their WHEN clause.
WHOLE = {("audit", "insert"), ("audit", "update"), ("answer", "insert")}


def when(table, operation):
    return " WHEN caseaudit_row_history()" if (table, operation) in WHOLE else ""

db.executescript(open(sys.argv[1]).read())
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_schema WHERE type='table' AND name<>'history' "
    "AND name NOT LIKE 'sqlite%' ORDER BY rowid")]
only = set(sys.argv[2:])
for t in tables:
    if only and t not in only:
        continue
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
    pk = sorted([(r[5], r[1]) for r in db.execute(f"PRAGMA table_info({t})") if r[5]])
    pk = [c for _, c in pk]

    def obj(p):
        return "json_object(" + ", ".join(f"'{c}', {p}.{c}" for c in cols) + ")"

    def key(p):
        return " || '/' || ".join(f"{p}.{c}" for c in pk)

    print(f"CREATE TRIGGER {t}_history_insert AFTER INSERT ON {t}{when(t, 'insert')} BEGIN\n"
          f"  INSERT INTO history(at, user, tbl, row_id, operation, old, new)\n"
          f"  VALUES (caseaudit_now(), caseaudit_user(), '{t}', {key('NEW')}, 'insert', NULL, {obj('NEW')});\nEND;")
    print(f"CREATE TRIGGER {t}_history_update AFTER UPDATE ON {t}{when(t, 'update')} BEGIN\n"
          f"  INSERT INTO history(at, user, tbl, row_id, operation, old, new)\n"
          f"  VALUES (caseaudit_now(), caseaudit_user(), '{t}', {key('NEW')}, 'update', {obj('OLD')}, {obj('NEW')});\nEND;")
    print(f"CREATE TRIGGER {t}_history_delete AFTER DELETE ON {t}{when(t, 'delete')} BEGIN\n"
          f"  INSERT INTO history(at, user, tbl, row_id, operation, old, new)\n"
          f"  VALUES (caseaudit_now(), caseaudit_user(), '{t}', {key('OLD')}, 'delete', {obj('OLD')}, NULL);\nEND;")
