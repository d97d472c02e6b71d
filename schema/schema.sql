-- caseaudit reference schema.
--
-- This is what a database looks like after every migration in migrations/
-- has run. It is documentation and a test oracle: tests/check_migrate.c
-- proves that migrating an empty database yields exactly these tables,
-- columns, constraints, indexes and triggers. Change it together with a new
-- migration, never instead of one.
--
-- Conventions: dates are ISO 'YYYY-MM-DD' text checked to be real dates
-- (date(x, '+0 days') normalises 2016-02-30 to 2016-03-01, so it differs);
-- timestamps are ISO 8601 UTC text; enumerations are CHECKed text, written
-- as comparisons joined by OR, not IN lists, which SQLite checks by building
-- a temporary table on every insert (migrations/0003); every table is
-- STRICT so a value of the wrong type is refused, not coerced.
-- caseaudit_user(), caseaudit_now() and caseaudit_row_history() are
-- functions the program registers on every connection; the history
-- triggers call them, so a change made without them (by another program)
-- is refused instead of going unrecorded.

-- Social-work teams, e.g. 'Assessment Team 1'.
CREATE TABLE team (
  id      INTEGER PRIMARY KEY,                 -- internal key
  name    TEXT NOT NULL UNIQUE COLLATE NOCASE  -- name users type; unique ignoring case
          CHECK (length(trim(name)) > 0),
  service TEXT                                 -- service area, e.g. 'Children in Need'
) STRICT;

-- Practitioners and managers. A worker belongs to one team at a time.
CREATE TABLE worker (
  id        INTEGER PRIMARY KEY,                -- internal key
  name      TEXT NOT NULL UNIQUE COLLATE NOCASE -- full name, unique ignoring case
            CHECK (length(trim(name)) > 0),
  team_id   INTEGER NOT NULL REFERENCES team(id), -- current team
  role      TEXT NOT NULL                       -- job role
            CHECK (role = 'social-worker' OR role = 'aqw' OR role = 'team-manager' OR role = 'head-of-service' OR role = 'senior-manager' OR role = 'iro' OR role = 'qa-officer' OR role = 'partner'),
  started   TEXT CHECK (started IS NULL OR started = date(started, '+0 days')),     -- first day in post; NULL: always in post
  left_on   TEXT CHECK (left_on IS NULL OR left_on = date(left_on, '+0 days')),     -- last day in post; NULL: still in post
  agreement TEXT CHECK (agreement IS NULL OR agreement = date(agreement, '+0 days')), -- supervision agreement signed
  trained   TEXT CHECK (trained IS NULL OR trained = date(trained, '+0 days')),   -- supervision-skills training completed
  CHECK (left_on IS NULL OR started IS NULL OR left_on >= started)
) STRICT;
-- Workers by team; left_on too, so that counting a team's workers in post
-- (team list) reads the index alone (migrations/0023).
CREATE INDEX worker_team ON worker(team_id, left_on);

-- Case files: one child's involvement with children's social care.
CREATE TABLE case_file (
  id        INTEGER PRIMARY KEY,                -- internal key
  ref       TEXT NOT NULL UNIQUE                -- the council's own child ID
            CHECK (length(trim(ref)) > 0),
  team_id   INTEGER NOT NULL REFERENCES team(id),  -- team now holding the case
  worker_id INTEGER REFERENCES worker(id),      -- allocated worker; NULL: unallocated
  status    TEXT NOT NULL DEFAULT 'cin'         -- legal status of the child's plan
            CHECK (status = 'early-help' OR status = 'cin' OR status = 'cp' OR status = 'cic' OR status = 'care-leaver'),
  opened    TEXT CHECK (opened IS NULL OR opened = date(opened, '+0 days')),  -- date the case opened
  closed    TEXT CHECK (closed IS NULL OR closed = date(closed, '+0 days')),  -- date closed; NULL: open
  CHECK (closed IS NULL OR opened IS NULL OR closed >= opened)
) STRICT;
CREATE INDEX case_file_team ON case_file(team_id, closed);
CREATE INDEX case_file_worker ON case_file(worker_id);

-- Each team's number of open case files (migrations/0016), kept by the
-- triggers below so that `team list` reads a number instead of counting
-- the case files. Derived data, not a record: no history triggers.
CREATE TABLE team_open_cases (
  team_id INTEGER PRIMARY KEY REFERENCES team(id), -- the team
  open    INTEGER NOT NULL CHECK (open >= 0)        -- its case files with no closed date
) STRICT;
CREATE TRIGGER team_open_cases_team AFTER INSERT ON team BEGIN
  INSERT INTO team_open_cases(team_id, open) VALUES (new.id, 0);
END;
CREATE TRIGGER team_open_cases_insert AFTER INSERT ON case_file WHEN new.closed IS NULL BEGIN
  UPDATE team_open_cases SET open = open + 1 WHERE team_id = new.team_id;
END;
CREATE TRIGGER team_open_cases_update AFTER UPDATE OF team_id, closed ON case_file
  WHEN old.team_id IS NOT new.team_id OR old.closed IS NOT new.closed BEGIN
  UPDATE team_open_cases SET open = open - 1 WHERE team_id = old.team_id AND old.closed IS NULL;
  UPDATE team_open_cases SET open = open + 1 WHERE team_id = new.team_id AND new.closed IS NULL;
END;
CREATE TRIGGER team_open_cases_delete AFTER DELETE ON case_file WHEN old.closed IS NULL BEGIN
  UPDATE team_open_cases SET open = open - 1 WHERE team_id = old.team_id;
END;

-- The council's settings, by name (migrations/0011). 'time-zone': the
-- IANA zone of the council's calendar (default 'Europe/London'), in which
-- "today" and the dates of changes are taken, whatever the machine's.
CREATE TABLE setting (
  name  TEXT PRIMARY KEY CHECK (length(trim(name)) > 0), -- e.g. 'time-zone'
  value TEXT NOT NULL                                     -- e.g. 'Europe/London'
) STRICT, WITHOUT ROWID;

-- Risk flags on a case file; the standards that apply depend on them.
CREATE TABLE case_flag (
  case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE, -- the case
  flag    TEXT NOT NULL                                             -- the flag
          CHECK (flag = 'neglect' OR flag = 'cse' OR flag = 'missing' OR flag = 'domestic-abuse'),
  PRIMARY KEY (case_id, flag)
) STRICT, WITHOUT ROWID;

-- The episodes of Ofsted Annex A lists 6, 7 and 8 a case file was imported
-- from, one per list: a child may be on all three at once (in need, on a
-- plan, in care). The case's status, team, worker and dates follow from
-- them, whatever order the lists are imported in (repo_import.c).
CREATE TABLE case_episode (
  case_id   INTEGER NOT NULL REFERENCES case_file(id),  -- the case
  list      INTEGER NOT NULL CHECK (list = 6 OR list = 7 OR list = 8), -- the Annex A list
  status    TEXT NOT NULL CHECK (status = 'cin' OR status = 'cp' OR status = 'cic'), -- what the list says the child is
  team_id   INTEGER NOT NULL REFERENCES team(id),       -- the list's allocated team
  worker_id INTEGER REFERENCES worker(id),              -- the list's allocated worker; NULL: none
  started   TEXT CHECK (started IS NULL OR started = date(started, '+0 days')), -- the episode's start date
  ended     TEXT CHECK (ended IS NULL OR ended = date(ended, '+0 days')),       -- its end; NULL: open
  PRIMARY KEY (case_id, list)
) STRICT, WITHOUT ROWID;

