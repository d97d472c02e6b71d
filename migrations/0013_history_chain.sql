-- 0013: a tamper-evident history, and who ran caseaudit.
-- Triggers refuse changes to the history made through caseaudit and through
-- any program that leaves triggers on, but the file's owner can switch
-- triggers off (the sqlite3 shell's `.dbconfig enable_trigger off`) and
-- rewrite it. So each entry now carries a SHA-256 hash of the entry before
-- it and of its own contents (when, who, the operating-system account,
-- table, row, operation, old, new): change, remove, reorder or insert one
-- and the chain breaks there, which `history verify` finds
-- (src/history_chain.c says exactly what is hashed).
--
-- account: the operating-system account that ran caseaudit, beside the
-- --user name (which is whatever the person typed). NULL for entries made
-- before this migration: nobody recorded it then.
-- hash: the entry's SHA-256 (32 bytes).
ALTER TABLE history ADD COLUMN account TEXT;
ALTER TABLE history ADD COLUMN hash BLOB;

-- One mechanism on the history table seals every entry, whichever trigger
-- wrote it: the triggers of each table (those of tables added later too)
-- go on inserting what they always did, and this one fills in the account
-- and the hash, which caseaudit_chain() works out (it carries the previous
-- entry's hash in memory, so sealing costs no look-up). caseaudit writes
-- the hash itself where it writes history with the triggers off (import
-- audits), and then this trigger has nothing to do.
CREATE TRIGGER history_seal AFTER INSERT ON history WHEN NEW.hash IS NULL BEGIN
  UPDATE history SET account = coalesce(NEW.account, caseaudit_account()),
                     hash = caseaudit_chain(NEW.id, NEW.at, NEW.user, coalesce(NEW.account, caseaudit_account()),
                                            NEW.tbl, NEW.row_id, NEW.operation, NEW.old, NEW.new)
   WHERE id = NEW.id;
END;

-- An entry's contents can still never be changed; its account and hash
-- can be filled in once, by caseaudit (caseaudit_user() exists only there,
-- so any other program is refused, as by history_no_replace).
DROP TRIGGER history_no_update;
CREATE TRIGGER history_no_update BEFORE UPDATE OF id, at, user, tbl, row_id, operation, old, new ON history
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;
CREATE TRIGGER history_seal_once BEFORE UPDATE OF account, hash ON history
WHEN OLD.hash IS NOT NULL OR caseaudit_user() IS NULL
BEGIN SELECT RAISE(ABORT, 'the change history cannot be altered'); END;

-- The entries made until now are chained here, oldest first (the table is
-- read in id order, and caseaudit_chain() carries each hash to the next).
UPDATE history SET hash = caseaudit_chain(id, at, user, account, tbl, row_id, operation, old, new);
