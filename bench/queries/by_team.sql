-- Compliance per audit-standard target and team over all time, as
-- `caseaudit compliance --by team` prints it (see quarter.sql for the
-- measures). Every team is listed, no-data where it has no answers.
-- (CROSS JOIN keeps audit the outer loop: SQLite's way of fixing a join order.)
WITH counts AS (
  SELECT a.team, n.standard, sum(n.result = 'met') AS met, count(*) AS measured
  FROM audit a CROSS JOIN answer n ON n.audit_id = a.id
  WHERE a.submitted = 1 AND n.result <> 'na'
  GROUP BY a.team, n.standard
), rows AS (
  SELECT t.position, t.code, tm.name AS team, t.threshold, coalesce(c.met, 0) AS x, coalesce(c.measured, 0) AS n
  FROM target t CROSS JOIN team tm LEFT JOIN counts c ON c.standard = t.standard AND c.team = tm.name
), wilson AS (
  SELECT *, 1.959963984540054 AS z, CAST(x AS REAL) / n AS p FROM rows
)
SELECT code AS target, team, x AS numerator, n AS denominator,
       CASE WHEN n > 0 THEN printf('%.1f', 100.0 * x / n) END AS percent,
       printf('%.1f', threshold) AS threshold,
       CASE WHEN n = 0 THEN 'no-data' WHEN 100.0 * x >= threshold * n THEN 'green'
            WHEN 100.0 * x >= (threshold - 5) * n THEN 'amber' ELSE 'red' END AS status,
       CASE WHEN n > 0 THEN printf('%.1f', 100 * ((p + z * z / (2 * n)) - z * sqrt(p * (1 - p) / n + z * z / (4.0 * n * n))) / (1 + z * z / n)) END AS ci_low,
       CASE WHEN n > 0 THEN printf('%.1f', 100 * ((p + z * z / (2 * n)) + z * sqrt(p * (1 - p) / n + z * z / (4.0 * n * n))) / (1 + z * z / n)) END AS ci_high,
       CASE WHEN n = 0 THEN 'none'
            WHEN 100 * ((p + z * z / (2 * n)) - z * sqrt(p * (1 - p) / n + z * z / (4.0 * n * n))) / (1 + z * z / n) >= threshold THEN 'above'
            WHEN 100 * ((p + z * z / (2 * n)) + z * sqrt(p * (1 - p) / n + z * z / (4.0 * n * n))) / (1 + z * z / n) < threshold THEN 'below'
            ELSE 'inconclusive' END AS evidence
FROM wilson ORDER BY position, team COLLATE NOCASE;
