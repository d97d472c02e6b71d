-- `audit list` with no filter, as src/repo_audit.c writes it, for the
-- sqlite3 shell to print from caseaudit's own database: the same join,
-- the same order, printed as csv by both.
SELECT a.id AS id, a.date AS date, c.ref AS "case", t.name AS team, w.name AS auditor,
       a.grade AS grade,
       CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END AS status,
       m.grade AS moderated
FROM audit a JOIN case_file c ON c.id = a.case_id JOIN team t ON t.id = a.team_id
JOIN worker w ON w.id = a.auditor_id LEFT JOIN moderation m ON m.audit_id = a.id
WHERE 1
  AND a.date BETWEEN '0000-01-01' AND '9999-12-31'
ORDER BY a.date, a.id;
