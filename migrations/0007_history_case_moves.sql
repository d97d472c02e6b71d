-- 0007: an index of the history's changes to case files alone.
-- Recording an audit asks whether its case has moved team since the audit
-- date (repo_audit.c, team_on). Through history_row that meant reading the
-- case's own insert from the history table, one random page a case: at
-- national scale the history is the biggest table there is. Updates of
-- case files are few; this index holds only them, so the answer is found
-- (or not) in a small index without touching the table.
CREATE INDEX history_case_update ON history(row_id, id) WHERE tbl = 'case_file' AND operation = 'update';
