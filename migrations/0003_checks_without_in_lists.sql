-- 0003: the same CHECK constraints, written as comparisons joined by OR
-- instead of IN lists. Why: SQLite checks "x IN ('a','b','c')" (three
-- values or more) by building a temporary table of the values each time a
-- statement runs, and each time a trigger fires; every audit answer and
-- every history row paid for one (about a third of the CPU time of
-- `import audits`; bench/ measures it). "x = 'a' OR x = 'b' OR x = 'c'" is
-- the same constraint, checked with plain comparisons.
--
-- The rows already stored satisfy the new constraints (they are the same
-- constraints), so the definitions are edited in place: the procedure
-- SQLite documents for changing CHECK constraints (lang_altertable.html,
-- "Making Other Kinds Of Table Schema Changes"), with no table rebuilt and
-- no row copied. RESET reloads the schema on this connection; another
-- connection that still holds the old definitions enforces the same rules.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (role IN (''social-worker'',''aqw'',''team-manager'',''head-of-service'',''iro''))',
  'CHECK (role = ''social-worker'' OR role = ''aqw'' OR role = ''team-manager'' OR role = ''head-of-service'' OR role = ''iro'')')
 WHERE type = 'table' AND name = 'worker';

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (status IN (''early-help'',''cin'',''cp'',''cic'',''care-leaver''))',
  'CHECK (status = ''early-help'' OR status = ''cin'' OR status = ''cp'' OR status = ''cic'' OR status = ''care-leaver'')')
 WHERE type = 'table' AND name IN ('case_file', 'standard_status');

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (flag IN (''neglect'',''cse'',''missing'',''domestic-abuse''))',
  'CHECK (flag = ''neglect'' OR flag = ''cse'' OR flag = ''missing'' OR flag = ''domestic-abuse'')')
 WHERE type = 'table' AND name IN ('case_flag', 'standard_flag');

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (measure IN (''standard'',''mgmt-audits'',''sup-regular'',''sup-agreement'',''sup-trained''))',
  'CHECK (measure = ''standard'' OR measure = ''mgmt-audits'' OR measure = ''sup-regular'' OR measure = ''sup-agreement'' OR measure = ''sup-trained'')')
 WHERE type = 'table' AND name = 'target';

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (type IN (''dip-sample'',''themed'',''multi-agency''))',
  'CHECK (type = ''dip-sample'' OR type = ''themed'' OR type = ''multi-agency'')')
 WHERE type = 'table' AND name = 'audit';

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (grade IN (''outstanding'',''good'',''requires-improvement'',''inadequate''))',
  'CHECK (grade = ''outstanding'' OR grade = ''good'' OR grade = ''requires-improvement'' OR grade = ''inadequate'')')
 WHERE type = 'table' AND name IN ('audit', 'moderation');

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (result IN (''met'',''not-met'',''na''))',
  'CHECK (result = ''met'' OR result = ''not-met'' OR result = ''na'')')
 WHERE type = 'table' AND name = 'answer';

UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (operation IN (''insert'',''update'',''delete''))',
  'CHECK (operation = ''insert'' OR operation = ''update'' OR operation = ''delete'')')
 WHERE type = 'table' AND name = 'history';

PRAGMA writable_schema = RESET;
