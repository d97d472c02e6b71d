-- 0020: standards and targets the council adds (issue 17). The standards
-- and targets of 0002 are built in (added IS NULL): never retired nor
-- removed. A council standard can be retired: kept, with its answers, for
-- past audits and their figures, but no longer asked by audit start nor
-- accepted in new answers (answerable_anywhere, from 0010, says whether
-- met / not-met is accepted on any case file). The new columns are NULL on the
-- rows there are now, so each row still matches its last history entry
-- (json_extract of a key it lacks is NULL) and the migration writes none.
ALTER TABLE standard ADD COLUMN added TEXT CHECK (added IS NULL OR added = date(added, '+0 days'));
ALTER TABLE standard ADD COLUMN retired TEXT CHECK (retired IS NULL OR (added IS NOT NULL AND retired = date(retired, '+0 days')));
ALTER TABLE target ADD COLUMN added TEXT CHECK (added IS NULL OR added = date(added, '+0 days'));
-- The history triggers, with the new columns (tools/history_triggers.py).
DROP TRIGGER standard_history_insert;
DROP TRIGGER standard_history_update;
DROP TRIGGER standard_history_delete;
DROP TRIGGER target_history_insert;
DROP TRIGGER target_history_update;
DROP TRIGGER target_history_delete;
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
-- Built-in standards and targets (added IS NULL) stay as they are (migrations/0020).
CREATE TRIGGER standard_builtin_delete BEFORE DELETE ON standard WHEN OLD.added IS NULL
BEGIN SELECT RAISE(ABORT, 'a built-in standard cannot be removed'); END;
CREATE TRIGGER standard_builtin_update BEFORE UPDATE OF added ON standard WHEN OLD.added IS NOT NEW.added
BEGIN SELECT RAISE(ABORT, 'the day a standard was added cannot be changed'); END;
CREATE TRIGGER target_builtin_delete BEFORE DELETE ON target WHEN OLD.added IS NULL
BEGIN SELECT RAISE(ABORT, 'a built-in target cannot be removed'); END;
CREATE TRIGGER target_builtin_update BEFORE UPDATE OF added ON target WHEN OLD.added IS NOT NEW.added
BEGIN SELECT RAISE(ABORT, 'the day a target was added cannot be changed'); END;
-- Themes: a named set of standards (a themed audit of a cohort: CSE in
-- August 2016, chronologies in January 2016). `audit start --theme`
-- asks only the theme's standards among those that apply to the case.
CREATE TABLE theme (
  name  TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0), -- e.g. 'CSE 2016'; unique ignoring case
  added TEXT NOT NULL CHECK (added = date(added, '+0 days'))             -- the day it was added
) STRICT, WITHOUT ROWID;
CREATE TABLE theme_standard (
  theme         TEXT NOT NULL REFERENCES theme(name),     -- the theme
  standard_code TEXT NOT NULL REFERENCES standard(code),  -- one of its standards
  PRIMARY KEY (theme, standard_code)
) STRICT, WITHOUT ROWID;
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
