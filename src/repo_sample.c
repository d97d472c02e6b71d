/* Dip samples: the reproducible random draw of a team's open cases, the
 * audits it schedules, and whether each was done on time. */
#include "repo.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "domain.h"
#include "measure_sql.h"
#include "prng.h"
#include "util.h"

static void text_copy(Stmt *s, int col, char *out, size_t size)
{
	const char *v = db_column_text(s, col);
	snprintf(out, size, "%s", v ? v : "");
}

/* One open case that may be drawn. */
typedef struct {
	long long id;
	char *ref;
} Candidate;

static int check_request(const SampleRequest *r, char **cause)
{
	if (r->drawn_on == NULL || !date_valid(r->drawn_on))
		return failure(cause, "the draw date '%s' is not a real date; expected YYYY-MM-DD",
		               r->drawn_on ? r->drawn_on : "");
	if (r->due == NULL || !date_valid(r->due))
		return failure(cause, "the due date '%s' is not a real date; expected YYYY-MM-DD",
		               r->due ? r->due : "");
	char today[11];
	date_today(today);
	if (strcmp(r->drawn_on, today) > 0)
		return failure(cause, "the draw date %s is after today (%s); draw the sample on the day, or record it after",
		               r->drawn_on, today);
	if (strcmp(r->due, r->drawn_on) < 0)
		return failure(cause, "the due date %s is before the draw date %s; give a due date on or after it",
		               r->due, r->drawn_on);
	if (r->size < 0)
		return failure(cause, "the sample size %lld is not a whole number above 0", r->size);
	if (r->percent < 0 || r->percent > 100 || isnan(r->percent))
		return failure(cause, "the share %g%% is not above 0 and at most 100", r->percent);
	if (r->size > 0 && r->percent > 0)
		return failure(cause, "give either a number of cases (" FIELD("size") " N) or a share (" FIELD("percent") " P), not both");
	/* A themed draw takes every eligible file unless a size is asked. */
	if (r->theme == NULL && r->size == 0 && r->percent == 0)
		return failure(cause, "give either a number of cases (" FIELD("size") " N) or a share (" FIELD("percent") " P), not both");
	if (r->within_days < -1)
		return failure(cause, FIELD("not-audited-within") " %lld is negative; give a number of days, 0 or more",
		               r->within_days);
	if (r->within_days > 36500)
		return failure(cause, FIELD("not-audited-within") " %lld is more than 100 years of days; give at most 36500",
		               r->within_days);
	if (r->seed < 0)
		return failure(cause, "the seed %lld is negative; give a whole number from 0 to 9223372036854775807",
		               r->seed);
	if (check_enum(FIELD("status"), r->status, STATUSES, cause) != 0)
		return -1;
	return 0;
}

/* The auditor must be a manager in post on the draw date: dip-sample audits
 * are management audits (DOMAIN.md). Any team's manager may audit, so a
 * service can have managers audit each other's teams (peer sampling). */
static int check_auditor(Db *db, const char *name, const char *date, long long *id, char **cause)
{
	WorkerRecord w;
	int found = repo_worker_find(db, name, id, cause);
	if (found <= 0)
		return found < 0 ? -1 : failure(cause, "unknown auditor '%s'; 'worker list' shows the workers", name);
	if (repo_worker_get(db, name, &w, cause) != 0)
		return -1;
	*id = w.id;
	if (!domain_is_manager(w.role))
		return failure(cause, "the auditor '%s' is %s %s; management audits are done by " DOMAIN_MANAGERS,
		               w.name, domain_article(w.role), w.role);
	return repo_worker_check_in_post(&w, "the auditor", "draw", date, "choose a manager in post", cause);
}

/* What a draw reads from the team's files, besides the request: the
 * theme's fit (a themed draw: only the files it needs), and the files due
 * for re-audit first (a dip draw with reaudits_first). */
typedef struct {
	const ThemeFit *fit;     /* NULL: a dip sample */
	long long unflagged;     /* themed: left out, not flagged any of the flags */
	long long unneeded;      /* themed: left out, none of the theme's standards applies */
	long long nfirst;        /* of the eligible, those at the front due for re-audit */
} DrawFilter;

