/* SQL fragments shared by the measures (compliance.c) and the lists that
 * must agree with them (repo_sample.c): the one home of "a worker as they
 * were on a day", "is a manager" and "what became of a scheduled audit".
 * String literals, pasted into statements; the parameters they use are
 * named in each comment and must be bound by the statement's user. */
#ifndef CASEAUDIT_MEASURE_SQL_H
#define CASEAUDIT_MEASURE_SQL_H

#include "domain.h"

/* The council's calendar day of a history timestamp (UTC text): domain.h's
 * one form (the process's zone is the council's, set when the database
 * opens). */
#define SQL_LOCAL_DAY(at) DOMAIN_SQL_LOCAL_DATE(at)

/* Who is a manager, a line manager (SUP-TRAINED) or a practitioner
 * (SUP-REGULAR, SUP-AGREEMENT): domain.h's DOMAIN_SQL_* forms, next to
 * their C forms. */
#include "domain.h"

/* The worker row id (an SQL expression) as it stood at the end of day (an
 * SQL expression, YYYY-MM-DD): the old value, as JSON, of the first
 * change to the row recorded after that day; NULL when none was (the row
 * as it is now is as it was), and for today or later (:today). A change
 * recorded on the day itself belongs to it. Read a column with
 * SQL_WORKER_ON: coalesce(json_extract(was, '$.team_id'), wk.team_id). */
#define SQL_WORKER_WAS(id, day) \
	"(CASE WHEN " day " >= :today THEN NULL ELSE (SELECT h.old FROM history h" \
	" WHERE h.tbl = 'worker' AND h.row_id = CAST(" id " AS TEXT) AND h.operation = 'update'" \
	" AND " SQL_LOCAL_DAY("h.at") " > " day " ORDER BY h.id LIMIT 1) END)"
#define SQL_WORKER_ON(was, row, column) "coalesce(json_extract(" was ", '$." column "'), " row "." column ")"

/* A case's column (team_id, worker_id, status) as it stood at the end of day
 * (an SQL expression, YYYY-MM-DD), for the case with id (an SQL
 * expression): the old value of the first change of that column recorded
 * after that day, as a one-element JSON array (so a change from NULL, an
 * unallocated case, is told from no change at all); NULL when none was,
 * and for today or later (:today), and then the case's value now stands
 * (as SQL_WORKER_WAS: no history is read for a day not yet over). The
 * history's changes to cases
 * are found through their own partial index (migrations/0007). The one
 * home of "the team that held a case, the worker allocated to it, on a
 * date": the audit's team and who may not audit it (repo_audit.c), the
 * worker owed feedback (repo_feedback.c), the team and status a
 * back-dated draw takes a file by (repo_sample.c). */
#define SQL_CASE_WAS(id, day, column) \
	"(CASE WHEN " day " >= :today THEN NULL ELSE (SELECT json_array(json_extract(h.old, '$." column "'))" \
	" FROM history h INDEXED BY history_case_update" \
	" WHERE h.tbl = 'case_file' AND h.operation = 'update' AND h.row_id = CAST(" id " AS TEXT)" \
	" AND " SQL_LOCAL_DAY("h.at") " > " day \
	" AND json_extract(h.old, '$." column "') IS NOT json_extract(h.new, '$." column "')" \
	" ORDER BY h.id LIMIT 1) END)"
/* The column's value on day, from SQL_CASE_WAS and the case's row now
 * (an SQL expression: its value now). NULL for an unallocated worker. */
#define SQL_CASE_ON(id, day, now, column) \
	"json_extract(coalesce(" SQL_CASE_WAS(id, day, column) ", json_array(" now ")), '$[0]')"

/* sched_status: every scheduled audit with what became of it (:today):
 *   sample_id, case_id, position, case_ref, sample_team_id, auditor_id,
 *   drawn_on, due, team_id (the auditor's team on the due date: the team
 *   the audit counts for), audit_id and audit_date (the first submitted
 *   audit of the case by a manager, as they were on its date, dated on or
 *   after the draw date; for a themed sample, the first submitted audit
 *   of the case of the sample's theme, by whoever did it), withdrawn_on
 *   and withdrawn_reason (by a manager, or the case's closing when it
 *   closed before the due date), theme (a themed sample's; NULL for a dip
 *   sample), status:
 *   on-time   a manager's audit dated from the draw to the due date
 *   withdrawn by a manager, or the case closed before the due date
 *   late      a manager's audit after the due date
 *   pending   not done, and due after today
 *   not-done  not done, and due today or before
 * MGMT-AUDITS counts on-time over on-time, late and not-done, of dip
 * samples only (theme IS NULL): themed samples are not management
 * dip-sample audits (DOMAIN.md). */
#define SQL_SCHEDULED_STATUS \
	"sched AS (" \
	"  SELECT sa.sample_id, sa.case_id, sa.position, c.ref AS case_ref, c.closed, sm.team_id AS sample_team_id," \
	"         sm.auditor_id, sm.drawn_on, sm.due," \
	"         " SQL_WORKER_ON(SQL_WORKER_WAS("au.id", "sm.due"), "au", "team_id") " AS team_id," \
	"         (SELECT a.id FROM audit a JOIN worker aw ON aw.id = a.auditor_id" \
	"           WHERE a.case_id = sa.case_id AND a.submitted_at IS NOT NULL AND a.date >= sm.drawn_on" \
	"             AND CASE WHEN st.theme IS NULL" \
	"                 THEN " DOMAIN_SQL_MANAGER(SQL_WORKER_ON(SQL_WORKER_WAS("aw.id", "a.date"), "aw", "role")) \
	"                 ELSE EXISTS (SELECT 1 FROM audit_theme x WHERE x.audit_id = a.id AND x.theme = st.theme) END" \
	"           ORDER BY a.date, a.id LIMIT 1) AS audit_id," \
	"         wd.date AS manual_on, wd.reason AS manual_reason, st.theme, st.draw_id" \
	"  FROM scheduled_audit sa JOIN sample sm ON sm.id = sa.sample_id JOIN case_file c ON c.id = sa.case_id" \
	"  JOIN worker au ON au.id = sm.auditor_id" \
	"  LEFT JOIN sample_theme st ON st.sample_id = sa.sample_id" \
	"  LEFT JOIN scheduled_withdrawal wd ON wd.sample_id = sa.sample_id AND wd.case_id = sa.case_id)," \
	" sched_status AS (" \
	"  SELECT s.sample_id, s.case_id, s.position, s.case_ref, s.sample_team_id, s.auditor_id, s.drawn_on, s.due," \
	"         s.team_id, s.audit_id, a.date AS audit_date, s.theme, s.draw_id," \
	"         CASE WHEN a.date <= s.due THEN NULL WHEN s.manual_on IS NOT NULL THEN s.manual_on" \
	"              WHEN s.closed < s.due THEN s.closed END AS withdrawn_on," \
	"         CASE WHEN a.date <= s.due THEN NULL WHEN s.manual_on IS NOT NULL THEN s.manual_reason" \
	"              WHEN s.closed < s.due THEN 'the case closed before the due date' END AS withdrawn_reason," \
	"         CASE WHEN a.date <= s.due THEN 'on-time'" \
	"              WHEN s.manual_on IS NOT NULL OR s.closed < s.due THEN 'withdrawn'" \
	"              WHEN a.id IS NOT NULL THEN 'late'" \
	"              WHEN s.due > :today THEN 'pending' ELSE 'not-done' END AS status" \
	"  FROM sched s LEFT JOIN audit a ON a.id = s.audit_id)"

#endif
