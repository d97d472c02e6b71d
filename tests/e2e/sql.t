# sql: one read-only statement, in every mode; anything that could write is
# refused, however it is disguised, and the database is left as it was.
$ caseaudit > /dev/null <<'EOF'
> team add "Assessment Team 1"
> team add "Children in Care"
> worker add "Mary Shah" --team "Assessment Team 1" --role team-manager
> case add C1001 --team "Assessment Team 1" --status cin
> audit add C1001 --date 2016-11-02 --auditor "Mary Shah" --grade good --submit CHRON=met PLAN=not-met
> EOF
$ caseaudit -c "sql 'SELECT name, service FROM team ORDER BY name'"
name               service
-----------------  -------
Assessment Team 1  
Children in Care   
$ caseaudit --mode csv -c "sql 'SELECT name, service FROM team ORDER BY name'"
name,service^M
Assessment Team 1,^M
Children in Care,^M
$ caseaudit --mode json -c "sql 'SELECT name, service, length(name) AS letters, 1.5 AS half FROM team ORDER BY name'"
[
 {"name": "Assessment Team 1", "service": null, "letters": 17, "half": 1.5},
 {"name": "Children in Care", "service": null, "letters": 16, "half": 1.5}
]
$ caseaudit -c "sql \"SELECT result, count(*) AS answers FROM answer WHERE result <> 'na' GROUP BY result\""
result   answers
-------  -------
met            1
not-met        1
$ caseaudit -c "sql 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT i FROM n'"
i
-
1
2
3
$ caseaudit --mode csv -c "sql 'PRAGMA table_info(action)'" | cut -d, -f2,3
name,type
id,INTEGER
audit_id,INTEGER
text,TEXT
owner_id,INTEGER
due,TEXT
done,TEXT
$ caseaudit -c "sql 'PRAGMA foreign_keys'"
foreign_keys
------------
           1