/* Whether flags (space separated, NULL: none) holds one of r's flags. */
static int flagged_any(const SampleRequest *r, const char *flags)
{
	if (r->nflags == 0)
		return 1;
	for (const char *p = flags; p && *p;) {
		size_t n = strcspn(p, " ");
		for (int i = 0; i < r->nflags; i++)
			if (strlen(r->flags[i]) == n && strncmp(p, r->flags[i], n) == 0)
				return 1;
		p += n;
		p += *p == ' ';
	}
	return 0;
}

/* The team's cases open on the draw date (opened on or before it, or on
 * no recorded day, and not closed by it: a file closed on the draw date is
 * not drawn, as a draw made that day would not draw it), with the team and
 * status each had that day (SQL_CASE_ON: a back-dated draw takes a file
 * that has since moved away from the team, not one that has since moved
 * in; drawn today, the files as they are), by ref, each marked as
 * recently audited or as
 * pending in an earlier sample (of a dip draw: a dip sample's; of a
 * themed draw: one of the same theme's); fills the eligible ones into
 * *eligible. With reaudits_first, the files due or overdue for re-audit
 * come first, oldest due first (f->nfirst of them), then the rest by ref. */
static int load_candidates(Db *db, const SampleRequest *r, long long team_id, SampleDraw *out, DrawFilter *f,
                           Candidate **eligible, long long *neligible, char **cause)
{
	char since[11] = "";
	if (r->within_days >= 0)
		date_add_days(r->drawn_on, -(int)r->within_days, since);
	long long *first = NULL, nfirst = 0;
	if (r->reaudits_first && repo_reaudit_files_due(db, &first, &nfirst, cause) != 0)
		return -1;
	Stmt *s = db_stmt(db,
		"SELECT c.id, c.ref,"
		"       EXISTS (SELECT 1 FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL"
		"               AND :since IS NOT NULL AND a.date >= :since AND a.date <= :drawn_on) AS recent,"
		"       EXISTS (SELECT 1 FROM scheduled_audit sa JOIN sample p ON p.id = sa.sample_id"
		"               LEFT JOIN sample_theme st ON st.sample_id = sa.sample_id"
		"               WHERE sa.case_id = c.id AND st.theme IS :theme"
		"                 AND NOT EXISTS (SELECT 1 FROM scheduled_withdrawal wd"
		"                                  WHERE wd.sample_id = sa.sample_id AND wd.case_id = sa.case_id)"
		"                 AND NOT EXISTS ("
		"                 SELECT 1 FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL"
		"                 AND a.date >= p.drawn_on)) AS pending,"
		"       c.status, (SELECT group_concat(flag, ' ') FROM case_flag WHERE case_id = c.id)"
		" FROM (SELECT c.id, c.ref, c.opened, c.closed,"
		"              " SQL_CASE_ON("c.id", ":drawn_on", "c.team_id", "team_id") " AS team_id,"
		"              " SQL_CASE_ON("c.id", ":drawn_on", "c.status", "status") " AS status"
		"         FROM case_file c"
		/* The team's files now, and, drawn before today, any file moved
		 * from the team since the draw date (it may have been the team's
		 * then): the history's changes to cases, by their index, recorded
		 * from the council's midnight after the draw date on (one instant
		 * in UTC, as the history writes it; the same as SQL_LOCAL_DAY(at)
		 * > the draw date, without a conversion for every change). */
		"        WHERE c.team_id = :team"
		"           OR c.id IN (SELECT CAST(h.row_id AS INTEGER) FROM history h INDEXED BY history_case_update"
		"                        WHERE :drawn_on < :today AND h.tbl = 'case_file' AND h.operation = 'update'"
		"                          AND h.at >= strftime('%Y-%m-%dT%H:%M:%fZ', :drawn_on, '+1 day', 'utc')"
		"                          AND json_extract(h.old, '$.team_id') = :team)) c"
		" WHERE c.team_id = :team AND (c.opened IS NULL OR c.opened <= :drawn_on)"
		"   AND (c.closed IS NULL OR c.closed > :drawn_on) AND (:status IS NULL OR c.status = :status)"
		" ORDER BY c.ref COLLATE BINARY");
	db_bind_text(s, ":since", r->within_days >= 0 ? since : NULL);
	db_bind_text(s, ":drawn_on", r->drawn_on);
	char today[11];
	date_today(today);
	db_bind_text(s, ":today", today);
	db_bind_int(s, ":team", team_id);
	db_bind_text(s, ":status", r->status);
	db_bind_text(s, ":theme", f->fit ? r->theme : NULL);
	long long cap = 0;
	int rc;
	while ((rc = db_next(db, s, cause)) == 1) {
		out->open_cases++;
		if (f->fit && !flagged_any(r, db_column_text(s, 5))) {
			f->unflagged++;
			continue;
		}
		if (f->fit && !repo_theme_fit_needs(f->fit, db_column_text(s, 4), db_column_text(s, 5))) {
			f->unneeded++;
			continue;
		}
		if (db_column_int(s, 2)) {
			out->recent++;
			continue;
		}
		if (db_column_int(s, 3)) {
			out->pending++;
			continue;
		}
		if (*neligible == cap) {
			cap = cap ? cap * 2 : 64;
			*eligible = xrealloc(*eligible, sizeof **eligible * (size_t)cap);
		}
		(*eligible)[*neligible].id = db_column_int(s, 0);
		(*eligible)[*neligible].ref = xstrdup(db_column_text(s, 1));
		(*neligible)++;
	}
	/* The files due for re-audit to the front, in the order they fell due. */
	f->nfirst = 0;
	for (long long k = 0; rc == 0 && k < nfirst; k++)
		for (long long i = f->nfirst; i < *neligible; i++)
			if ((*eligible)[i].id == first[k]) {
				Candidate move = (*eligible)[i];
				memmove(*eligible + f->nfirst + 1, *eligible + f->nfirst,
				        sizeof **eligible * (size_t)(i - f->nfirst));
				(*eligible)[f->nfirst++] = move;
				break;
			}
	free(first);
	return rc < 0 ? -1 : 0;
}

