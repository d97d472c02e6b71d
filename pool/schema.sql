-- The regional pool: councils' pseudonymised caseaudit exports in one
-- PostgreSQL database, and the measures of caseaudit's compliance table
-- computed over them exactly as caseaudit computes them on one council's
-- file (CONTRACT.md, "The compliance table").
--
-- Versioned like caseaudit's migrations: pool.version holds the layout
-- version of export files this schema accepts (POOL_FORMAT_VERSION in
-- src/pool_export.h). Running this file again on a pool of the same
-- version changes nothing; pool/load refuses an export of another version.
--
-- Everything lives in the schema "pool". Facts are keyed by council; a
-- council's key id (a fingerprint of its pseudonym key, never the key) is
-- recorded on its first load, and a load under another key is refused,
-- since its pseudonyms would not match the ones already held.

SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS pool;

CREATE TABLE IF NOT EXISTS pool.version (
  version integer PRIMARY KEY
);
INSERT INTO pool.version VALUES (1) ON CONFLICT DO NOTHING;

-- The councils of the pool.
CREATE TABLE IF NOT EXISTS pool.council (
  code        text PRIMARY KEY,              -- the council's code (--council)
  key_id      text NOT NULL,                 -- fingerprint of its pseudonym key
  region      text NOT NULL DEFAULT 'all',   -- the group compared as a region
  first_load  timestamptz NOT NULL DEFAULT now()
);

-- Every load, kept: which period of which council, from which manifest.
CREATE TABLE IF NOT EXISTS pool.load (
  id           bigserial PRIMARY KEY,
  council      text NOT NULL REFERENCES pool.council(code),
  period_from  date NOT NULL,
  period_to    date NOT NULL,
  as_at        date NOT NULL,                -- the council's "today" when exported
  manifest_sha text NOT NULL,                -- SHA-256 of manifest.txt
  loaded_at    timestamptz NOT NULL DEFAULT now()
);

-- A council's targets and their dated thresholds (replaced whole by each load).
CREATE TABLE IF NOT EXISTS pool.target (
  council  text NOT NULL REFERENCES pool.council(code),
  code     text NOT NULL,
  measure  text NOT NULL,                    -- standard, mgmt-audits, sup-regular, sup-agreement, sup-trained
  standard text,                             -- the standard, for measure 'standard'
  position integer NOT NULL,
  text     text NOT NULL,
  PRIMARY KEY (council, code)
);
CREATE TABLE IF NOT EXISTS pool.threshold (
  council   text NOT NULL REFERENCES pool.council(code),
  code      text NOT NULL,
  from_date date NOT NULL,                   -- in force from this day on
  threshold numeric NOT NULL,
  PRIMARY KEY (council, code, from_date)
);

-- Teams (by name, or by code with --team-codes) and their service.
CREATE TABLE IF NOT EXISTS pool.team (
  council text NOT NULL REFERENCES pool.council(code),
  team    text NOT NULL,
  service text,
  PRIMARY KEY (council, team)
);

-- Submitted audits dated in a loaded period, with their answers.
CREATE TABLE IF NOT EXISTS pool.audit (
  council text NOT NULL REFERENCES pool.council(code),
  audit   bigint NOT NULL,                   -- the council's audit number
  child   text NOT NULL,                     -- pseudonym of the child's ID
  team    text NOT NULL,                     -- team holding the case on the audit date
  date    date NOT NULL,
  type    text NOT NULL,
  grade   text,
  PRIMARY KEY (council, audit)
);
CREATE INDEX IF NOT EXISTS audit_date ON pool.audit (council, date);
CREATE TABLE IF NOT EXISTS pool.answer (
  council  text NOT NULL,
  audit    bigint NOT NULL,
  standard text NOT NULL,
  result   text NOT NULL CHECK (result IN ('met', 'not-met', 'na')),
  PRIMARY KEY (council, audit, standard),
  FOREIGN KEY (council, audit) REFERENCES pool.audit (council, audit) ON DELETE CASCADE
);

-- Scheduled management audits due in a loaded period, with their outcome
-- as the council's caseaudit judged it on the export's as_at day.
CREATE TABLE IF NOT EXISTS pool.scheduled (
  council    text NOT NULL REFERENCES pool.council(code),
  sample     bigint NOT NULL,
  child      text NOT NULL,
  auditor    text NOT NULL,                  -- pseudonym of the manager
  team       text NOT NULL,                  -- the team it counts for
  drawn_on   date NOT NULL,
  due        date NOT NULL,
  outcome    text NOT NULL CHECK (outcome IN ('on-time', 'late', 'not-done', 'pending', 'withdrawn')),
  audited_on date,
  PRIMARY KEY (council, sample, child)
);
CREATE INDEX IF NOT EXISTS scheduled_due ON pool.scheduled (council, due);

