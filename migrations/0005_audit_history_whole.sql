-- 0005: an audit recorded with its answers is one change in the history.
-- Until now creating an audit wrote a history row for the audit, one for
-- each of its answers and, when submitted at once, one more for the
-- submission: 17 rows of JSON for an audit of 15 standards, which made the
-- history 70% of a database and loading audits 11 times the cost of the
-- rows themselves. Now the repository writes one row, the audit's insert,
-- whose new value holds the audit as submitted with its answers and notes
-- (repo_audit.c, record_whole). While it does, caseaudit_row_history()
-- returns 0 and these three triggers stand aside; at every other time it
-- returns 1 and they record each row as before, so a later `audit answer`
-- or `audit grade` on a draft is still a change of its own. Outside
-- caseaudit the function does not exist, so a change made by another
-- program is still refused rather than left unrecorded.
DROP TRIGGER audit_history_insert;
CREATE TRIGGER audit_history_insert AFTER INSERT ON audit WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit', NEW.id, 'insert', NULL, json_object('id', NEW.id, 'case_id', NEW.case_id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'date', NEW.date, 'type', NEW.type, 'grade', NEW.grade, 'submitted_at', NEW.submitted_at, 'submitted_by', NEW.submitted_by));
END;
DROP TRIGGER audit_history_update;
CREATE TRIGGER audit_history_update AFTER UPDATE ON audit WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'audit', NEW.id, 'update', json_object('id', OLD.id, 'case_id', OLD.case_id, 'team_id', OLD.team_id, 'auditor_id', OLD.auditor_id, 'date', OLD.date, 'type', OLD.type, 'grade', OLD.grade, 'submitted_at', OLD.submitted_at, 'submitted_by', OLD.submitted_by), json_object('id', NEW.id, 'case_id', NEW.case_id, 'team_id', NEW.team_id, 'auditor_id', NEW.auditor_id, 'date', NEW.date, 'type', NEW.type, 'grade', NEW.grade, 'submitted_at', NEW.submitted_at, 'submitted_by', NEW.submitted_by));
END;
DROP TRIGGER answer_history_insert;
CREATE TRIGGER answer_history_insert AFTER INSERT ON answer WHEN caseaudit_row_history() BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'answer', NEW.audit_id || '/' || NEW.standard_code, 'insert', NULL, json_object('audit_id', NEW.audit_id, 'standard_code', NEW.standard_code, 'result', NEW.result, 'note', NEW.note));
END;