/* Cases to draw from n eligible: size, or ceil(percent% of n) worked out in
 * whole millionths of a percent so that, say, 10% of 30 is exactly 3 and
 * not 4 through a floating-point error. */
static long long cases_wanted(const SampleRequest *r, long long n)
{
	if (r->size > 0)
		return r->size;
	long long micro = llround(r->percent * 1e6); /* percent in 1e-6 units */
	long long k = (micro * n + 100000000LL - 1) / 100000000LL;
	return k < 1 ? 1 : k;
}

static int explain_none(const SampleRequest *r, const SampleDraw *d, char **cause)
{
	const char *with = r->status ? " with status " : "";
	const char *status = r->status ? r->status : "";
	if (d->open_cases == 0)
		return failure(cause, "no eligible cases: team '%s' has no open cases%s%s; nothing was drawn",
		               r->team, with, status);
	Buf why = {0};
	if (d->recent && r->within_days == 0)
		buf_printf(&why, "%lld audited on the draw date %s", d->recent, r->drawn_on);
	else if (d->recent)
		buf_printf(&why, "%lld audited within %lld days before %s", d->recent, r->within_days, r->drawn_on);
	if (d->pending)
		buf_printf(&why, "%s%lld scheduled in an earlier sample and not yet audited",
		           why.s ? ", " : "", d->pending);
	int rc = failure(cause, "no eligible cases: of the %lld open cases%s%s of team '%s', %s; nothing was drawn",
	                 d->open_cases, with, status, r->team, why.s ? why.s : "none are left");
	buf_free(&why);
	return rc;
}

/* A drawn file's status and worker as they were on the draw date (the
 * draw took it by them), for the tables a draw prints; :today bound. */
#define DRAWN_STATUS SQL_CASE_ON("c.id", "p.drawn_on", "c.status", "status")
#define DRAWN_WORKER \
	"(SELECT name FROM worker WHERE id = " SQL_CASE_ON("c.id", "p.drawn_on", "c.worker_id", "worker_id") ")"

static Table *drawn_cases(Db *db, long long sample_id, char **cause)
{
	Stmt *s = db_stmt(db,
		"SELECT sa.sample_id AS sample, p.seed AS seed, sa.position AS position, c.ref AS \"case\","
		"       " DRAWN_STATUS " AS status, " DRAWN_WORKER " AS worker,"
		"       (SELECT max(a.date) FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL)"
		"         AS last_audited"
		" FROM scheduled_audit sa JOIN sample p ON p.id = sa.sample_id"
		" JOIN case_file c ON c.id = sa.case_id"
		" WHERE sa.sample_id = :sample ORDER BY sa.position");
	db_bind_int(s, ":sample", sample_id);
	char today[11];
	date_today(today);
	db_bind_text(s, ":today", today);
	return db_query_table(db, s, "list the drawn cases", cause);
}

