-- 0004: the change history can be neither overwritten nor forged.
-- INSERT OR REPLACE INTO history with the id of an existing entry replaced
-- that entry: REPLACE deletes the old row without firing
-- history_no_delete (delete triggers fire for REPLACE only when
-- recursive_triggers is on). And any program could add entries of its own.
-- Now an insert that would replace an entry is refused, and so is every
-- insert made outside caseaudit: the guard calls caseaudit_user(), which
-- only caseaudit registers (as with the history triggers of the other
-- tables), so anywhere else the insert fails with "no such function".
CREATE TRIGGER history_no_replace BEFORE INSERT ON history
WHEN caseaudit_user() IS NULL OR EXISTS (SELECT 1 FROM history WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;
