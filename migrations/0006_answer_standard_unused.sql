-- 0006: drop the answer_standard index, which no query uses.
-- Every compliance query reaches answers through the audits of the period
-- (audit_date, then the answer table's own key, audit_id first), as
-- tests/check_query_plan.c shows; no other query looks answers up by
-- standard. The index was a second copy of every answer: 30% of the
-- answers' space and of the cost of writing them (0.4 s of a 50,000-audit
-- import). Standards are never deleted, so no foreign-key check needs it.
DROP INDEX answer_standard;
