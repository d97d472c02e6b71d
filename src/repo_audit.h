/* Audits and their answers, grades, submission and moderation (repo_audit.c). Part of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_AUDIT_H
#define CASEAUDIT_REPO_AUDIT_H

#include "db.h"
#include "table.h"

/* One answer: a standard's code (any case), met / not-met / na, a note. */
typedef struct {
	const char *standard;
	const char *result;
	const char *note;  /* NULL: none */
} AuditAnswer;

/* A new audit, as `audit add` and `audit start` record it. */
typedef struct {
	const char *case_ref;   /* the council's child ID */
	const char *date;       /* when the audit was done: YYYY-MM-DD, not after today */
	const char *auditor;    /* a worker's name */
	const char *type;       /* dip-sample, themed, multi-agency; NULL: dip-sample */
	const char *grade;      /* NULL: not graded yet */
	int nanswers;
	const AuditAnswer *answers;
	int submit;             /* submit at once (domain_may_submit: a met or not-met answer,
	                           and a grade for a dip-sample audit) */
	int imported;           /* a past audit from a file: may be submitted without a grade */
	const char *theme;      /* a themed audit: the theme's name (any case), kept with
	                           the audit; its answers must be of the theme's
	                           standards, and its type is themed; NULL: none */
} AuditNew;

/* Record a new audit (a draft unless submit is set) with its answers, for
 * the team holding the case on the audit date. The auditor must be in
 * post and allowed to audit the case (domain_may_audit); an audit of the
 * same case on the same date by the same auditor as one already recorded
 * is refused, naming it. Checks everything first;
 * on failure nothing is recorded. *id gets the new audit's number. The
 * history gets one change: the audit's insert, holding its answers. */
int repo_audit_add(Db *db, const AuditNew *audit, long long *id, char **cause);

/* Recording many audits (an import): the standards and whom they apply
 * to are read once, not for every audit. Each add is repo_audit_add's.
 * bulk (inside a transaction) switches the connection's triggers off until
 * the recorder is freed: it writes only new audits, and their history
 * itself, so no trigger program need run for each answer. Record nothing
 * else through the connection while a bulk recorder is alive. */
typedef struct AuditRecorder AuditRecorder;
AuditRecorder *repo_audit_recorder_new(Db *db, int bulk, char **cause);
int repo_audit_recorder_add(AuditRecorder *recorder, const AuditNew *audit, long long *id, char **cause);
/* A case's and an auditor's IDs as the recorder finds them (the messages
 * of repo_case_id and repo_worker_id); the next add of the same case or
 * auditor does not look them up again. */
int repo_audit_recorder_case(AuditRecorder *recorder, const char *ref, long long *id, char **cause);
int repo_audit_recorder_auditor(AuditRecorder *recorder, const char *name, long long *id, char **cause);
/* A bulk import's plan, once it can tell how many rows it has (rows, an
 * estimate): when that is at least a sixteenth of the case files, the
 * recorder reads them all into memory, once, instead of looking each
 * row's case up; then SQLite's page cache is set to budget_kib less what
 * that map holds (never below SQLite's default of 2,000 KiB), so that the
 * two together keep within the import's memory. The cache is grown only
 * here, after the map is made: a cache filled first would keep its pages
 * in the process however small it is made later. budget_kib 0: the cache
 * is left alone. 0, or -1 with *cause. */
int repo_audit_recorder_plan(AuditRecorder *recorder, long long rows, long long budget_kib, char **cause);
/* repo_audit_same through the recorder: when there is none, the next add
 * of that case, date and auditor does not ask again. */
int repo_audit_recorder_same(AuditRecorder *recorder, long long case_id, const char *date, long long auditor,
                             long long *id, char **cause);
void repo_audit_recorder_free(AuditRecorder *recorder);

/* Answer (or re-answer, replacing result and note) one standard of a draft. */
int repo_audit_answer(Db *db, long long audit, const char *standard, const char *result,
                      const char *note, char **cause);