/* A themed sample's record: its theme, its draw, the cohort drawn. */
typedef struct {
	long long draw_id;   /* 0: this sample starts the draw */
	const char *scope;
} ThemedSample;

/* Draw one team's sample from the eligible files: the first k places of a
 * Fisher-Yates shuffle of the files in ref order (after the f->nfirst
 * files due for re-audit, which keep the first places): the order and
 * the algorithm are fixed, so the seed alone decides the sample. n == 0
 * draws nothing (themed: the caller notes the team). */
static int draw_team(Db *db, const SampleRequest *r, long long team_id, long long auditor_id, DrawFilter *f,
                     const ThemedSample *themed, SampleDraw *out, char **cause)
{
	Candidate *pool = NULL;
	long long n = 0;
	int rc = load_candidates(db, r, team_id, out, f, &pool, &n, cause);
	if (rc == 0 && n == 0 && themed == NULL)
		rc = explain_none(r, out, cause);
	if (rc == 0 && n > 0) {
		out->eligible = n;
		out->requested = r->size == 0 && r->percent == 0 ? n : cases_wanted(r, n);
		long long k = out->requested < n ? out->requested : n;
		long long fixed = f->nfirst < k ? f->nfirst : k;
		out->reaudits = fixed;
		Prng prng;
		prng_init(&prng, (uint64_t)r->seed);
		for (long long i = fixed; i < k; i++) {
			long long j = i + (long long)prng_below(&prng, (uint64_t)(n - i));
			Candidate swap = pool[i];
			pool[i] = pool[j];
			pool[j] = swap;
		}
		Stmt *s = db_stmt(db,
			"INSERT INTO sample(team_id, auditor_id, drawn_on, due, seed, requested)"
			" VALUES (:team, :auditor, :drawn_on, :due, :seed, :requested)");
		db_bind_int(s, ":team", team_id);
		db_bind_int(s, ":auditor", auditor_id);
		db_bind_text(s, ":drawn_on", r->drawn_on);
		db_bind_text(s, ":due", r->due);
		db_bind_int(s, ":seed", r->seed);
		db_bind_int(s, ":requested", out->requested);
		rc = db_step_done(db, s, cause);
		out->id = db_last_id(db);
		if (rc == 0 && themed) {
			Buf flags = {0};
			for (int i = 0; i < r->nflags; i++)
				buf_printf(&flags, "%s%s", i ? "," : "", r->flags[i]);
			s = db_stmt(db, "INSERT INTO sample_theme(sample_id, theme, draw_id, scope, status, flags)"
			                " VALUES (:sample, :theme, :draw, :scope, :status, :flags)");
			db_bind_int(s, ":sample", out->id);
			db_bind_text(s, ":theme", r->theme);
			db_bind_int(s, ":draw", themed->draw_id ? themed->draw_id : out->id);
			db_bind_text(s, ":scope", themed->scope);
			db_bind_text(s, ":status", r->status);
			db_bind_text(s, ":flags", flags.s);
			rc = db_step_done(db, s, cause);
			buf_free(&flags);
		}
		for (long long i = 0; rc == 0 && i < k; i++) {
			s = db_stmt(db, "INSERT INTO scheduled_audit(sample_id, case_id, position)"
			                " VALUES (:sample, :case, :position)");
			db_bind_int(s, ":sample", out->id);
			db_bind_int(s, ":case", pool[i].id);
			db_bind_int(s, ":position", i + 1);
			rc = db_step_done(db, s, cause);
		}
		if (rc == 0 && (out->cases = drawn_cases(db, out->id, cause)) == NULL)
			rc = -1;
		if (rc == 0) {
			s = db_stmt(db, "SELECT t.name, w.name FROM team t, worker w WHERE t.id = :team AND w.id = :auditor");
			db_bind_int(s, ":team", team_id);
			db_bind_int(s, ":auditor", auditor_id);
			if ((rc = db_step_row(db, s, cause)) == 1) {
				out->team = xstrdup(db_column_text(s, 0));
				out->auditor = xstrdup(db_column_text(s, 1));
				db_reset(s);
				rc = 0;
			} else {
				rc = -1;
			}
		}
	}
	for (long long i = 0; i < n; i++)
		free(pool[i].ref);
	free(pool);
	return rc;
}

