-- 0021: themes kept (issue 17). A themed audit records the theme it
-- asked (audit add --theme, audit start --theme), so audit show and audit
-- list name it and its answers stay within the theme's standards; a
-- themed sample records its theme, the draw it was made in (a draw across
-- a service or every team makes one sample per team, from one seed), and
-- the cohort it was drawn from. A themed sample's audits are not
-- management dip-sample audits: MGMT-AUDITS does not count them
-- (DOMAIN.md: "scheduled dip-sample audits"), and they are fulfilled by a
-- submitted audit of the same theme.
CREATE TABLE audit_theme (
  audit_id INTEGER PRIMARY KEY REFERENCES audit(id), -- a themed audit
  theme    TEXT NOT NULL REFERENCES theme(name)       -- the theme whose standards it asks
) STRICT;
CREATE INDEX audit_theme_theme ON audit_theme(theme);
CREATE TABLE sample_theme (
  sample_id INTEGER PRIMARY KEY REFERENCES sample(id), -- a themed sample
  theme     TEXT NOT NULL REFERENCES theme(name),       -- the theme its audits ask
  draw_id   INTEGER NOT NULL REFERENCES sample(id),     -- the draw it was made in: the first sample of that draw
  scope     TEXT NOT NULL CHECK (length(scope) > 0),    -- what was drawn across: 'team', 'service NAME' or 'all teams'
  status    TEXT,                                       -- only files of this status; NULL: any
  flags     TEXT                                        -- only files flagged any of these (comma separated); NULL: any
) STRICT;
CREATE INDEX sample_theme_draw ON sample_theme(draw_id);
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