$ caseaudit --mode csv -c "sql 'SELECT count(*) AS n FROM pragma_table_info(\"team\")'"
n^M
3^M
$ caseaudit --mode csv -c "sql 'SELECT 1 AS one; -- a trailing comment is fine'"
one^M
1^M
$ caseaudit --mode csv -c "sql 'SELECT count(*) AS changes FROM history WHERE tbl = \"audit\"'"
changes^M
1^M
$ caseaudit --mode csv -c "sql 'SELECT 1 AS x WHERE 0'"
x^M
$ # Writes, however disguised.
$ caseaudit -c "sql \"INSERT INTO team(name) VALUES ('Sneaky')\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); INSERT is not allowed
? 1
$ caseaudit -c "sql \"UPDATE audit SET grade = 'outstanding'\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); UPDATE is not allowed
? 1
$ caseaudit -c "sql 'DELETE FROM history'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DELETE is not allowed
? 1
$ caseaudit -c "sql \"WITH x AS (SELECT 'Sneaky' AS n) INSERT INTO team(name) SELECT n FROM x\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); INSERT is not allowed
? 1
$ caseaudit -c "sql \"REPLACE INTO team(id, name) VALUES (1, 'Renamed')\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); INSERT is not allowed
? 1
$ caseaudit -c "sql 'DROP TABLE history'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'CREATE TABLE t(a)'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'CREATE TEMP TABLE t(a)'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'CREATE VIEW v AS SELECT 1'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'CREATE TRIGGER x AFTER INSERT ON team BEGIN DELETE FROM team; END'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'CREATE INDEX i ON team(service)'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'ALTER TABLE team ADD COLUMN x'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); ALTER TABLE is not allowed
? 1
$ caseaudit -c "sql 'SELECT 1; DELETE FROM team'"
! error: sql runs one statement only; remove what follows the first ';'
? 1
$ caseaudit -c "sql 'SELECT 1; SELECT 2'"
! error: sql runs one statement only; remove what follows the first ';'
? 1
$ caseaudit -c "sql \"ATTACH 'other.db' AS other\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); ATTACH is not allowed
? 1
$ caseaudit -c "sql 'DETACH main'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DETACH is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA writable_schema = 1'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA writable_schema = 1 is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA user_version = 99'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA user_version = 99 is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA query_only = 0'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA query_only = 0 is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA journal_mode = delete'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA journal_mode = delete is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA optimize'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA optimize is not allowed
? 1
$ caseaudit -c "sql 'PRAGMA wal_checkpoint'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA wal_checkpoint is not allowed
? 1
$ caseaudit -c "sql 'VACUUM'"
! error: sql runs read-only statements only; use the other commands to change data
? 1
$ caseaudit -c "sql \"VACUUM INTO 'copy.db'\""
! error: sql runs read-only statements only; use the other commands to change data
? 1
$ ls copy.db other.db
! ls: cannot access 'copy.db': No such file or directory
! ls: cannot access 'other.db': No such file or directory
? 2
$ caseaudit -c "sql 'BEGIN'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); BEGIN, COMMIT or ROLLBACK is not allowed
? 1
$ caseaudit -c "sql 'COMMIT'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); BEGIN, COMMIT or ROLLBACK is not allowed
? 1
$ caseaudit -c "sql 'ROLLBACK'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); BEGIN, COMMIT or ROLLBACK is not allowed
? 1
$ caseaudit -c "sql 'SAVEPOINT s'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); SAVEPOINT is not allowed
? 1
$ caseaudit -c "sql 'RELEASE s'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); SAVEPOINT is not allowed
? 1
$ caseaudit -c "sql 'REINDEX'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); REINDEX is not allowed
? 1
$ caseaudit -c "sql 'ANALYZE'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); changing the schema is not allowed
? 1
$ caseaudit -c "sql 'EXPLAIN DELETE FROM team'"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DELETE is not allowed
? 1
$ caseaudit -c "sql \"SELECT load_extension('/tmp/x.so')\""
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); the function load_extension() is not allowed
? 1
$ caseaudit -c "sql \"UPDATE sqlite_schema SET sql = 'x' WHERE name = 'team'\""
! error: sql: table sqlite_master may not be modified
? 1
$ caseaudit -c "sql 'SELECT * FROM pragma_writable_schema(1)'"
! error: sql: too many arguments on pragma_writable_schema() - max 0
? 1
$ caseaudit -c "sql \"SELECT * FROM pragma_journal_mode('delete')\""
! error: sql: unknown database 'delete'
? 1
$ # Not a statement.
$ caseaudit -c "sql ''"
! error: sql: the statement is empty; give a SELECT statement
? 1
$ caseaudit -c "sql ' ; '"
! error: sql: the statement is empty; give a SELECT statement
? 1
$ caseaudit -c "sql '-- only a comment'"
! error: sql: the statement is empty; give a SELECT statement
? 1
$ caseaudit -c "sql 'SELEC 1'"
! error: sql: near "SELEC": syntax error
? 1
$ caseaudit -c "sql 'SELECT * FROM nowhere'"
! error: sql: no such table: nowhere
? 1
$ caseaudit -c "sql"
! error: sql: missing argument; usage: sql SELECT-STATEMENT
? 1
$ # The rest of the line is the statement, as typed: nothing is an option.
$ caseaudit -c "sql 'SELECT 1' --mode json"
! error: sql: near "'SELECT 1'": syntax error
? 1
$ # Nothing changed, and a refused sql leaves later commands working.
$ caseaudit --mode csv -c "sql 'SELECT (SELECT count(*) FROM team) AS teams, (SELECT grade FROM audit) AS grade, (SELECT count(*) FROM sqlite_schema) > 50 AS schema'"
teams,grade,schema^M
2,good,1^M
$ caseaudit -c "sql 'DELETE FROM team'" -c "team add 'Disabled Children'" -c "sql 'PRAGMA user_version = 5'" -c "audit add C1001 --date 2016-11-03 --auditor 'Mary Shah'"
2
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); DELETE is not allowed
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); PRAGMA user_version = 5 is not allowed
? 1
