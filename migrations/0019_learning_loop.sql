-- 0019: after the audit, the learning loop (issue 17). The inspection
-- found the council "failing to consistently review whether practice has
-- changed as a result of audit activity": an audit starts a loop. Now
-- caseaudit records the feedback of an audit to the worker, what was done
-- for each action (its evidence) and a manager's check that it worked,
-- and which audit a re-audit follows. reaudit_rule holds a council's own
-- rule of how soon a file so graded must be re-audited; with no row the
-- plan's rule applies (domain.c: inadequate within 3 months, requires
-- improvement within 6; 004 ~lines 5868-5887).
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

-- Within how many months of an audit so graded a file must be re-audited.
CREATE TABLE reaudit_rule (
  grade  TEXT PRIMARY KEY CHECK (grade = 'outstanding' OR grade = 'good' OR grade = 'requires-improvement' OR grade = 'inadequate' OR grade = 'adequate'),
  months INTEGER NOT NULL CHECK (months > 0)
) STRICT, WITHOUT ROWID;

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
