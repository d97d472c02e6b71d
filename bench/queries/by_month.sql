-- Compliance per audit-standard target and calendar month over all time,
-- as `caseaudit compliance --by month` prints it (see quarter.sql for the
-- measures): every month from the first audit's to the last audit's.
-- (CROSS JOIN keeps audit the outer loop: SQLite's way of fixing a join order.)
WITH RECURSIVE months(month) AS (
  SELECT substr(min(date), 1, 7) FROM audit
  UNION ALL
  SELECT strftime('%Y-%m', month || '-01', '+1 month') FROM months
  WHERE month < (SELECT substr(max(date), 1, 7) FROM audit)
), counts AS (
  SELECT substr(a.date, 1, 7) AS month, n.standard, sum(n.result = 'met') AS met, count(*) AS measured
  FROM audit a CROSS JOIN answer n ON n.audit_id = a.id
  WHERE a.submitted = 1 AND n.result <> 'na'
  GROUP BY 1, n.standard
), rows AS (
  SELECT t.position, t.code, m.month, t.threshold, coalesce(c.met, 0) AS x, coalesce(c.measured, 0) AS n
  FROM target t CROSS JOIN months m LEFT JOIN counts c ON c.standard = t.standard AND c.month = m.month
), wilson AS (
  SELECT *, 1.959963984540054 AS z, CAST(x AS REAL) / n AS p FROM rows
)
SELECT code AS target, month, x AS numerator, n AS denominator,
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
FROM wilson ORDER BY position, month;