-- Per worker and month: team and role on the month's last day, and the
-- facts the worker targets count.
CREATE TABLE IF NOT EXISTS pool.worker_month (
  council     text NOT NULL REFERENCES pool.council(code),
  worker      text NOT NULL,                 -- pseudonym
  month       date NOT NULL,                 -- its first day
  team        text NOT NULL,
  role        text NOT NULL,
  in_post     boolean NOT NULL,              -- in post on any day of the month
  in_post_end boolean NOT NULL,              -- in post on its last day
  supervised  boolean NOT NULL,              -- at least one supervision in it
  agreement   boolean NOT NULL,              -- agreement dated on or before its last day
  trained     boolean NOT NULL,              -- training dated on or before its last day
  PRIMARY KEY (council, worker, month)
);

-- ---- the arithmetic, as src/stats.c does it ----

-- The 95% Wilson score interval in percent; NULL when d = 0. Written in
-- the same order of operations as stats_wilson, so the doubles agree.
CREATE OR REPLACE FUNCTION pool.wilson(n bigint, d bigint, OUT low double precision, OUT high double precision)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  z  double precision := 1.959963984540054;
  nn double precision;
  p  double precision;
  z2 double precision;
  centre double precision;
  spread double precision;
  scale double precision;
  lo double precision;
  hi double precision;
BEGIN
  IF d <= 0 THEN low := NULL; high := NULL; RETURN; END IF;
  nn := d::double precision;
  p := n::double precision / nn;
  z2 := z * z;
  centre := p + z2 / (2 * nn);
  spread := z * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  scale := 1 + z2 / nn;
  lo := (centre - spread) / scale;
  hi := (centre + spread) / scale;
  IF n <= 0 THEN lo := 0; END IF;
  IF n >= d THEN hi := 1; END IF;
  low := 100 * greatest(lo, 0);
  high := 100 * least(hi, 1);
END $$;

-- green / amber / red / no-data, on the exact fraction against the
-- threshold in hundredths of a point (stats_status).
CREATE OR REPLACE FUNCTION pool.status(n bigint, d bigint, threshold numeric) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN d <= 0 THEN 'no-data'
    WHEN 10000::numeric * n >= round(threshold * 100) * d THEN 'green'
    WHEN 10000::numeric * n >= (round(threshold * 100) - 500) * d THEN 'amber'
    ELSE 'red' END
$$;

