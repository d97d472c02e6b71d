-- The reference: the benchmark rows in a minimal plain schema, for the
-- sqlite3 shell. bench/run compares caseaudit against it, side by side.
--
-- Plain tables loaded with .import, names as text, no checks, triggers or
-- history. It has the keys and the one index its queries need (the same
-- shapes caseaudit uses for answers and audit dates), so that the
-- comparison measures what caseaudit adds, not a missing index.
--
-- Load: cd into a data directory written by bench/generate.py, then
--   sqlite3 ref.db < reference.sql        (schema and the rows other than audits)
--   sqlite3 ref.db < reference_audits.sql (the audits and their answers: timed)

CREATE TABLE team (name TEXT PRIMARY KEY, service TEXT);
CREATE TABLE worker (name TEXT PRIMARY KEY, team TEXT, role TEXT, started TEXT,
                     left_on TEXT, agreement TEXT, trained TEXT);
CREATE TABLE case_file (ref TEXT PRIMARY KEY, team TEXT, worker TEXT, status TEXT,
                        opened TEXT, flags TEXT);
CREATE TABLE supervision (worker TEXT, supervisor TEXT, date TEXT);
-- The audit-standard targets of caseaudit's built-in list, in its order.
CREATE TABLE target (code TEXT PRIMARY KEY, standard TEXT, threshold REAL, position INTEGER);
-- One row per audit; team is the team holding the case on the audit date.
CREATE TABLE audit (id INTEGER PRIMARY KEY, case_ref TEXT, team TEXT, auditor TEXT,
                    date TEXT, type TEXT, grade TEXT, submitted INTEGER);
CREATE INDEX audit_date ON audit(date);
-- One row per answer: met, not-met or na.
CREATE TABLE answer (audit_id INTEGER, standard TEXT, result TEXT,
                     PRIMARY KEY (audit_id, standard)) WITHOUT ROWID;

.import --csv --skip 1 ref_teams.csv team
.import --csv --skip 1 ref_workers.csv worker
.import --csv --skip 1 ref_cases.csv case_file
.import --csv --skip 1 ref_supervision.csv supervision
.import --csv --skip 1 ref_targets.csv target