static int draw(Db *db, const SampleRequest *r, SampleDraw *out, char **cause)
{
	if (check_request(r, cause) != 0)
		return -1;
	long long team_id, auditor_id = 0;
	if (repo_team_id(db, r->team, &team_id, cause) != 0)
		return -1;
	if (check_auditor(db, r->auditor, r->drawn_on, &auditor_id, cause) != 0)
		return -1;
	DrawFilter f = {0};
	return draw_team(db, r, team_id, auditor_id, &f, NULL, out, cause);
}

int repo_sample_draw(Db *db, const SampleRequest *req, SampleDraw *out, char **cause)
{
	memset(out, 0, sizeof *out);
	/* Its own savepoint, so a refusal leaves nothing behind even when a
	 * caller runs several draws in one transaction. */
	if (db_begin(db, 1, cause) != 0)
		return -1;
	int rc = draw(db, req, out, cause);
	if (db_end(db, rc == 0, rc == 0 ? cause : NULL) != 0)
		rc = -1;
	if (rc != 0)
		repo_sample_draw_free(out);
	return rc;
}

void repo_sample_draw_free(SampleDraw *draw)
{
	table_free(draw->cases);
	free(draw->team);
	free(draw->auditor);
	memset(draw, 0, sizeof *draw);
}

/* The auditor of a themed sample: anyone who may do a themed audit, in
 * post on the draw date (a QA officer runs a themed programme). */
static int check_themed_auditor(Db *db, const char *name, const char *date, long long *id, char **cause)
{
	WorkerRecord w;
	if (repo_worker_get(db, name, &w, NULL) != 0)
		return failure(cause, "unknown auditor '%s'; 'worker list' shows the workers", name);
	*id = w.id;
	const char *why;
	if (!domain_may_audit(w.role, "themed", 0, &why))
		return failure(cause, "the auditor '%s' is %s %s and may not do a themed audit; %s", w.name,
		               domain_article(w.role), w.role, why);
	return repo_worker_check_in_post(&w, "the auditor", "draw", date, "choose an auditor in post", cause);
}

