-- 0010: the contract's roles, and the audit rules that live in the data.
--
-- Roles. Besides social-worker, aqw, team-manager, head-of-service and
-- iro: senior-manager (an assistant or service director), qa-officer (the
-- QA service that runs the audit programme) and partner (another agency's
-- practitioner, who audits in multi-agency audits). The program's list is
-- ROLES in src/domain.c. Every stored role is one of the old five, all
-- still allowed, so the CHECK is widened in place, as migrations/0003
-- explains (no table rebuilt, no row copied).
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (role = ''social-worker'' OR role = ''aqw'' OR role = ''team-manager'' OR role = ''head-of-service'' OR role = ''iro'')',
  'CHECK (role = ''social-worker'' OR role = ''aqw'' OR role = ''team-manager'' OR role = ''head-of-service'' OR role = ''senior-manager'' OR role = ''iro'' OR role = ''qa-officer'' OR role = ''partner'')')
 WHERE type = 'table' AND name = 'worker';

PRAGMA writable_schema = RESET;

-- Asked and answerable. standard_status and standard_flag say whom a
-- standard is asked of (audit start asks it, and lists it as unanswered
-- when it is not answered). Some standards are also answerable on any
-- file: NEGLECT is asked on files flagged neglect, yet an auditor who
-- finds neglect a feature of an unflagged file records NEGLECT not-met
-- there, the very failure the target counts (neglect present but not
-- identified); CSE-IDENTIFIED likewise. answerable_anywhere = 1 lets
-- audit add, audit answer and import audits accept met or not-met for the
-- standard on any case (src/domain.c, domain_standard_answerable).
ALTER TABLE standard ADD COLUMN answerable_anywhere INTEGER NOT NULL DEFAULT 0
  CHECK (answerable_anywhere = 0 OR answerable_anywhere = 1);

-- The history triggers of standard, with the new column.
DROP TRIGGER standard_history_insert;
DROP TRIGGER standard_history_update;
DROP TRIGGER standard_history_delete;
CREATE TRIGGER standard_history_insert AFTER INSERT ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', NEW.code, 'insert', NULL, json_object('code', NEW.code, 'text', NEW.text, 'guidance', NEW.guidance, 'position', NEW.position, 'answerable_anywhere', NEW.answerable_anywhere));
END;
CREATE TRIGGER standard_history_update AFTER UPDATE ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', NEW.code, 'update', json_object('code', OLD.code, 'text', OLD.text, 'guidance', OLD.guidance, 'position', OLD.position, 'answerable_anywhere', OLD.answerable_anywhere), json_object('code', NEW.code, 'text', NEW.text, 'guidance', NEW.guidance, 'position', NEW.position, 'answerable_anywhere', NEW.answerable_anywhere));
END;
CREATE TRIGGER standard_history_delete AFTER DELETE ON standard BEGIN
  INSERT INTO history(at, user, tbl, row_id, operation, old, new)
  VALUES (caseaudit_now(), caseaudit_user(), 'standard', OLD.code, 'delete', json_object('code', OLD.code, 'text', OLD.text, 'guidance', OLD.guidance, 'position', OLD.position, 'answerable_anywhere', OLD.answerable_anywhere), NULL);
END;

-- Every standard's history gets an entry with the new column, so that
-- each row still matches its last entry (history verify); two of them get
-- theirs from the changes below.
UPDATE standard SET answerable_anywhere = 0 WHERE code NOT IN ('NEGLECT', 'CSE-IDENTIFIED');
UPDATE standard SET answerable_anywhere = 1,
  guidance = 'Asked of files flagged neglect; answer it on any file where you find neglect a feature (not met on an unflagged file: neglect present but not identified). Met when neglect is named, its impact on the child assessed (for example with a recognised tool), and the plan addresses it.'
 WHERE code = 'NEGLECT';
UPDATE standard SET answerable_anywhere = 1,
  guidance = 'Asked of files flagged cse or missing; answer it on any file where you find a risk of CSE. Met when the possibility of CSE has been considered, recorded, and acted on.'
 WHERE code = 'CSE-IDENTIFIED';

-- MISSING-RISK applies to children in care who went missing (the plan,
-- Recommendation 9), as MISSING-PLAN already did; answers already given
-- on other files stay as they were recorded.
INSERT INTO standard_status(standard_code, status) VALUES ('MISSING-RISK', 'cic');
UPDATE standard SET text = 'Where a child in care went missing, a risk assessment was completed',
  guidance = 'Applies to children in care flagged missing. Met when a missing-from-care risk assessment is on file and current.'
 WHERE code = 'MISSING-RISK';

-- An audit is recorded once: a second audit of the same case on the same
-- date by the same auditor would count twice in every figure. The
-- program refuses it by name (repo_audit_same); this refuses it for any
-- other writer. Not a unique index: a database recorded before this
-- migration may hold such pairs already (nothing refused them), and a
-- unique index would make it impossible to migrate; they stay, and
-- `sql` finds them (GROUP BY case_id, date, auditor_id HAVING count(*) > 1).
CREATE TRIGGER audit_once BEFORE INSERT ON audit
WHEN EXISTS (SELECT 1 FROM audit WHERE case_id = NEW.case_id AND date = NEW.date AND auditor_id = NEW.auditor_id)
BEGIN SELECT RAISE(ABORT, 'an audit of this case on this date by this auditor is already recorded; an audit is recorded once'); END;
