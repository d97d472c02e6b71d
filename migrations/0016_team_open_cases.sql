-- 0016: each team's number of open case files, kept by triggers.
-- `team list` counted them at each listing: at 250,000 case files that
-- read the whole open range of case_file_team, 9 ms of the 12 ms the
-- command took. The count is derived data kept next to what it counts,
-- not a record of its own: it has no history triggers (the case files'
-- history says what happened). Bulk loading switches triggers off only
-- for audits (repo_audit_recorder_new), never for case files.
CREATE TABLE team_open_cases (
  team_id INTEGER PRIMARY KEY REFERENCES team(id), -- the team
  open    INTEGER NOT NULL CHECK (open >= 0)        -- its case files with no closed date
) STRICT;
INSERT INTO team_open_cases(team_id, open)
  SELECT t.id, (SELECT count(*) FROM case_file c WHERE c.team_id = t.id AND c.closed IS NULL) FROM team t;
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