static int themed_draw(Db *db, const SampleRequest *r, const SampleScope *scope, ThemedDraw *out, char **cause)
{
	if (check_request(r, cause) != 0)
		return -1;
	for (int i = 0; i < r->nflags; i++)
		if (check_enum(FIELD("flag"), r->flags[i], FLAGS, cause) != 0)
			return -1;
	char theme[128];
	if (repo_theme_name(db, r->theme, theme, cause) != 0)
		return -1;
	long long auditor_id = 0;
	if (check_themed_auditor(db, r->auditor, r->drawn_on, &auditor_id, cause) != 0)
		return -1;
	SampleRequest req = *r;
	req.theme = theme;
	req.reaudits_first = 0;
	/* The teams, by name. */
	long long team_id = 0;
	if (scope->team && repo_team_id(db, scope->team, &team_id, cause) != 0)
		return -1;
	if (scope->service) {
		Stmt *q = db_stmt(db, "SELECT 1 FROM team WHERE service = :service");
		db_bind_text(q, ":service", scope->service);
		int found = db_exists(db, q, cause);
		if (found <= 0)
			return found < 0 ? -1 : failure(cause, "no team belongs to the service '%s'; 'team list' shows the "
			                                       "teams and their services", scope->service);
	}
	out->scope = scope->team ? xstrdup("team") : scope->service ? xprintf("service %s", scope->service)
	                                                           : xstrdup("all teams");
	out->theme = xstrdup(theme);
	ThemeFit *fit = repo_theme_fit_new(db, theme, cause);
	if (fit == NULL)
		return -1;
	Stmt *q = db_stmt(db,
		"SELECT id, name FROM team WHERE (:team IS NULL OR id = :team) AND (:service IS NULL OR service = :service)"
		" ORDER BY name COLLATE BINARY");
	if (scope->team)
		db_bind_int(q, ":team", team_id);
	else
		db_bind_null(q, ":team");
	db_bind_text(q, ":service", scope->service);
	Table *teams = db_query_table(db, q, "list the teams", cause);
	int rc = teams ? 0 : -1;
	Buf empty = {0};
	out->samples = table_new("sample", "team", "eligible", "drawn", (const char *)NULL);
	for (int t = 0; rc == 0 && t < teams->nrow; t++) {
		SampleDraw one;
		memset(&one, 0, sizeof one);
		DrawFilter f = {fit, 0, 0, 0};
		ThemedSample themed = {out->draw_id, out->scope};
		rc = draw_team(db, &req, table_cell(teams, t, 0)->i, auditor_id, &f, &themed, &one, cause);
		out->open_cases += one.open_cases;
		out->unflagged += f.unflagged;
		out->unneeded += f.unneeded;
		out->recent += one.recent;
		out->pending += one.pending;
		out->eligible += one.eligible;
		if (rc == 0 && one.cases == NULL) {
			buf_printf(&empty, "%s%s", empty.s ? ", " : "", table_cell(teams, t, 1)->s);
		} else if (rc == 0) {
			if (out->draw_id == 0)
				out->draw_id = one.id;
			if (out->auditor == NULL)
				out->auditor = xstrdup(one.auditor);
			out->drawn += one.cases->nrow;
			int row = table_add_row(out->samples);
			table_set_int(out->samples, row, 0, one.id);
			table_set_text(out->samples, row, 1, one.team);
			table_set_int(out->samples, row, 2, one.eligible);
			table_set_int(out->samples, row, 3, one.cases->nrow);
			/* Every drawn file, with its team and flags. */
			Stmt *c = db_stmt(db,
				"SELECT sa.sample_id AS sample, t.name AS team, sa.position AS position, c.ref AS \"case\","
				"       " DRAWN_STATUS " AS status,"
				"       (SELECT group_concat(flag, ',') FROM (SELECT flag FROM case_flag WHERE case_id = c.id"
				"          ORDER BY flag)) AS flags, " DRAWN_WORKER " AS worker,"
				"       (SELECT max(a.date) FROM audit a WHERE a.case_id = c.id AND a.submitted_at IS NOT NULL)"
				"         AS last_audited"
				" FROM scheduled_audit sa JOIN sample p ON p.id = sa.sample_id JOIN team t ON t.id = p.team_id"
				" JOIN case_file c ON c.id = sa.case_id"
				" WHERE sa.sample_id = :sample ORDER BY sa.position");
			db_bind_int(c, ":sample", one.id);
			char today[11];
			date_today(today);
			db_bind_text(c, ":today", today);
			Table *rows = db_query_table(db, c, "list the drawn cases", cause);
			if (rows == NULL) {
				rc = -1;
			} else if (out->cases == NULL) {
				out->cases = rows;
			} else {
				for (int i = 0; i < rows->nrow; i++)
					table_add_values(out->cases, &rows->cells[(size_t)i * (size_t)rows->ncol]);
				table_free(rows);
			}
		}
		repo_sample_draw_free(&one);
	}
	table_free(teams);
	repo_theme_fit_free(fit);
	out->empty_teams = empty.s;
	if (rc == 0 && out->drawn == 0) {
		const char *where = scope->team ? scope->team : out->scope;
		Buf why = {0};
		if (out->unflagged)
			buf_printf(&why, "%lld not flagged as asked", out->unflagged);
		if (out->unneeded)
			buf_printf(&why, "%s%lld that no standard of the theme applies to", why.s ? ", " : "", out->unneeded);
		if (out->recent)
			buf_printf(&why, "%s%lld audited within the days asked", why.s ? ", " : "", out->recent);
		if (out->pending)
			buf_printf(&why, "%s%lld scheduled by an earlier '%s' sample and not yet audited", why.s ? ", " : "",
			           out->pending, theme);
		if (out->open_cases == 0)
			rc = failure(cause, "no eligible files: %s has no open files%s%s; nothing was drawn", where,
			             r->status ? " with status " : "", r->status ? r->status : "");
		else
			rc = failure(cause, "no eligible files: of the %lld open file%s%s%s in %s, %s; nothing was drawn",
			             out->open_cases, out->open_cases == 1 ? "" : "s", r->status ? " with status " : "",
			             r->status ? r->status : "", where, why.s ? why.s : "none are left");
		buf_free(&why);
	}
	return rc;
}