-- Chronology: dated significant events in the child's life and case.
CREATE TABLE chronology (
  id      INTEGER PRIMARY KEY,                           -- internal key
  case_id INTEGER NOT NULL REFERENCES case_file(id),     -- the case
  date    TEXT NOT NULL CHECK (date = date(date, '+0 days')),       -- when the event happened
  kind    TEXT,                                          -- e.g. 'referral', 'conference', 'missing'
  text    TEXT NOT NULL CHECK (length(trim(text)) > 0)   -- what happened
) STRICT;
CREATE INDEX chronology_case ON chronology(case_id, date);

-- Supervision sessions a manager held with a worker.
CREATE TABLE supervision (
  id            INTEGER PRIMARY KEY,                         -- internal key
  worker_id     INTEGER NOT NULL REFERENCES worker(id),      -- the worker supervised
  supervisor_id INTEGER NOT NULL REFERENCES worker(id),      -- the manager supervising
  date          TEXT NOT NULL CHECK (date = date(date, '+0 days')),     -- when it took place
  CHECK (worker_id <> supervisor_id)
) STRICT;
CREATE INDEX supervision_worker ON supervision(worker_id, date);
CREATE INDEX supervision_date ON supervision(date);

-- The cases discussed in a supervision session.
CREATE TABLE supervision_case (
  supervision_id INTEGER NOT NULL REFERENCES supervision(id) ON DELETE CASCADE, -- the session
  case_id        INTEGER NOT NULL REFERENCES case_file(id),                   -- a case discussed
  PRIMARY KEY (supervision_id, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX supervision_case_case ON supervision_case(case_id);

-- Practice standards a case file is audited against.
CREATE TABLE standard (
  code     TEXT PRIMARY KEY CHECK (code GLOB '[A-Z]*' AND code NOT GLOB '*[^A-Z-]*'), -- e.g. 'CHRON'
  text     TEXT NOT NULL,                        -- the standard in words
  guidance TEXT NOT NULL DEFAULT '',             -- what an auditor looks for ('?' in audit start)
  position INTEGER NOT NULL UNIQUE               -- order in lists and guided audits
  , answerable_anywhere INTEGER NOT NULL DEFAULT 0 -- 1: also answered met / not-met on files it is not asked of (0010: NEGLECT, CSE-IDENTIFIED)
  -- Added by migrations/0020, as ALTER TABLE writes them: added, the day a
  -- council added the standard (`standard add`), NULL for the built-in
  -- ones of 0002, which are never retired nor removed; retired, the day it
  -- stopped being asked (NULL: in use).
  CHECK (answerable_anywhere = 0 OR answerable_anywhere = 1), added TEXT CHECK (added IS NULL OR added = date(added, '+0 days')), retired TEXT CHECK (retired IS NULL OR (added IS NOT NULL AND retired = date(retired, '+0 days')))) STRICT, WITHOUT ROWID;

-- Case statuses a standard is asked of; no row: every status.
CREATE TABLE standard_status (
  standard_code TEXT NOT NULL REFERENCES standard(code),
  status        TEXT NOT NULL CHECK (status = 'early-help' OR status = 'cin' OR status = 'cp' OR status = 'cic' OR status = 'care-leaver'),
  PRIMARY KEY (standard_code, status)
) STRICT, WITHOUT ROWID;

-- Flags a standard is asked of (any one of them); no row: no flag needed.
CREATE TABLE standard_flag (
  standard_code TEXT NOT NULL REFERENCES standard(code),
  flag          TEXT NOT NULL CHECK (flag = 'neglect' OR flag = 'cse' OR flag = 'missing' OR flag = 'domestic-abuse'),
  PRIMARY KEY (standard_code, flag)
) STRICT, WITHOUT ROWID;

-- Action-plan targets and how each is measured.
CREATE TABLE target (
  code          TEXT PRIMARY KEY,                 -- e.g. 'CHRON', 'MGMT-AUDITS'
  text          TEXT NOT NULL,                    -- the target in the plan's words
  threshold     REAL NOT NULL CHECK (threshold >= 0 AND threshold <= 100), -- percent to reach
  measure       TEXT NOT NULL                     -- how it is measured
                CHECK (measure = 'standard' OR measure = 'mgmt-audits' OR measure = 'sup-regular' OR measure = 'sup-agreement' OR measure = 'sup-trained'),
  standard_code TEXT REFERENCES standard(code),   -- the standard, when measure = 'standard'
  source        TEXT NOT NULL DEFAULT '',         -- where the target comes from
  position      INTEGER NOT NULL UNIQUE, added TEXT CHECK (added IS NULL OR added = date(added, '+0 days')),          -- order of 'target list' and 'compliance'
  -- added (migrations/0020): the day a council added the target (`target
  -- add`); NULL for the plan's built-in targets of 0002, never removed.
  CHECK ((measure = 'standard') = (standard_code IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- Themes (migrations/0020): a named set of standards; `audit start
-- --theme` asks only its standards among those that apply to the case.
CREATE TABLE theme (
  name  TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0), -- e.g. 'CSE 2016'; unique ignoring case
  added TEXT NOT NULL CHECK (added = date(added, '+0 days'))             -- the day it was added
) STRICT, WITHOUT ROWID;
CREATE TABLE theme_standard (
  theme         TEXT NOT NULL REFERENCES theme(name),     -- the theme
  standard_code TEXT NOT NULL REFERENCES standard(code),  -- one of its standards
  PRIMARY KEY (theme, standard_code)
) STRICT, WITHOUT ROWID;

-- Case-file audits. A draft until submitted; a submitted audit is frozen.
CREATE TABLE audit (
  id           INTEGER PRIMARY KEY,                       -- the audit number users see
  case_id      INTEGER NOT NULL REFERENCES case_file(id), -- the case audited
  team_id      INTEGER NOT NULL REFERENCES team(id),      -- team holding the case on the audit date
  auditor_id   INTEGER NOT NULL REFERENCES worker(id),    -- who audited
  date         TEXT NOT NULL CHECK (date = date(date, '+0 days')),   -- when the audit was done
  type         TEXT NOT NULL DEFAULT 'dip-sample'
               CHECK (type = 'dip-sample' OR type = 'themed' OR type = 'multi-agency'),
  grade        TEXT CHECK (grade = 'outstanding' OR grade = 'good' OR grade = 'requires-improvement' OR grade = 'inadequate' OR grade = 'adequate'),
  submitted_at TEXT,                                      -- timestamp of submission; NULL: draft
  submitted_by TEXT,                                      -- user who submitted
  CHECK ((submitted_at IS NULL) = (submitted_by IS NULL))
) STRICT;
CREATE INDEX audit_case ON audit(case_id, date);
CREATE INDEX audit_date ON audit(date, team_id);
CREATE INDEX audit_team ON audit(team_id, date);

-- One answer per standard per audit.
CREATE TABLE answer (
  audit_id      INTEGER NOT NULL REFERENCES audit(id),   -- the audit
  standard_code TEXT NOT NULL REFERENCES standard(code), -- the standard judged
  result        TEXT NOT NULL CHECK (result = 'met' OR result = 'not-met' OR result = 'na'),
  note          TEXT,                                    -- the auditor's reasoning
  PRIMARY KEY (audit_id, standard_code)
) STRICT, WITHOUT ROWID;
-- No index by standard: compliance reaches answers through the audits of
-- the period and the key above (migrations/0006).

-- Moderation: a second manager's review of a submitted audit's grade.
CREATE TABLE moderation (
  audit_id     INTEGER PRIMARY KEY REFERENCES audit(id), -- the audit reviewed (once)
  moderator_id INTEGER NOT NULL REFERENCES worker(id),   -- who reviewed it
  date         TEXT NOT NULL CHECK (date = date(date, '+0 days')),  -- when
  agreed       INTEGER NOT NULL CHECK (agreed IN (0, 1)), -- 1: agreed with the auditor's grade
  grade        TEXT NOT NULL                              -- the moderated grade
               CHECK (grade = 'outstanding' OR grade = 'good' OR grade = 'requires-improvement' OR grade = 'inadequate' OR grade = 'adequate'),
  note         TEXT
) STRICT;

-- Follow-up actions set by an audit.
CREATE TABLE action (
  id       INTEGER PRIMARY KEY,                        -- the action number users see
  audit_id INTEGER NOT NULL REFERENCES audit(id),      -- the audit that set it
  text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
  owner_id INTEGER NOT NULL REFERENCES worker(id),     -- who must do it
  due      TEXT NOT NULL CHECK (due = date(due, '+0 days')),      -- by when
  done     TEXT CHECK (done IS NULL OR done = date(done, '+0 days')) -- when it was done; NULL: open
) STRICT;
CREATE INDEX action_audit ON action(audit_id);
CREATE INDEX action_open ON action(done, due);
CREATE INDEX action_owner ON action(owner_id);

-- Dip samples: a random draw of a team's open cases for management audit.
CREATE TABLE sample (
  id         INTEGER PRIMARY KEY,                      -- the sample number users see
  team_id    INTEGER NOT NULL REFERENCES team(id),     -- team sampled
  auditor_id INTEGER NOT NULL REFERENCES worker(id),   -- manager who must audit
  drawn_on   TEXT NOT NULL CHECK (drawn_on = date(drawn_on, '+0 days')), -- draw date
  due        TEXT NOT NULL CHECK (due = date(due, '+0 days')),    -- audits due by
  seed       INTEGER NOT NULL,                         -- PRNG seed, for reproducibility
  requested  INTEGER NOT NULL CHECK (requested > 0),   -- cases asked for
  CHECK (due >= drawn_on)
) STRICT;
CREATE INDEX sample_team ON sample(team_id);

-- Scheduled audits: one per drawn case. Fulfilled by the first submitted
-- audit of the case dated on or after the draw date.
CREATE TABLE scheduled_audit (
  sample_id INTEGER NOT NULL REFERENCES sample(id),    -- the sample
  case_id   INTEGER NOT NULL REFERENCES case_file(id), -- the case to audit
  position  INTEGER NOT NULL,                          -- order drawn
  PRIMARY KEY (sample_id, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX scheduled_audit_case ON scheduled_audit(case_id);

-- Dated thresholds (0008): thresholds are dated. An action plan sets trajectories ("Sept 2016
-- to achieve 80%", "gradually increasing to 85% by Dec 2016") and a figure
-- re-run later must be judged as it was: `target set --from DATE` adds a
-- threshold in force from DATE on, and every period is judged against the
-- one in force on its last day. target.threshold stays the threshold in
-- force before any dated one (the plan's built-in value).
CREATE TABLE target_threshold (
  target_code TEXT NOT NULL REFERENCES target(code),  -- the target
  from_date   TEXT NOT NULL CHECK (from_date = date(from_date, '+0 days')), -- in force from this day on
  threshold   REAL NOT NULL CHECK (threshold >= 0 AND threshold <= 100),   -- percent to reach
  PRIMARY KEY (target_code, from_date)
) STRICT, WITHOUT ROWID;

-- Withdrawn scheduled audits (0009): a scheduled audit can be withdrawn by a manager, with a reason
-- (a case closing before the due date withdraws it too, but that is
-- read from the case's closing date, not stored). A withdrawn audit
-- counts nowhere in MGMT-AUDITS.
CREATE TABLE scheduled_withdrawal (
  sample_id INTEGER NOT NULL,                           -- the sample
  case_id   INTEGER NOT NULL,                           -- the case whose audit is withdrawn
  date      TEXT NOT NULL CHECK (date = date(date, '+0 days')), -- when it was withdrawn
  by_id     INTEGER NOT NULL REFERENCES worker(id),     -- the manager who withdrew it
  reason    TEXT NOT NULL CHECK (length(trim(reason)) > 0), -- why
  PRIMARY KEY (sample_id, case_id),
  FOREIGN KEY (sample_id, case_id) REFERENCES scheduled_audit(sample_id, case_id)
) STRICT, WITHOUT ROWID;

-- After the audit: the learning loop (migrations/0019).
-- Feedback: the audit discussed with the worker allocated to the case.
CREATE TABLE feedback (
  audit_id  INTEGER PRIMARY KEY REFERENCES audit(id),  -- the audit discussed (once)
  worker_id INTEGER NOT NULL REFERENCES worker(id),    -- the worker it was discussed with
  by_id     INTEGER NOT NULL REFERENCES worker(id),    -- who gave the feedback
  date      TEXT NOT NULL CHECK (date = date(date, '+0 days')), -- when
  response  TEXT                                       -- the worker's response, in a few words
) STRICT;

-- What was done for an action, recorded with `action done --evidence`.
CREATE TABLE action_evidence (
  action_id INTEGER PRIMARY KEY REFERENCES action(id), -- the action
  text      TEXT NOT NULL CHECK (length(trim(text)) > 0) -- what was done
) STRICT;

-- A manager's check that a done action worked.
CREATE TABLE action_check (
  action_id  INTEGER PRIMARY KEY REFERENCES action(id), -- the action checked (once)
  checker_id INTEGER NOT NULL REFERENCES worker(id),    -- the manager who checked
  date       TEXT NOT NULL CHECK (date = date(date, '+0 days')), -- when
  effective  INTEGER NOT NULL CHECK (effective IN (0, 1)), -- 1: practice changed as intended
  note       TEXT
) STRICT;

-- Re-audits: an audit that follows an earlier audit of the same case.
CREATE TABLE reaudit (
  audit_id   INTEGER PRIMARY KEY REFERENCES audit(id), -- the re-audit
  follows_id INTEGER NOT NULL REFERENCES audit(id)     -- the audit it follows
) STRICT;
CREATE INDEX reaudit_follows ON reaudit(follows_id);

-- A council's own rule: within how many months of an audit so graded a file
-- must be re-audited. No row: the plan's (domain.c, domain_reaudit_months).
CREATE TABLE reaudit_rule (
  grade  TEXT PRIMARY KEY CHECK (grade = 'outstanding' OR grade = 'good' OR grade = 'requires-improvement' OR grade = 'inadequate' OR grade = 'adequate'),
  months INTEGER NOT NULL CHECK (months > 0)
) STRICT, WITHOUT ROWID;

-- Themes kept (migrations/0021): the theme a themed audit asked, frozen
-- with the audit once submitted.
CREATE TABLE audit_theme (
  audit_id INTEGER PRIMARY KEY REFERENCES audit(id), -- a themed audit
  theme    TEXT NOT NULL REFERENCES theme(name)       -- the theme whose standards it asks
) STRICT;
CREATE INDEX audit_theme_theme ON audit_theme(theme);

-- A themed sample (sample draw --theme): its theme, the draw it was made
-- in (across a service or every team: one sample per team, one seed) and
-- the cohort drawn. Its audits are fulfilled by a submitted audit of the
-- theme, and MGMT-AUDITS, which counts dip-sample audits, leaves them out.
CREATE TABLE sample_theme (
  sample_id INTEGER PRIMARY KEY REFERENCES sample(id), -- a themed sample
  theme     TEXT NOT NULL REFERENCES theme(name),       -- the theme its audits ask
  draw_id   INTEGER NOT NULL REFERENCES sample(id),     -- the draw it was made in: the first sample of that draw
  scope     TEXT NOT NULL CHECK (length(scope) > 0),    -- what was drawn across: 'team', 'service NAME' or 'all teams'
  status    TEXT,                                       -- only files of this status; NULL: any
  flags     TEXT                                        -- only files flagged any of these (comma separated); NULL: any
) STRICT;
CREATE INDEX sample_theme_draw ON sample_theme(draw_id);

-- The change history: every insert, update and delete of the tables above,
-- written by triggers in the same transaction as the change; an audit
-- recorded with its answers is one row, its insert, whose new value holds
-- the answers, written by caseaudit itself (migrations/0005). Append-only.
CREATE TABLE history (
  id        INTEGER PRIMARY KEY,                  -- order of changes
  at        TEXT NOT NULL,                        -- UTC timestamp
  user      TEXT NOT NULL,                        -- who made the change (--user)
  tbl       TEXT NOT NULL,                        -- table changed
  row_id    TEXT NOT NULL,                        -- key of the row changed
  operation TEXT NOT NULL CHECK (operation = 'insert' OR operation = 'update' OR operation = 'delete'),
  old       TEXT,                                 -- JSON of the row before; NULL for insert
  new       TEXT                                  -- JSON of the row after; NULL for delete
  -- Added by migrations/0013, written as ALTER TABLE writes them (the schema
  -- test compares the text): account, the operating-system account that ran
  -- caseaudit (NULL for entries made before 0013); hash, the entry's SHA-256,
  -- chaining it to the entry before (src/history_chain.c).
  , account TEXT, hash BLOB) STRICT;
CREATE INDEX history_row ON history(tbl, row_id);
-- The changes to case files alone: whether a case has moved team since a
-- date, asked for every audit recorded (migrations/0007).
CREATE INDEX history_case_update ON history(row_id, id) WHERE tbl = 'case_file' AND operation = 'update';

-- Tamper-evident (migrations/0013): every entry is sealed as it is written,
-- whichever trigger wrote it, with its OS account and a SHA-256 hash of the
-- entry before and of its own contents; `history verify` checks the chain.
-- THE RULE FOR A NEW TABLE: give it the three history triggers that
-- tools/history_triggers.py prints (create them before the migration puts
-- any row in the table), and that is all: the chain, the account and
-- `history verify` (which checks every row of every table with a
-- *_history_insert trigger against its last entry) take it in with no
-- more work. Code that writes history itself with the triggers off must
-- set account and hash as repo_audit.c's record_whole does.
CREATE TRIGGER history_seal AFTER INSERT ON history WHEN NEW.hash IS NULL BEGIN
  UPDATE history SET account = coalesce(NEW.account, caseaudit_account()),
                     hash = caseaudit_chain(NEW.id, NEW.at, NEW.user, coalesce(NEW.account, caseaudit_account()),
                                            NEW.tbl, NEW.row_id, NEW.operation, NEW.old, NEW.new)
   WHERE id = NEW.id;
END;
-- An entry's contents never change; its account and hash are filled in
-- once, by caseaudit.
CREATE TRIGGER history_no_update BEFORE UPDATE OF id, at, user, tbl, row_id, operation, old, new ON history
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;
CREATE TRIGGER history_seal_once BEFORE UPDATE OF account, hash ON history
WHEN OLD.hash IS NOT NULL OR caseaudit_user() IS NULL
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;
-- Nor overwritten by INSERT OR REPLACE (whose delete fires no trigger), nor
-- added to by any program but caseaudit (caseaudit_user() exists only there).
CREATE TRIGGER history_no_replace BEFORE INSERT ON history
WHEN caseaudit_user() IS NULL OR EXISTS (SELECT 1 FROM history WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;

-- An audit is recorded once: the same case, date and auditor twice would
-- count twice (migrations/0010; not a unique index, so that databases
-- holding such pairs from before can still be migrated).
CREATE TRIGGER audit_once BEFORE INSERT ON audit
WHEN EXISTS (SELECT 1 FROM audit WHERE case_id = NEW.case_id AND date = NEW.date AND auditor_id = NEW.auditor_id)
BEGIN SELECT RAISE(ABORT, 'an audit of this case on this date by this auditor is already recorded; an audit is recorded once'); END;

-- A submitted audit, its answers and its grade are frozen.
CREATE TRIGGER audit_frozen BEFORE UPDATE ON audit WHEN OLD.submitted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER audit_frozen_delete BEFORE DELETE ON audit WHEN OLD.submitted_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
WHEN (SELECT submitted_at FROM audit WHERE id = NEW.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
WHEN (SELECT submitted_at FROM audit WHERE id = OLD.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER answer_frozen_delete BEFORE DELETE ON answer
WHEN (SELECT submitted_at FROM audit WHERE id = OLD.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER moderation_own BEFORE INSERT ON moderation
WHEN (SELECT auditor_id FROM audit WHERE id = NEW.audit_id) = NEW.moderator_id
BEGIN SELECT RAISE(ABORT, 'an auditor cannot moderate their own audit'); END;
CREATE TRIGGER moderation_draft BEFORE INSERT ON moderation
WHEN (SELECT submitted_at FROM audit WHERE id = NEW.audit_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'only a submitted audit can be moderated'); END;

-- History triggers: one per table and operation (generated by tools/history_triggers.py).
-- Three stand aside while caseaudit records an audit with its answers as one
-- change (caseaudit_row_history() returns 0 then; see migrations/0005).
CREATE TRIGGER team_history_insert AFTER INSERT ON team BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'team', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name, 'service', NEW.service));
END;
CREATE TRIGGER team_history_update AFTER UPDATE ON team BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'team', NEW.id, 'update', json_object('id', OLD.id, 'name', OLD.name, 'service', OLD.service), json_object('id', NEW.id, 'name', NEW.name, 'service', NEW.service));
END;
CREATE TRIGGER team_history_delete AFTER DELETE ON team BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'team', OLD.id, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'service', OLD.service), NULL);
END;
CREATE TRIGGER worker_history_insert AFTER INSERT ON worker BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'worker', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'name', NEW.name, 'team_id', NEW.team_id, 'role', NEW.role, 'started', NEW.started, 'left_on', NEW.left_on, 'agreement', NEW.agreement, 'trained', NEW.trained));
END;
CREATE TRIGGER worker_history_update AFTER UPDATE ON worker BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'worker', NEW.id, 'update', json_object('id', OLD.id, 'name', OLD.name, 'team_id', OLD.team_id, 'role', OLD.role, 'started', OLD.started, 'left_on', OLD.left_on, 'agreement', OLD.agreement, 'trained', OLD.trained), json_object('id', NEW.id, 'name', NEW.name, 'team_id', NEW.team_id, 'role', NEW.role, 'started', NEW.started, 'left_on', NEW.left_on, 'agreement', NEW.agreement, 'trained', NEW.trained));
END;
CREATE TRIGGER worker_history_delete AFTER DELETE ON worker BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'worker', OLD.id, 'delete', json_object('id', OLD.id, 'name', OLD.name, 'team_id', OLD.team_id, 'role', OLD.role, 'started', OLD.started, 'left_on', OLD.left_on, 'agreement', OLD.agreement, 'trained', OLD.trained), NULL);
END;
CREATE TRIGGER case_file_history_insert AFTER INSERT ON case_file BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_file', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'ref', NEW.ref, 'team_id', NEW.team_id, 'worker_id', NEW.worker_id, 'status', NEW.status, 'opened', NEW.opened, 'closed', NEW.closed));
END;
CREATE TRIGGER case_file_history_update AFTER UPDATE ON case_file BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_file', NEW.id, 'update', json_object('id', OLD.id, 'ref', OLD.ref, 'team_id', OLD.team_id, 'worker_id', OLD.worker_id, 'status', OLD.status, 'opened', OLD.opened, 'closed', OLD.closed), json_object('id', NEW.id, 'ref', NEW.ref, 'team_id', NEW.team_id, 'worker_id', NEW.worker_id, 'status', NEW.status, 'opened', NEW.opened, 'closed', NEW.closed));
END;
CREATE TRIGGER case_file_history_delete AFTER DELETE ON case_file BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_file', OLD.id, 'delete', json_object('id', OLD.id, 'ref', OLD.ref, 'team_id', OLD.team_id, 'worker_id', OLD.worker_id, 'status', OLD.status, 'opened', OLD.opened, 'closed', OLD.closed), NULL);
END;
CREATE TRIGGER case_flag_history_insert AFTER INSERT ON case_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_flag', NEW.case_id || '/' || NEW.flag, 'insert', NULL, json_object('case_id', NEW.case_id, 'flag', NEW.flag));
END;
CREATE TRIGGER case_flag_history_update AFTER UPDATE ON case_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_flag', NEW.case_id || '/' || NEW.flag, 'update', json_object('case_id', OLD.case_id, 'flag', OLD.flag), json_object('case_id', NEW.case_id, 'flag', NEW.flag));
END;
CREATE TRIGGER case_flag_history_delete AFTER DELETE ON case_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_flag', OLD.case_id || '/' || OLD.flag, 'delete', json_object('case_id', OLD.case_id, 'flag', OLD.flag), NULL);
END;
CREATE TRIGGER chronology_history_insert AFTER INSERT ON chronology BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'chronology', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'date', NEW.date, 'kind', NEW.kind, 'text', NEW.text));
END;
CREATE TRIGGER chronology_history_update AFTER UPDATE ON chronology BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'chronology', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'date', OLD.date, 'kind', OLD.kind, 'text', OLD.text), json_object('id', NEW.id, 'case_id', NEW.case_id, 'date', NEW.date, 'kind', NEW.kind, 'text', NEW.text));
END;
CREATE TRIGGER chronology_history_delete AFTER DELETE ON chronology BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'chronology', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'date', OLD.date, 'kind', OLD.kind, 'text', OLD.text), NULL);
END;
CREATE TRIGGER supervision_history_insert AFTER INSERT ON supervision BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'worker_id', NEW.worker_id, 'supervisor_id', NEW.supervisor_id, 'date', NEW.date));
END;
CREATE TRIGGER supervision_history_update AFTER UPDATE ON supervision BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision', NEW.id, 'update', json_object('id', OLD.id, 'worker_id', OLD.worker_id, 'supervisor_id', OLD.supervisor_id, 'date', OLD.date), json_object('id', NEW.id, 'worker_id', NEW.worker_id, 'supervisor_id', NEW.supervisor_id, 'date', NEW.date));
END;
CREATE TRIGGER supervision_history_delete AFTER DELETE ON supervision BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision', OLD.id, 'delete', json_object('id', OLD.id, 'worker_id', OLD.worker_id, 'supervisor_id', OLD.supervisor_id, 'date', OLD.date), NULL);
END;
CREATE TRIGGER supervision_case_history_insert AFTER INSERT ON supervision_case BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision_case', NEW.supervision_id || '/' || NEW.case_id, 'insert', NULL, json_object('supervision_id', NEW.supervision_id, 'case_id', NEW.case_id));
END;
CREATE TRIGGER supervision_case_history_update AFTER UPDATE ON supervision_case BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision_case', NEW.supervision_id || '/' || NEW.case_id, 'update', json_object('supervision_id', OLD.supervision_id, 'case_id', OLD.case_id), json_object('supervision_id', NEW.supervision_id, 'case_id', NEW.case_id));
END;
CREATE TRIGGER supervision_case_history_delete AFTER DELETE ON supervision_case BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'supervision_case', OLD.supervision_id || '/' || OLD.case_id, 'delete', json_object('supervision_id', OLD.supervision_id, 'case_id', OLD.case_id), NULL);
END;
CREATE TRIGGER standard_history_insert AFTER INSERT ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', NEW.code, 'insert', NULL, json_object('code', NEW.code, 'text', NEW.text, 'guidance', NEW.guidance, 'position', NEW.position, 'answerable_anywhere', NEW.answerable_anywhere, 'added', NEW.added, 'retired', NEW.retired));
END;
CREATE TRIGGER standard_history_update AFTER UPDATE ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', NEW.code, 'update', json_object('code', OLD.code, 'text', OLD.text, 'guidance', OLD.guidance, 'position', OLD.position, 'answerable_anywhere', OLD.answerable_anywhere, 'added', OLD.added, 'retired', OLD.retired), json_object('code', NEW.code, 'text', NEW.text, 'guidance', NEW.guidance, 'position', NEW.position, 'answerable_anywhere', NEW.answerable_anywhere, 'added', NEW.added, 'retired', NEW.retired));
END;
CREATE TRIGGER standard_history_delete AFTER DELETE ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', OLD.code, 'delete', json_object('code', OLD.code, 'text', OLD.text, 'guidance', OLD.guidance, 'position', OLD.position, 'answerable_anywhere', OLD.answerable_anywhere, 'added', OLD.added, 'retired', OLD.retired), NULL);
END;
CREATE TRIGGER standard_status_history_insert AFTER INSERT ON standard_status BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_status', NEW.standard_code || '/' || NEW.status, 'insert', NULL, json_object('standard_code', NEW.standard_code, 'status', NEW.status));
END;
CREATE TRIGGER standard_status_history_update AFTER UPDATE ON standard_status BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_status', NEW.standard_code || '/' || NEW.status, 'update', json_object('standard_code', OLD.standard_code, 'status', OLD.status), json_object('standard_code', NEW.standard_code, 'status', NEW.status));
END;
CREATE TRIGGER standard_status_history_delete AFTER DELETE ON standard_status BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_status', OLD.standard_code || '/' || OLD.status, 'delete', json_object('standard_code', OLD.standard_code, 'status', OLD.status), NULL);
END;
CREATE TRIGGER standard_flag_history_insert AFTER INSERT ON standard_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_flag', NEW.standard_code || '/' || NEW.flag, 'insert', NULL, json_object('standard_code', NEW.standard_code, 'flag', NEW.flag));
END;
CREATE TRIGGER standard_flag_history_update AFTER UPDATE ON standard_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_flag', NEW.standard_code || '/' || NEW.flag, 'update', json_object('standard_code', OLD.standard_code, 'flag', OLD.flag), json_object('standard_code', NEW.standard_code, 'flag', NEW.flag));
END;
CREATE TRIGGER standard_flag_history_delete AFTER DELETE ON standard_flag BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard_flag', OLD.standard_code || '/' || OLD.flag, 'delete', json_object('standard_code', OLD.standard_code, 'flag', OLD.flag), NULL);
END;
CREATE TRIGGER target_history_insert AFTER INSERT ON target BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target', NEW.code, 'insert', NULL, json_object('code', NEW.code, 'text', NEW.text, 'threshold', NEW.threshold, 'measure', NEW.measure, 'standard_code', NEW.standard_code, 'source', NEW.source, 'position', NEW.position, 'added', NEW.added));
END;
CREATE TRIGGER target_history_update AFTER UPDATE ON target BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target', NEW.code, 'update', json_object('code', OLD.code, 'text', OLD.text, 'threshold', OLD.threshold, 'measure', OLD.measure, 'standard_code', OLD.standard_code, 'source', OLD.source, 'position', OLD.position, 'added', OLD.added), json_object('code', NEW.code, 'text', NEW.text, 'threshold', NEW.threshold, 'measure', NEW.measure, 'standard_code', NEW.standard_code, 'source', NEW.source, 'position', NEW.position, 'added', NEW.added));
END;
CREATE TRIGGER target_history_delete AFTER DELETE ON target BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target', OLD.code, 'delete', json_object('code', OLD.code, 'text', OLD.text, 'threshold', OLD.threshold, 'measure', OLD.measure, 'standard_code', OLD.standard_code, 'source', OLD.source, 'position', OLD.position, 'added', OLD.added), NULL);
END;
CREATE TRIGGER audit_history_insert AFTER INSERT ON audit WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'date', NEW.date, 'type', NEW.type, 'grade', NEW.grade, 'submitted_at', NEW.submitted_at, 'submitted_by', NEW.submitted_by));
END;
CREATE TRIGGER audit_history_update AFTER UPDATE ON audit WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'team_id', OLD.team_id, 'auditor_id', OLD.auditor_id, 'date', OLD.date, 'type', OLD.type, 'grade', OLD.grade, 'submitted_at', OLD.submitted_at, 'submitted_by', OLD.submitted_by), json_object('id', NEW.id, 'case_id', NEW.case_id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'date', NEW.date, 'type', NEW.type, 'grade', NEW.grade, 'submitted_at', NEW.submitted_at, 'submitted_by', NEW.submitted_by));
END;
CREATE TRIGGER audit_history_delete AFTER DELETE ON audit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit', OLD.id, 'delete', json_object('id', OLD.id, 'case_id', OLD.case_id, 'team_id', OLD.team_id, 'auditor_id', OLD.auditor_id, 'date', OLD.date, 'type', OLD.type, 'grade', OLD.grade, 'submitted_at', OLD.submitted_at, 'submitted_by', OLD.submitted_by), NULL);
END;
CREATE TRIGGER answer_history_insert AFTER INSERT ON answer WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'answer', NEW.audit_id || '/' || NEW.standard_code, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'standard_code', NEW.standard_code, 'result', NEW.result, 'note', NEW.note));
END;
CREATE TRIGGER answer_history_update AFTER UPDATE ON answer BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'answer', NEW.audit_id || '/' || NEW.standard_code, 'update', json_object('audit_id', OLD.audit_id, 'standard_code', OLD.standard_code, 'result', OLD.result, 'note', OLD.note), json_object('audit_id', NEW.audit_id, 'standard_code', NEW.standard_code, 'result', NEW.result, 'note', NEW.note));
END;
CREATE TRIGGER answer_history_delete AFTER DELETE ON answer BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'answer', OLD.audit_id || '/' || OLD.standard_code, 'delete', json_object('audit_id', OLD.audit_id, 'standard_code', OLD.standard_code, 'result', OLD.result, 'note', OLD.note), NULL);
END;
CREATE TRIGGER moderation_history_insert AFTER INSERT ON moderation BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'moderation', NEW.audit_id, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'moderator_id', NEW.moderator_id, 'date', NEW.date, 'agreed', NEW.agreed, 'grade', NEW.grade, 'note', NEW.note));
END;
CREATE TRIGGER moderation_history_update AFTER UPDATE ON moderation BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'moderation', NEW.audit_id, 'update', json_object('audit_id', OLD.audit_id, 'moderator_id', OLD.moderator_id, 'date', OLD.date, 'agreed', OLD.agreed, 'grade', OLD.grade, 'note', OLD.note), json_object('audit_id', NEW.audit_id, 'moderator_id', NEW.moderator_id, 'date', NEW.date, 'agreed', NEW.agreed, 'grade', NEW.grade, 'note', NEW.note));
END;
CREATE TRIGGER moderation_history_delete AFTER DELETE ON moderation BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'moderation', OLD.audit_id, 'delete', json_object('audit_id', OLD.audit_id, 'moderator_id', OLD.moderator_id, 'date', OLD.date, 'agreed', OLD.agreed, 'grade', OLD.grade, 'note', OLD.note), NULL);
END;
CREATE TRIGGER action_history_insert AFTER INSERT ON action BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'audit_id', NEW.audit_id, 'text', NEW.text, 'owner_id', NEW.owner_id, 'due', NEW.due, 'done', NEW.done));
END;
CREATE TRIGGER action_history_update AFTER UPDATE ON action BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action', NEW.id, 'update', json_object('id', OLD.id, 'audit_id', OLD.audit_id, 'text', OLD.text, 'owner_id', OLD.owner_id, 'due', OLD.due, 'done', OLD.done), json_object('id', NEW.id, 'audit_id', NEW.audit_id, 'text', NEW.text, 'owner_id', NEW.owner_id, 'due', NEW.due, 'done', NEW.done));
END;
CREATE TRIGGER action_history_delete AFTER DELETE ON action BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action', OLD.id, 'delete', json_object('id', OLD.id, 'audit_id', OLD.audit_id, 'text', OLD.text, 'owner_id', OLD.owner_id, 'due', OLD.due, 'done', OLD.done), NULL);
END;
CREATE TRIGGER feedback_history_insert AFTER INSERT ON feedback BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'feedback', NEW.audit_id, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'worker_id', NEW.worker_id, 'by_id', NEW.by_id, 'date', NEW.date, 'response', NEW.response));
END;
CREATE TRIGGER feedback_history_update AFTER UPDATE ON feedback BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'feedback', NEW.audit_id, 'update', json_object('audit_id', OLD.audit_id, 'worker_id', OLD.worker_id, 'by_id', OLD.by_id, 'date', OLD.date, 'response', OLD.response), json_object('audit_id', NEW.audit_id, 'worker_id', NEW.worker_id, 'by_id', NEW.by_id, 'date', NEW.date, 'response', NEW.response));
END;
CREATE TRIGGER feedback_history_delete AFTER DELETE ON feedback BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'feedback', OLD.audit_id, 'delete', json_object('audit_id', OLD.audit_id, 'worker_id', OLD.worker_id, 'by_id', OLD.by_id, 'date', OLD.date, 'response', OLD.response), NULL);
END;
CREATE TRIGGER action_evidence_history_insert AFTER INSERT ON action_evidence BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_evidence', NEW.action_id, 'insert', NULL, json_object('action_id', NEW.action_id, 'text', NEW.text));
END;
CREATE TRIGGER action_evidence_history_update AFTER UPDATE ON action_evidence BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_evidence', NEW.action_id, 'update', json_object('action_id', OLD.action_id, 'text', OLD.text), json_object('action_id', NEW.action_id, 'text', NEW.text));
END;
CREATE TRIGGER action_evidence_history_delete AFTER DELETE ON action_evidence BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_evidence', OLD.action_id, 'delete', json_object('action_id', OLD.action_id, 'text', OLD.text), NULL);
END;
CREATE TRIGGER action_check_history_insert AFTER INSERT ON action_check BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_check', NEW.action_id, 'insert', NULL, json_object('action_id', NEW.action_id, 'checker_id', NEW.checker_id, 'date', NEW.date, 'effective', NEW.effective, 'note', NEW.note));
END;
CREATE TRIGGER action_check_history_update AFTER UPDATE ON action_check BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_check', NEW.action_id, 'update', json_object('action_id', OLD.action_id, 'checker_id', OLD.checker_id, 'date', OLD.date, 'effective', OLD.effective, 'note', OLD.note), json_object('action_id', NEW.action_id, 'checker_id', NEW.checker_id, 'date', NEW.date, 'effective', NEW.effective, 'note', NEW.note));
END;
CREATE TRIGGER action_check_history_delete AFTER DELETE ON action_check BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'action_check', OLD.action_id, 'delete', json_object('action_id', OLD.action_id, 'checker_id', OLD.checker_id, 'date', OLD.date, 'effective', OLD.effective, 'note', OLD.note), NULL);
END;
CREATE TRIGGER reaudit_history_insert AFTER INSERT ON reaudit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit', NEW.audit_id, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'follows_id', NEW.follows_id));
END;
CREATE TRIGGER reaudit_history_update AFTER UPDATE ON reaudit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit', NEW.audit_id, 'update', json_object('audit_id', OLD.audit_id, 'follows_id', OLD.follows_id), json_object('audit_id', NEW.audit_id, 'follows_id', NEW.follows_id));
END;
CREATE TRIGGER reaudit_history_delete AFTER DELETE ON reaudit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit', OLD.audit_id, 'delete', json_object('audit_id', OLD.audit_id, 'follows_id', OLD.follows_id), NULL);
END;
CREATE TRIGGER reaudit_rule_history_insert AFTER INSERT ON reaudit_rule BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit_rule', NEW.grade, 'insert', NULL, json_object('grade', NEW.grade, 'months', NEW.months));
END;
CREATE TRIGGER reaudit_rule_history_update AFTER UPDATE ON reaudit_rule BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit_rule', NEW.grade, 'update', json_object('grade', OLD.grade, 'months', OLD.months), json_object('grade', NEW.grade, 'months', NEW.months));
END;
CREATE TRIGGER reaudit_rule_history_delete AFTER DELETE ON reaudit_rule BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'reaudit_rule', OLD.grade, 'delete', json_object('grade', OLD.grade, 'months', OLD.months), NULL);
END;
CREATE TRIGGER sample_history_insert AFTER INSERT ON sample BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'drawn_on', NEW.drawn_on, 'due', NEW.due, 'seed', NEW.seed, 'requested', NEW.requested));
END;
CREATE TRIGGER sample_history_update AFTER UPDATE ON sample BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample', NEW.id, 'update', json_object('id', OLD.id, 'team_id', OLD.team_id, 'auditor_id', OLD.auditor_id, 'drawn_on', OLD.drawn_on, 'due', OLD.due, 'seed', OLD.seed, 'requested', OLD.requested), json_object('id', NEW.id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'drawn_on', NEW.drawn_on, 'due', NEW.due, 'seed', NEW.seed, 'requested', NEW.requested));
END;
CREATE TRIGGER sample_history_delete AFTER DELETE ON sample BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample', OLD.id, 'delete', json_object('id', OLD.id, 'team_id', OLD.team_id, 'auditor_id', OLD.auditor_id, 'drawn_on', OLD.drawn_on, 'due', OLD.due, 'seed', OLD.seed, 'requested', OLD.requested), NULL);
END;
CREATE TRIGGER scheduled_audit_history_insert AFTER INSERT ON scheduled_audit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_audit', NEW.sample_id || '/' || NEW.case_id, 'insert', NULL, json_object('sample_id', NEW.sample_id, 'case_id', NEW.case_id, 'position', NEW.position));
END;
CREATE TRIGGER scheduled_audit_history_update AFTER UPDATE ON scheduled_audit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_audit', NEW.sample_id || '/' || NEW.case_id, 'update', json_object('sample_id', OLD.sample_id, 'case_id', OLD.case_id, 'position', OLD.position), json_object('sample_id', NEW.sample_id, 'case_id', NEW.case_id, 'position', NEW.position));
END;
CREATE TRIGGER scheduled_audit_history_delete AFTER DELETE ON scheduled_audit BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_audit', OLD.sample_id || '/' || OLD.case_id, 'delete', json_object('sample_id', OLD.sample_id, 'case_id', OLD.case_id, 'position', OLD.position), NULL);
END;
CREATE TRIGGER case_episode_history_insert AFTER INSERT ON case_episode BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_episode', NEW.case_id || '/' || NEW.list, 'insert', NULL, json_object('case_id', NEW.case_id, 'list', NEW.list, 'status', NEW.status, 'team_id', NEW.team_id, 'worker_id', NEW.worker_id, 'started', NEW.started, 'ended', NEW.ended));
END;
CREATE TRIGGER case_episode_history_update AFTER UPDATE ON case_episode BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_episode', NEW.case_id || '/' || NEW.list, 'update', json_object('case_id', OLD.case_id, 'list', OLD.list, 'status', OLD.status, 'team_id', OLD.team_id, 'worker_id', OLD.worker_id, 'started', OLD.started, 'ended', OLD.ended), json_object('case_id', NEW.case_id, 'list', NEW.list, 'status', NEW.status, 'team_id', NEW.team_id, 'worker_id', NEW.worker_id, 'started', NEW.started, 'ended', NEW.ended));
END;
CREATE TRIGGER case_episode_history_delete AFTER DELETE ON case_episode BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'case_episode', OLD.case_id || '/' || OLD.list, 'delete', json_object('case_id', OLD.case_id, 'list', OLD.list, 'status', OLD.status, 'team_id', OLD.team_id, 'worker_id', OLD.worker_id, 'started', OLD.started, 'ended', OLD.ended), NULL);
END;
CREATE TRIGGER setting_history_insert AFTER INSERT ON setting BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'setting', NEW.name, 'insert', NULL, json_object('name', NEW.name, 'value', NEW.value));
END;
CREATE TRIGGER setting_history_update AFTER UPDATE ON setting BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'setting', NEW.name, 'update', json_object('name', OLD.name, 'value', OLD.value), json_object('name', NEW.name, 'value', NEW.value));
END;
CREATE TRIGGER setting_history_delete AFTER DELETE ON setting BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'setting', OLD.name, 'delete', json_object('name', OLD.name, 'value', OLD.value), NULL);
END;
CREATE TRIGGER target_threshold_history_insert AFTER INSERT ON target_threshold BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target_threshold', NEW.target_code || '/' || NEW.from_date, 'insert', NULL, json_object('target_code', NEW.target_code, 'from_date', NEW.from_date, 'threshold', NEW.threshold));
END;
CREATE TRIGGER target_threshold_history_update AFTER UPDATE ON target_threshold BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target_threshold', NEW.target_code || '/' || NEW.from_date, 'update', json_object('target_code', OLD.target_code, 'from_date', OLD.from_date, 'threshold', OLD.threshold), json_object('target_code', NEW.target_code, 'from_date', NEW.from_date, 'threshold', NEW.threshold));
END;
CREATE TRIGGER target_threshold_history_delete AFTER DELETE ON target_threshold BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'target_threshold', OLD.target_code || '/' || OLD.from_date, 'delete', json_object('target_code', OLD.target_code, 'from_date', OLD.from_date, 'threshold', OLD.threshold), NULL);
END;
CREATE TRIGGER scheduled_withdrawal_history_insert AFTER INSERT ON scheduled_withdrawal BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_withdrawal', NEW.sample_id || '/' || NEW.case_id, 'insert', NULL, json_object('sample_id', NEW.sample_id, 'case_id', NEW.case_id, 'date', NEW.date, 'by_id', NEW.by_id, 'reason', NEW.reason));
END;
CREATE TRIGGER scheduled_withdrawal_history_update AFTER UPDATE ON scheduled_withdrawal BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_withdrawal', NEW.sample_id || '/' || NEW.case_id, 'update', json_object('sample_id', OLD.sample_id, 'case_id', OLD.case_id, 'date', OLD.date, 'by_id', OLD.by_id, 'reason', OLD.reason), json_object('sample_id', NEW.sample_id, 'case_id', NEW.case_id, 'date', NEW.date, 'by_id', NEW.by_id, 'reason', NEW.reason));
END;
CREATE TRIGGER scheduled_withdrawal_history_delete AFTER DELETE ON scheduled_withdrawal BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'scheduled_withdrawal', OLD.sample_id || '/' || OLD.case_id, 'delete', json_object('sample_id', OLD.sample_id, 'case_id', OLD.case_id, 'date', OLD.date, 'by_id', OLD.by_id, 'reason', OLD.reason), NULL);
END;
-- Built-in standards and targets (added IS NULL) stay as they are (migrations/0020).
CREATE TRIGGER standard_builtin_delete BEFORE DELETE ON standard WHEN OLD.added IS NULL
BEGIN SELECT RAISE(ABORT, 'a built-in standard cannot be removed'); END;
CREATE TRIGGER standard_builtin_update BEFORE UPDATE OF added ON standard WHEN OLD.added IS NOT NEW.added
BEGIN SELECT RAISE(ABORT, 'the day a standard was added cannot be changed'); END;
CREATE TRIGGER target_builtin_delete BEFORE DELETE ON target WHEN OLD.added IS NULL
BEGIN SELECT RAISE(ABORT, 'a built-in target cannot be removed'); END;
CREATE TRIGGER target_builtin_update BEFORE UPDATE OF added ON target WHEN OLD.added IS NOT NEW.added
BEGIN SELECT RAISE(ABORT, 'the day a target was added cannot be changed'); END;
CREATE TRIGGER theme_history_insert AFTER INSERT ON theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme', NEW.name, 'insert', NULL, json_object('name', NEW.name, 'added', NEW.added));
END;
CREATE TRIGGER theme_history_update AFTER UPDATE ON theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme', NEW.name, 'update', json_object('name', OLD.name, 'added', OLD.added), json_object('name', NEW.name, 'added', NEW.added));
END;
CREATE TRIGGER theme_history_delete AFTER DELETE ON theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme', OLD.name, 'delete', json_object('name', OLD.name, 'added', OLD.added), NULL);
END;
CREATE TRIGGER theme_standard_history_insert AFTER INSERT ON theme_standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme_standard', NEW.theme || '/' || NEW.standard_code, 'insert', NULL, json_object('theme', NEW.theme, 'standard_code', NEW.standard_code));
END;
CREATE TRIGGER theme_standard_history_update AFTER UPDATE ON theme_standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme_standard', NEW.theme || '/' || NEW.standard_code, 'update', json_object('theme', OLD.theme, 'standard_code', OLD.standard_code), json_object('theme', NEW.theme, 'standard_code', NEW.standard_code));
END;
CREATE TRIGGER theme_standard_history_delete AFTER DELETE ON theme_standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'theme_standard', OLD.theme || '/' || OLD.standard_code, 'delete', json_object('theme', OLD.theme, 'standard_code', OLD.standard_code), NULL);
END;
-- The theme a submitted audit asked is frozen with it.
CREATE TRIGGER audit_theme_frozen_insert BEFORE INSERT ON audit_theme
WHEN (SELECT submitted_at FROM audit WHERE id = NEW.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER audit_theme_frozen_update BEFORE UPDATE ON audit_theme
WHEN (SELECT submitted_at FROM audit WHERE id = OLD.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER audit_theme_frozen_delete BEFORE DELETE ON audit_theme
WHEN (SELECT submitted_at FROM audit WHERE id = OLD.audit_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'audit is submitted and cannot be changed'); END;
CREATE TRIGGER audit_theme_history_insert AFTER INSERT ON audit_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit_theme', NEW.audit_id, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'theme', NEW.theme));
END;
CREATE TRIGGER audit_theme_history_update AFTER UPDATE ON audit_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit_theme', NEW.audit_id, 'update', json_object('audit_id', OLD.audit_id, 'theme', OLD.theme), json_object('audit_id', NEW.audit_id, 'theme', NEW.theme));
END;
CREATE TRIGGER audit_theme_history_delete AFTER DELETE ON audit_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit_theme', OLD.audit_id, 'delete', json_object('audit_id', OLD.audit_id, 'theme', OLD.theme), NULL);
END;
CREATE TRIGGER sample_theme_history_insert AFTER INSERT ON sample_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample_theme', NEW.sample_id, 'insert', NULL, json_object('sample_id', NEW.sample_id, 'theme', NEW.theme, 'draw_id', NEW.draw_id, 'scope', NEW.scope, 'status', NEW.status, 'flags', NEW.flags));
END;
CREATE TRIGGER sample_theme_history_update AFTER UPDATE ON sample_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample_theme', NEW.sample_id, 'update', json_object('sample_id', OLD.sample_id, 'theme', OLD.theme, 'draw_id', OLD.draw_id, 'scope', OLD.scope, 'status', OLD.status, 'flags', OLD.flags), json_object('sample_id', NEW.sample_id, 'theme', NEW.theme, 'draw_id', NEW.draw_id, 'scope', NEW.scope, 'status', NEW.status, 'flags', NEW.flags));
END;
CREATE TRIGGER sample_theme_history_delete AFTER DELETE ON sample_theme BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'sample_theme', OLD.sample_id, 'delete', json_object('sample_id', OLD.sample_id, 'theme', OLD.theme, 'draw_id', OLD.draw_id, 'scope', OLD.scope, 'status', OLD.status, 'flags', OLD.flags), NULL);
END;
