-- 0008: thresholds are dated. An action plan sets trajectories ("Sept 2016
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