-- above / below / inconclusive / none; census for a measure that counts
-- everyone (stats_evidence and the contract's census rule).
CREATE OR REPLACE FUNCTION pool.evidence(n bigint, d bigint, threshold numeric, census boolean) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN d <= 0 THEN 'none'
    WHEN census THEN 'census'
    WHEN (pool.wilson(n, d)).low >= (round(threshold * 100) / 100.0)::double precision THEN 'above'
    WHEN (pool.wilson(n, d)).high < (round(threshold * 100) / 100.0)::double precision THEN 'below'
    ELSE 'inconclusive' END
$$;

-- The measures counted everyone, not a sample.
CREATE OR REPLACE FUNCTION pool.is_census(measure text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT measure IN ('mgmt-audits', 'sup-regular', 'sup-agreement', 'sup-trained')
$$;

-- The threshold of a council's target in force on a day.
CREATE OR REPLACE FUNCTION pool.threshold_on(p_council text, p_code text, p_day date) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT threshold FROM pool.threshold
  WHERE council = p_council AND code = p_code AND from_date <= p_day
  ORDER BY from_date DESC LIMIT 1
$$;

-- ---- the counts ----

-- Counts of every target of every council over a period of whole months
-- [p_from, p_to], grouped by p_by: 'council' (one group), 'team' or
-- 'month'. grp is NULL, the team, or the month's first day.
CREATE OR REPLACE FUNCTION pool.counts(p_from date, p_to date, p_by text)
RETURNS TABLE (council text, grp text, code text, numerator bigint, denominator bigint)
LANGUAGE sql STABLE AS $$
  WITH
  std AS (
    SELECT a.council,
           CASE p_by WHEN 'team' THEN a.team WHEN 'month' THEN to_char(a.date, 'YYYY-MM') END AS grp,
           an.standard, count(*) FILTER (WHERE an.result = 'met') AS n, count(*) AS d
    FROM pool.audit a JOIN pool.answer an ON an.council = a.council AND an.audit = a.audit
    WHERE a.date BETWEEN p_from AND p_to AND an.result IN ('met', 'not-met')
    GROUP BY 1, 2, 3),
  mgmt AS (
    SELECT s.council,
           CASE p_by WHEN 'team' THEN s.team WHEN 'month' THEN to_char(s.due, 'YYYY-MM') END AS grp,
           count(*) FILTER (WHERE s.outcome = 'on-time') AS n,
           count(*) FILTER (WHERE s.outcome IN ('on-time', 'late', 'not-done')) AS d
    FROM pool.scheduled s
    WHERE s.due BETWEEN p_from AND p_to
    GROUP BY 1, 2),
  -- A worker over the period: role and team of its last month; in post
  -- in some month as a social worker or AQW; supervised in every month
  -- in post. By month each month is its own period.
  wk AS (
    SELECT m.council, m.worker,
           CASE WHEN p_by = 'month' THEN m.month END AS month_key,
           (array_agg(m.team ORDER BY m.month DESC))[1] AS team,
           (array_agg(m.role ORDER BY m.month DESC))[1] AS role,
           bool_or(m.in_post) AS in_post,
           bool_and(m.supervised OR NOT m.in_post) AS regular,
           (array_agg(m.in_post_end ORDER BY m.month DESC))[1] AS in_post_end,
           (array_agg(m.agreement ORDER BY m.month DESC))[1] AS agreement,
           (array_agg(m.trained ORDER BY m.month DESC))[1] AS trained
    FROM pool.worker_month m
    WHERE m.month BETWEEN date_trunc('month', p_from)::date AND p_to
    GROUP BY 1, 2, 3),
  wkg AS (
    SELECT wk.*, CASE p_by WHEN 'team' THEN wk.team WHEN 'month' THEN to_char(wk.month_key, 'YYYY-MM') END AS grp
    FROM wk),
  sup AS (
    SELECT council, grp, 'sup-regular' AS measure,
           count(*) FILTER (WHERE regular) AS n, count(*) AS d
    FROM wkg WHERE role IN ('social-worker', 'aqw') AND in_post GROUP BY 1, 2
    UNION ALL
    SELECT council, grp, 'sup-agreement', count(*) FILTER (WHERE agreement), count(*)
    FROM wkg WHERE role IN ('social-worker', 'aqw') AND in_post_end GROUP BY 1, 2
    UNION ALL
    SELECT council, grp, 'sup-trained', count(*) FILTER (WHERE trained), count(*)
    FROM wkg WHERE role IN ('team-manager', 'head-of-service') AND in_post_end GROUP BY 1, 2)
  SELECT t.council, c.grp, t.code, c.n, c.d
  FROM pool.target t
  JOIN (SELECT council, grp, 'standard' AS measure, standard, n, d FROM std
        UNION ALL SELECT council, grp, 'mgmt-audits', NULL, n, d FROM mgmt
        UNION ALL SELECT council, grp, measure, NULL, n, d FROM sup) c
    ON c.council = t.council AND c.measure = t.measure
   AND (t.measure <> 'standard' OR c.standard = t.standard)
$$;

-- The compliance table over a period of whole months, every target of
-- every council, one row per target and group (with every team of the
-- council, or every month of the period, shown with no data when nothing
-- was measured), as `caseaudit compliance` prints it on that council's
-- own file. p_by: 'council', 'team', 'month', or 'region' (councils of a
-- region added together; council is then NULL).
CREATE OR REPLACE FUNCTION pool.compliance(p_from date, p_to date, p_by text DEFAULT 'council')
RETURNS TABLE (region text, council text, grp text, target text, target_position integer,
               numerator bigint, denominator bigint, percent double precision, threshold numeric,
               status text, ci_low double precision, ci_high double precision, evidence text)
LANGUAGE sql STABLE AS $$
  WITH
  groups AS (
    SELECT c.code AS council, NULL::text AS grp FROM pool.council c WHERE p_by IN ('council', 'region')
    UNION ALL
    SELECT tm.council, tm.team FROM pool.team tm WHERE p_by = 'team'
    UNION ALL
    SELECT c.code, to_char(m, 'YYYY-MM')
    FROM pool.council c, generate_series(date_trunc('month', p_from), p_to, interval '1 month') m
    WHERE p_by = 'month'),
  counted AS (
    SELECT * FROM pool.counts(p_from, p_to, CASE WHEN p_by = 'region' THEN 'council' ELSE p_by END)),
  rows AS (
    SELECT cn.region, g.council, g.grp, t.code, t.position, t.measure,
           coalesce(k.numerator, 0) AS n, coalesce(k.denominator, 0) AS d,
           pool.threshold_on(g.council, t.code,
             CASE WHEN p_by = 'month' THEN (to_date(g.grp, 'YYYY-MM') + interval '1 month' - interval '1 day')::date
                  ELSE p_to END) AS threshold
    FROM groups g JOIN pool.council cn ON cn.code = g.council
    JOIN pool.target t ON t.council = g.council
    LEFT JOIN counted k ON k.council = g.council AND k.code = t.code AND k.grp IS NOT DISTINCT FROM g.grp),
  grouped AS (
    SELECT region, CASE WHEN p_by = 'region' THEN NULL ELSE council END AS council, grp, code,
           min(position) AS position, min(measure) AS measure, sum(n)::bigint AS n, sum(d)::bigint AS d,
           min(threshold) AS threshold
    FROM rows GROUP BY 1, 2, 3, 4)
  SELECT region, council, grp, code, position, n, d,
         CASE WHEN d > 0 THEN 100.0::double precision * n / d END,
         threshold, pool.status(n, d, threshold),
         CASE WHEN d > 0 AND NOT pool.is_census(measure) THEN (pool.wilson(n, d)).low END,
         CASE WHEN d > 0 AND NOT pool.is_census(measure) THEN (pool.wilson(n, d)).high END,
         pool.evidence(n, d, threshold, pool.is_census(measure))
  FROM grouped
  ORDER BY region, council, position, grp
$$;

-- Views of the same measures by month, for dashboards: every council,
-- team and month loaded, and the regions.
CREATE OR REPLACE VIEW pool.loaded_months AS
  SELECT min(period_from) AS first, max(period_to) AS last FROM pool.load;
CREATE OR REPLACE VIEW pool.compliance_by_council_month AS
  SELECT c.* FROM pool.loaded_months l, pool.compliance(l.first, l.last, 'month') c;
CREATE OR REPLACE VIEW pool.compliance_by_region AS
  SELECT c.* FROM pool.loaded_months l, pool.compliance(l.first, l.last, 'region') c;
CREATE OR REPLACE VIEW pool.compliance_by_team AS
  SELECT c.* FROM pool.loaded_months l, pool.compliance(l.first, l.last, 'team') c;

-- ---- loading (pool/load calls these inside its one transaction) ----

-- A field caseaudit neutralised for spreadsheets ('=..., '+..., '-...,
-- '@...) back as it was.
CREATE OR REPLACE FUNCTION pool.unquote(s text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s ~ E'^''[=+\\-@\t\r]' THEN substr(s, 2) ELSE s END
$$;

-- Check that a council's period may be loaded and clear what it replaces:
-- the format must be this pool's, a known council must come with the key
-- it was first loaded under; the council's facts in the period are
-- deleted (the load then puts the export's in their place, in the same
-- transaction), and its targets, thresholds and teams replaced whole.
CREATE OR REPLACE FUNCTION pool.begin_load(p_format integer, p_council text, p_key_id text, p_region text,
  p_from date, p_to date, p_as_at date, p_manifest_sha text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  known text;
  supported integer;
BEGIN
  SELECT max(version) INTO supported FROM pool.version;
  IF p_format > supported THEN
    RAISE EXCEPTION 'the export is of format %, newer than this pool''s %: update the pool (psql -f pool/schema.sql) first', p_format, supported;
  ELSIF p_format < supported THEN
    RAISE EXCEPTION 'the export is of format %, older than this pool''s %: export it again with this caseaudit', p_format, supported;
  END IF;
  SELECT key_id INTO known FROM pool.council WHERE code = p_council;
  IF known IS NOT NULL AND known <> p_key_id THEN
    RAISE EXCEPTION 'council % was loaded under key % and this export is under key %: its pseudonyms would not match; export with the council''s key file', p_council, known, p_key_id;
  END IF;
  INSERT INTO pool.council (code, key_id, region) VALUES (p_council, p_key_id, coalesce(p_region, 'all'))
  ON CONFLICT (code) DO UPDATE SET region = coalesce(p_region, pool.council.region);
  DELETE FROM pool.audit WHERE council = p_council AND date BETWEEN p_from AND p_to;
  DELETE FROM pool.scheduled WHERE council = p_council AND due BETWEEN p_from AND p_to;
  DELETE FROM pool.worker_month WHERE council = p_council AND month BETWEEN p_from AND p_to;
  DELETE FROM pool.target WHERE council = p_council;
  DELETE FROM pool.threshold WHERE council = p_council;
  DELETE FROM pool.team WHERE council = p_council;
  DELETE FROM pool.load WHERE council = p_council AND period_from >= p_from AND period_to <= p_to;
  INSERT INTO pool.load (council, period_from, period_to, as_at, manifest_sha)
  VALUES (p_council, p_from, p_to, p_as_at, p_manifest_sha);
END $$;

-- Refuse a file whose rows are not as many as its manifest says.
CREATE OR REPLACE FUNCTION pool.check_rows(p_file text, p_expected bigint, p_got bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF p_expected <> p_got THEN
    RAISE EXCEPTION '% holds % rows where its manifest says %', p_file, p_got, p_expected;
  END IF;
END $$;
