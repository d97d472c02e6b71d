-- 0009: a scheduled audit can be withdrawn by a manager, with a reason
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