int repo_sample_draw_themed(Db *db, const SampleRequest *req, const SampleScope *scope, ThemedDraw *out,
                            char **cause)
{
	memset(out, 0, sizeof *out);
	if (req->theme == NULL)
		return failure(cause, "a themed draw needs " FIELD("theme") " NAME");
	if ((scope->team != NULL) + (scope->service != NULL) + (scope->all_teams != 0) != 1)
		return failure(cause, "a themed draw needs one of " FIELD("team") " TEAM, " FIELD("service")
		                      " SERVICE or " FIELD("all-teams"));
	if (db_begin(db, 1, cause) != 0)
		return -1;
	int rc = themed_draw(db, req, scope, out, cause);
	if (db_end(db, rc == 0, rc == 0 ? cause : NULL) != 0)
		rc = -1;
	if (rc != 0)
		repo_sample_themed_free(out);
	return rc;
}

void repo_sample_themed_free(ThemedDraw *draw)
{
	free(draw->theme);
	free(draw->auditor);
	free(draw->scope);
	free(draw->empty_teams);
	table_free(draw->samples);
	table_free(draw->cases);
	memset(draw, 0, sizeof *draw);
}

int repo_sample_list(Db *db, const char *team, Sink *sink, char **cause)
{
	long long team_id = 0;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	char today[11];
	date_today(today);
	/* What became of each scheduled audit is decided in one place
	 * (measure_sql.h), so the list and MGMT-AUDITS agree. */
	Stmt *s = db_stmt(db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT ss.sample_id AS sample, t.name AS team, w.name AS auditor, ss.drawn_on AS drawn_on, ss.due AS due,"
		"        ss.case_ref AS \"case\", ss.audit_id AS audit, ss.audit_date AS audit_date, ss.status AS audited,"
		"        ss.withdrawn_on AS withdrawn, ss.withdrawn_reason AS reason"
		" FROM sched_status ss JOIN team t ON t.id = ss.sample_team_id JOIN worker w ON w.id = ss.auditor_id"
		" WHERE (:team IS NULL OR ss.sample_team_id = :team) AND ss.theme IS NULL"
		" ORDER BY ss.sample_id, ss.position");
	if (team != NULL)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	db_bind_text(s, ":today", today);
	return db_query(db, s, sink, "list samples", cause);
}

int repo_sample_list_themed(Db *db, const char *team, const char *theme, Sink *sink, char **cause)
{
	long long team_id = 0;
	if (team != NULL && repo_team_id(db, team, &team_id, cause) != 0)
		return -1;
	char stored[128];
	if (theme != NULL && repo_theme_name(db, theme, stored, cause) != 0)
		return -1;
	char today[11];
	date_today(today);
	Stmt *s = db_stmt(db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT ss.sample_id AS sample, t.name AS team, w.name AS auditor, ss.drawn_on AS drawn_on, ss.due AS due,"
		"        ss.case_ref AS \"case\", ss.audit_id AS audit, ss.audit_date AS audit_date, ss.status AS audited,"
		"        ss.withdrawn_on AS withdrawn, ss.withdrawn_reason AS reason, ss.draw_id AS draw, ss.theme AS theme"
		" FROM sched_status ss JOIN team t ON t.id = ss.sample_team_id JOIN worker w ON w.id = ss.auditor_id"
		" WHERE (:team IS NULL OR ss.sample_team_id = :team) AND ss.theme IS NOT NULL"
		"   AND (:theme IS NULL OR ss.theme = :theme)"
		" ORDER BY ss.draw_id, ss.sample_id, ss.position");
	if (team != NULL)
		db_bind_int(s, ":team", team_id);
	else
		db_bind_null(s, ":team");
	db_bind_text(s, ":theme", theme ? stored : NULL);
	db_bind_text(s, ":today", today);
	return db_query(db, s, sink, "list samples", cause);
}