/* Set (or change) the grade of a draft. */
int repo_audit_grade(Db *db, long long audit, const char *grade, char **cause);
/* Submit a draft: it needs at least one answer met or not-met (an audit
 * of n/a answers alone measured nothing) and, for a dip-sample audit, a
 * grade (domain_may_submit); standards that
 * apply but were not answered are not counted. When unanswered is not NULL
 * it gets a malloc'd list of their codes ("VOICE, DECISIONS") or NULL. */
int repo_audit_submit(Db *db, long long audit, char **unanswered, char **cause);
/* Moderate a submitted audit: moderator a manager other than the auditor,
 * once per audit. grade NULL: agree with the auditor's grade. date NULL:
 * today. */
int repo_audit_moderate(Db *db, long long audit, const char *moderator, const char *date,
                        const char *grade, const char *note, char **cause);

/* The audit of case (internal id) on date by auditor (worker id) already
 * recorded: 1 with its number in *id, 0 when there is none, -1 on a
 * database error. An audit is recorded once. */
int repo_audit_same(Db *db, long long case_id, const char *date, long long auditor, long long *id, char **cause);

/* 0 when audit exists and is a draft; else -1 with the reason. */
int repo_audit_check_draft(Db *db, long long audit, char **cause);

/* audit show: one row (id, case, team, auditor, date, type, grade, status,
 * submitted_at, submitted_by, moderated_by, moderated_on, moderated_grade,
 * moderation, moderation_note, unanswered, theme, reaudit_of,
 * reaudit_of_date, reaudit_of_grade, reaudited_by, reaudited_by_date,
 * reaudited_by_grade: the re-audit link both ways; reaudited_by is the
 * first audit recorded as re-auditing it, grades 'no grade' when none was
 * given), its answers
 * (standard, result, note) and its actions (id, text, owner, due, done,
 * status). unanswered names only the theme's standards for a themed
 * audit. */
Table *repo_audit_record(Db *db, long long audit, char **cause);
Table *repo_audit_answers(Db *db, long long audit, char **cause);
Table *repo_audit_actions(Db *db, long long audit, char **cause);

/* audit list filters; NULL / 0: no filter. */
typedef struct {
	const char *team;      /* the team the audit belongs to */
	const char *case_ref;
	const char *auditor;
	const char *from, *to; /* audit dates, inclusive */
	int unmoderated;       /* submitted and not moderated */
	int drafts;            /* drafts only */
} AuditFilter;
int repo_audit_list(Db *db, const AuditFilter *filter, Sink *sink, char **cause);

/* Every standard, in order, for the case: code, text, guidance, applies
 * (1/0) and rule (who it applies to, in words; NULL: every case). */
Table *repo_audit_standards(Db *db, const char *case_ref, char **cause);
/* The same limited to the standards of theme (its name as stored, from
 * repo_theme_name; NULL: every standard): a themed audit's. */
Table *repo_audit_standards_of(Db *db, const char *case_ref, const char *theme, char **cause);
/* What an auditor reads first: case, team, worker, status, flags, opened,
 * closed, last_chronology, last_supervision, last_audit (one row). */
Table *repo_audit_case_context(Db *db, const char *case_ref, char **cause);

/* The theme audit asked (its name as stored) into out (128 bytes): 1 when
 * it is a themed audit with a theme kept, 0 when not, -1 on an error. */
int repo_audit_theme(Db *db, long long audit, char out[128], char **cause);

/* The latest draft of the case by the auditor (dated date, when not NULL):
 * one row (id, date, grade), or none. `audit start` continues it. */
Table *repo_audit_draft_of(Db *db, const char *case_ref, const char *auditor, const char *date, char **cause);
/* The latest submitted audit of the case dated on or before date, other
 * than audit except (0: none): one row (id, date, grade, auditor), or
 * none. What a re-audit is compared with. */
Table *repo_audit_earlier(Db *db, const char *case_ref, const char *date, long long except, char **cause);

#endif
