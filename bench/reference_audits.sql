-- The reference load that bench/run times against caseaudit's: the same
-- audits and answers, .import'ed into the plain tables of reference.sql.
.import --csv --skip 1 ref_audits.csv audit
.import --csv --skip 1 ref_answers.csv answer