int repo_sample_withdraw(Db *db, long long sample, const char *case_ref, const char *by, const char *date,
                         const char *reason, char **cause)
{
	char today[11];
	if (reason == NULL || strspn(reason, " \t") == strlen(reason))
		return failure(cause, "a withdrawal needs " FIELD("reason") " TEXT: why the audit is no longer wanted (it is kept "
		               "in the history and shown by sample list)");
	if (date == NULL)
		date = ""; /* the command gives today: no date at all is a bug's, refused as not a date */
	if (date_done_check(FIELD("date"), &date, today, "a withdrawal cannot be dated ahead", cause) != 0)
		return -1;
	long long case_id, by_id;
	if (repo_case_id(db, case_ref, &case_id, cause) != 0)
		return -1;
	/* What became of it, by the rule MGMT-AUDITS counts with. */
	Stmt *s = db_stmt(db,
		"WITH " SQL_SCHEDULED_STATUS
		" SELECT status, drawn_on, due, audit_id, audit_date, withdrawn_on FROM sched_status"
		" WHERE sample_id = :sample AND case_id = :case");
	db_bind_int(s, ":sample", sample);
	db_bind_int(s, ":case", case_id);
	db_bind_text(s, ":today", today);
	int rc = db_step_row(db, s, cause);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return failure(cause, "sample %lld has no scheduled audit of case %s; 'sample list' shows the samples",
		               sample, case_ref);
	char status[16], drawn[11], due[11], audit_date[11], withdrawn[11];
	text_copy(s, 0, status, sizeof status);
	text_copy(s, 1, drawn, sizeof drawn);
	text_copy(s, 2, due, sizeof due);
	long long audit = db_column_int(s, 3);
	text_copy(s, 4, audit_date, sizeof audit_date);
	text_copy(s, 5, withdrawn, sizeof withdrawn);
	db_reset(s);
	if (strcmp(status, "withdrawn") == 0)
		return failure(cause, "the audit of case %s in sample %lld was already withdrawn on %s", case_ref, sample,
		               withdrawn);
	if (audit > 0)
		return failure(cause, "the audit of case %s in sample %lld is already done (audit %lld, %s, %s); a done "
		               "audit cannot be withdrawn", case_ref, sample, audit, audit_date, status);
	if (strcmp(date, drawn) < 0)
		return failure(cause, FIELD("date") " %s is before the draw date %s of sample %lld", date, drawn, sample);
	if (strcmp(date, due) > 0)
		return failure(cause, "the audit of case %s in sample %lld fell due on %s and was not done; a missed audit "
		               "cannot be withdrawn after its due date (withdraw it on or before %s)", case_ref, sample,
		               due, due);
	/* Only a manager, in post on the day, withdraws a management audit. */
	if (repo_worker_id(db, by, &by_id, cause) != 0)
		return -1;
	s = db_stmt(db,
		"SELECT w.name, " SQL_WORKER_ON(SQL_WORKER_WAS("w.id", ":date"), "w", "role") ","
		"       " DOMAIN_SQL_IN_POST("w.started", "w.left_on", ":date", ":date") ","
		"       " DOMAIN_SQL_MANAGER(SQL_WORKER_ON(SQL_WORKER_WAS("w.id", ":date"), "w", "role"))
		" FROM worker w WHERE w.id = :id");
	db_bind_int(s, ":id", by_id);
	db_bind_text(s, ":date", date);
	db_bind_text(s, ":today", today);
	if ((rc = db_step_row(db, s, cause)) != 1)
		return rc < 0 ? -1 : failure(cause, "unknown worker '%s'", by);
	char name[256], role[32];
	text_copy(s, 0, name, sizeof name);
	text_copy(s, 1, role, sizeof role);
	int in_post = db_column_int(s, 2), manager = db_column_int(s, 3);
	db_reset(s);
	if (!manager)
		return failure(cause, "%s is not a manager (role %s); a scheduled management audit is withdrawn by "
		               DOMAIN_MANAGERS, name, role);
	if (!in_post)
		return failure(cause, "%s was not in post on %s; give a manager in post on the day of the withdrawal",
		               name, date);
	s = db_stmt(db, "INSERT INTO scheduled_withdrawal(sample_id, case_id, date, by_id, reason)"
	                " VALUES (:sample, :case, :date, :by, :reason)");
	db_bind_int(s, ":sample", sample);
	db_bind_int(s, ":case", case_id);
	db_bind_text(s, ":date", date);
	db_bind_int(s, ":by", by_id);
	db_bind_text(s, ":reason", reason);
	return db_step_done(db, s, cause);
}
