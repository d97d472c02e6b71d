# sql, hardened (issue 15): the rest of the line is the statement as typed;
# functions by a list (fts3_tokenizer() leaked a code address); a time
# limit and a size limit; infinities and blobs written as valid JSON and CSV.
$ caseaudit -c "team add Alpha" -c "team add Beta"
$ caseaudit -c "sql SELECT count(*) FROM team"
count(*)
--------
       2
$ caseaudit --mode csv -c "sql SELECT name FROM team WHERE name = 'Beta' -- as typed, quotes and all"
name^M
Beta^M
$ caseaudit --mode csv -c "sq   SELECT 'it''s' AS said"
said^M
it's^M
$ # A rest that is one quoted word is unquoted once.
$ caseaudit --mode csv -c "sql \"SELECT 'a b' AS x\""
x^M
a b^M
$ caseaudit --mode csv -c "sql SELECT '--mode' AS x"
x^M
'--mode^M
$ # Functions: SQLite's own that compute, and nothing else.
$ caseaudit --mode csv -c "sql SELECT upper(name), length(name), round(2.5), date('2016-11-30', '+1 day'), json_object('a', 1) FROM team LIMIT 1"
upper(name),length(name),round(2.5),"date('2016-11-30', '+1 day')","json_object('a', 1)"^M
ALPHA,5,3,2016-12-01,"{""a"":1}"^M
$ caseaudit -c "sql SELECT hex(fts3_tokenizer('simple'))"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); the function fts3_tokenizer() is not allowed
? 1
$ caseaudit -c "sql SELECT caseaudit_user()"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); the function caseaudit_user() is not allowed
? 1
$ caseaudit -c "sql SELECT sqlite_compileoption_get(0)"
! error: sql runs one read-only statement (SELECT, WITH ... SELECT, or a PRAGMA that reads); the function sqlite_compileoption_get() is not allowed
? 1
$ # No statement holds the session: a recursive WITH that never ends is
$ # stopped after 10 seconds (it ran for ever), a huge blob is refused.
$ caseaudit -c "sql WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
! error: sql: the statement ran for more than 10 seconds and was stopped; narrow it with WHERE or LIMIT, or check that a recursive WITH ends
? 1
$ caseaudit -c "sql SELECT length(zeroblob(100000000))"
! error: sql: string or blob too big
? 1
$ # SQLite's printf makes a %c with a precision a character at a time,
$ # inside one call, where the time limit cannot stop it (this one ran
$ # 6.5 s; sixty conversions of 16 MiB each ran 7.4 s): widths and
$ # precisions adding up to more than the longest value are refused first.
$ # Under it, printf and format are SQLite's own.
$ caseaudit -c "sql SELECT printf('%.*c', 1000000000, 'x')"
! error: sql: printf() or format(): its widths and precisions add up to 1000000000, more than the longest value a statement may make (16777216 bytes)
? 1
$ caseaudit -c "sql SELECT length(printf(replace(hex(zeroblob(60)), '00', '%.16777216c'), 'x'))"
! error: sql: printf() or format(): its widths and precisions add up to 1006632960, more than the longest value a statement may make (16777216 bytes)
? 1
$ caseaudit -c "sql SELECT format('%2000000000d', 7)"
! error: sql: printf() or format(): its widths and precisions add up to 2000000000, more than the longest value a statement may make (16777216 bytes)
? 1
$ caseaudit --mode csv -c "sql SELECT printf('%.1f%%', 200.0 / 3) AS share, format('%5s|%-3s|%03d|%,d', 'a', 'b', 7, 1234567) AS f, length(printf('%.*c', 1000000, 'x')) AS n, printf('%*d', -3, 5) || '|' AS left"
share,f,n,left^M
66.7%,"    a|b  |007|1,234,567",1000000,5  |^M
$ caseaudit --mode csv -c "sql SELECT count(*) AS teams FROM team"
teams^M
2^M
$ # Infinities and blobs: valid JSON (1e999 reads back as infinity; a blob
$ # as its SQL literal), and text that is not UTF-8 as U+FFFD.
$ caseaudit --mode json -c "sql SELECT 1e999 AS big, -1e999 AS small, x'00ff' AS b, CAST(x'ff41' AS TEXT) AS bad, 0.0/0 AS none"
[
 {"big": 1e999, "small": -1e999, "b": "X'00FF'", "bad": "\ufffdA", "none": null}
]
$ caseaudit --mode json -c "sql SELECT 1e999 AS big, x'00ff' AS b" | python3 -c 'import json, sys; print(json.load(sys.stdin))'
[{'big': inf, 'b': "X'00FF'"}]
$ caseaudit --mode csv -c "sql SELECT 1e999 AS big, -1e999 AS small, x'00ff' AS b"
big,small,b^M
Inf,-Inf,X'00FF'^M
$ caseaudit -c "sql SELECT x'1b5b33316d' AS b"
b
-------------
X'1B5B33316D'
