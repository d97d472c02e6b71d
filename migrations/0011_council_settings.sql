-- 0011: the council's settings, beginning with its time zone.
--
-- Dates of changes and "today" are the council's calendar, whatever the
-- machine that records them: a case moved at 23:30 UTC on a summer day
-- was moved on the next day in London. The database holds the zone
-- (default Europe/London, the zone of an English council); caseaudit
-- reads it when it opens the database and takes its dates in it
-- (clock_set_zone in src/util.c). `council set --time-zone ZONE` changes
-- it, checked against the machine's zoneinfo, and the change is recorded
-- in the history like any other.
--
-- A table of named settings rather than a column: other council-wide
-- values (a report's protective marking, say) can be kept beside it
-- without a new table each.
CREATE TABLE setting (
  name  TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

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

INSERT INTO setting(name, value) VALUES ('time-zone', 'Europe/London');
