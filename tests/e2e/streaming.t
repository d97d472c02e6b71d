# Lists print their rows as they are stepped. Table mode sizes its columns
# from the first 1,000 rows and cuts a later, wider cell the way it cuts any
# other text (a number, never cut, pushes its row right instead); csv and
# json stream whole. sql has no row limit (it once refused a million rows).
# An empty result still has its header; a statement that fails as it
# steps prints nothing and says why.
$ caseaudit -c "sql \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1003) SELECT i, CASE WHEN i <= 1000 THEN 'short' ELSE 'a much longer text' END AS note FROM n\"" | sed -n '1,3p;1001,1005p'
i     note
----  -----
   1  short
 999  short
1000  short
1001  a mu…
1002  a mu…
1003  a mu…
$ caseaudit --mode csv -c "sql \"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1003) SELECT i, CASE WHEN i <= 1000 THEN 'short' ELSE 'a much longer text' END AS note FROM n\"" | tail -2
1002,a much longer text^M
1003,a much longer text^M
$ caseaudit --mode csv -c "sql 'WITH d(x) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) SELECT 1 + a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x + 100000 * g.x AS i FROM d a, d b, d c, d e, d f, d g UNION ALL SELECT 1000001'" | sed -n '1p;$p;$='
i^M
1000001^M
1000002
$ caseaudit --mode json -c "sql 'WITH d(x) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) SELECT 1 + a.x + 10 * b.x + 100 * c.x + 1000 * e.x + 10000 * f.x + 100000 * g.x AS i FROM d a, d b, d c, d e, d f, d g UNION ALL SELECT 1000001'" | python3 -c "import json, sys; rows = json.load(sys.stdin); print(len(rows), max(r['i'] for r in rows), rows[-1])"
1000001 1000001 {'i': 1000001}
$ caseaudit -c "sql 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1002) SELECT CASE WHEN i <= 1000 THEN i ELSE i * 1000 END AS n, i % 2 AS odd FROM n'" | sed -n '1,3p;1002,1004p'
n     odd
----  ---
   1    1
1000    0
1001000    1
1002000    0
$ caseaudit -c "sql 'SELECT 1 AS one WHERE 0'"
one
---
$ caseaudit --mode csv -c "sql 'SELECT 1 AS one WHERE 0'"
one^M
$ caseaudit --mode json -c "sql 'SELECT 1 AS one WHERE 0'"
[]
$ caseaudit -c "sql \"SELECT json('not json') AS j\""
! error: sql: malformed JSON
? 1
