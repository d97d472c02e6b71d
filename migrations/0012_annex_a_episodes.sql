-- 0012: Annex A episodes, one per list a case was imported from, so that
-- the order lists 6, 7 and 8 are imported in cannot decide a child's status
-- (issue 14). With its history triggers (tools/history_triggers.py).
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

-- Grades from before Ofsted's 2013 framework: 'adequate' (the contract's
-- GRADE), so audits of those years can be imported as graded. The rows
-- stored satisfy the wider constraint, so the definitions are edited in
-- place, as migrations/0003 does (SQLite's documented procedure for
-- changing CHECK constraints, with no table rebuilt).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
  'grade = ''requires-improvement'' OR grade = ''inadequate'')',
  'grade = ''requires-improvement'' OR grade = ''inadequate'' OR grade = ''adequate'')')
 WHERE type = 'table' AND name IN ('audit', 'moderation');
PRAGMA writable_schema = RESET;
