# target list and target set: the action plan's targets, their
# thresholds, and changing one (recorded in the history).
$ caseaudit -c "target list"
code               threshold  from  measure        text           source
-----------------  ---------  ----  -------------  -------------  --------------
MGMT-AUDITS               80        mgmt-audits    Managers com…  Recommendatio…
SUP-REGULAR               90        sup-regular    Social worke…  Recommendatio…
SUPERVISION               80        standard       Supervision …  Recommendatio…
SUP-AGREEMENT             90        sup-agreement  Workers have…  Recommendatio…
SUP-TRAINED               90        sup-trained    Managers rec…  Recommendatio…
CHRON                     85        standard       Case files a…  Recommendatio…
ANALYSIS                  85        standard       Assessments …  Recommendatio…
PLAN                      85        standard       Plans are ou…  Recommendatio…
NEGLECT                   85        standard       Where neglec…  Recommendatio…
CSE-IDENTIFIED            85        standard       Potential ri…  Recommendatio…
CSE-ASSESSED              90        standard       Where CSE is…  Recommendatio…
CSE-PLAN                  80        standard       Where CSE is…  Recommendatio…
MISSING-INTERVIEW         85        standard       Return inter…  Recommendatio…
MISSING-RISK              85        standard       Where a chil…  Recommendatio…
MISSING-PLAN              85        standard       Where a chil…  Recommendatio…
IHA                       95        standard       Initial heal…  Recommendatio…
PATHWAY                   85        standard       Young people…  Recommendatio…
VOICE                     85        standard       The child's …  003 areas for…
DECISIONS                 80        standard       The rational…  003 areas for…
$ caseaudit --mode csv -c "target list"
code,threshold,from,measure,text,source^M
MGMT-AUDITS,80,,mgmt-audits,Managers complete their scheduled management audits,"Recommendation 2 (004 lines 2600, 2746)"^M
SUP-REGULAR,90,,sup-regular,Social workers receive regular casework supervision,Recommendation 4 (004 line 3154)^M
SUPERVISION,80,,standard,Supervision is delivered consistently and standards are met in cases sampled,Recommendation 4 (004 line 3158)^M
SUP-AGREEMENT,90,,sup-agreement,Workers have a supervision agreement in place,Recommendation 4 (004 line 3165)^M
SUP-TRAINED,90,,sup-trained,Managers receive training in supervision skills,Recommendation 4 (004 line 3168)^M
CHRON,85,,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
ANALYSIS,85,,standard,"Assessments show clear, child-centred analysis of need and risk informed by chronologies",Recommendation 5 (004 line 3485)^M
PLAN,85,,standard,Plans are outcome focused and include SMART targets,Recommendation 6 (004 line 3739)^M
NEGLECT,85,,standard,"Where neglect is a feature, it is identified and addressed",Recommendation 7 (004 line 4093)^M
CSE-IDENTIFIED,85,,standard,Potential risk of CSE is identified and responded to in relevant files,Recommendation 8 (004 line 4437)^M
CSE-ASSESSED,90,,standard,"Where CSE is a potential risk, the risk assessment is completed and has influenced the plan",Recommendation 8 (004 line 4446)^M
CSE-PLAN,80,,standard,"Where CSE is a risk, plans identify it and include measurable targets",Recommendation 8 (004 line 4459)^M
MISSING-INTERVIEW,85,,standard,Return interviews took place within 72 hours,Recommendation 9 (004 line 4765)^M
MISSING-RISK,85,,standard,"Where a child in care went missing, a risk assessment was completed",Recommendation 9 (004 line 4775)^M
MISSING-PLAN,85,,standard,"Where a child in care went missing, the care plan was updated to address the risks",Recommendation 9 (004 line 4783)^M
IHA,95,,standard,Initial health assessment completed within 28 days of coming into care,Recommendation 11 (004 line 5227)^M
PATHWAY,85,,standard,Young people participate effectively in developing their pathway plans,Recommendation 17 (004 line 6455)^M
VOICE,85,,standard,The child's views and wishes inform assessment and planning,003 areas for improvement; 004 line 3709 (local default: no figure published)^M
DECISIONS,80,,standard,The rationale for managers' decisions is clearly recorded,003 areas for improvement (local default: no figure published)^M
$ caseaudit --mode json -c "target list"
[
 {"code": "MGMT-AUDITS", "threshold": 80, "from": null, "measure": "mgmt-audits", "text": "Managers complete their scheduled management audits", "source": "Recommendation 2 (004 lines 2600, 2746)"},
 {"code": "SUP-REGULAR", "threshold": 90, "from": null, "measure": "sup-regular", "text": "Social workers receive regular casework supervision", "source": "Recommendation 4 (004 line 3154)"},
 {"code": "SUPERVISION", "threshold": 80, "from": null, "measure": "standard", "text": "Supervision is delivered consistently and standards are met in cases sampled", "source": "Recommendation 4 (004 line 3158)"},
 {"code": "SUP-AGREEMENT", "threshold": 90, "from": null, "measure": "sup-agreement", "text": "Workers have a supervision agreement in place", "source": "Recommendation 4 (004 line 3165)"},
 {"code": "SUP-TRAINED", "threshold": 90, "from": null, "measure": "sup-trained", "text": "Managers receive training in supervision skills", "source": "Recommendation 4 (004 line 3168)"},
 {"code": "CHRON", "threshold": 85, "from": null, "measure": "standard", "text": "Case files audited include a chronology that meets required standards", "source": "Recommendation 5 (004 line 3474)"},
 {"code": "ANALYSIS", "threshold": 85, "from": null, "measure": "standard", "text": "Assessments show clear, child-centred analysis of need and risk informed by chronologies", "source": "Recommendation 5 (004 line 3485)"},
 {"code": "PLAN", "threshold": 85, "from": null, "measure": "standard", "text": "Plans are outcome focused and include SMART targets", "source": "Recommendation 6 (004 line 3739)"},
 {"code": "NEGLECT", "threshold": 85, "from": null, "measure": "standard", "text": "Where neglect is a feature, it is identified and addressed", "source": "Recommendation 7 (004 line 4093)"},
 {"code": "CSE-IDENTIFIED", "threshold": 85, "from": null, "measure": "standard", "text": "Potential risk of CSE is identified and responded to in relevant files", "source": "Recommendation 8 (004 line 4437)"},
 {"code": "CSE-ASSESSED", "threshold": 90, "from": null, "measure": "standard", "text": "Where CSE is a potential risk, the risk assessment is completed and has influenced the plan", "source": "Recommendation 8 (004 line 4446)"},
 {"code": "CSE-PLAN", "threshold": 80, "from": null, "measure": "standard", "text": "Where CSE is a risk, plans identify it and include measurable targets", "source": "Recommendation 8 (004 line 4459)"},
 {"code": "MISSING-INTERVIEW", "threshold": 85, "from": null, "measure": "standard", "text": "Return interviews took place within 72 hours", "source": "Recommendation 9 (004 line 4765)"},
 {"code": "MISSING-RISK", "threshold": 85, "from": null, "measure": "standard", "text": "Where a child in care went missing, a risk assessment was completed", "source": "Recommendation 9 (004 line 4775)"},
 {"code": "MISSING-PLAN", "threshold": 85, "from": null, "measure": "standard", "text": "Where a child in care went missing, the care plan was updated to address the risks", "source": "Recommendation 9 (004 line 4783)"},
 {"code": "IHA", "threshold": 95, "from": null, "measure": "standard", "text": "Initial health assessment completed within 28 days of coming into care", "source": "Recommendation 11 (004 line 5227)"},
 {"code": "PATHWAY", "threshold": 85, "from": null, "measure": "standard", "text": "Young people participate effectively in developing their pathway plans", "source": "Recommendation 17 (004 line 6455)"},
 {"code": "VOICE", "threshold": 85, "from": null, "measure": "standard", "text": "The child's views and wishes inform assessment and planning", "source": "003 areas for improvement; 004 line 3709 (local default: no figure published)"},
 {"code": "DECISIONS", "threshold": 80, "from": null, "measure": "standard", "text": "The rationale for managers' decisions is clearly recorded", "source": "003 areas for improvement (local default: no figure published)"}
]
$ # A new threshold: whole or with up to two decimal places, 0 to 100; the
$ # code in any case. The note is for people; csv and json print nothing.
$ caseaudit -c "target set CHRON --threshold 90"
CHRON: threshold 90% from 2016-11-30 on, was 85%; earlier periods keep theirs.
$ caseaudit -c "target set mgmt-audits --threshold=87.5"
MGMT-AUDITS: threshold 87.5% from 2016-11-30 on, was 80%; earlier periods keep theirs.
$ caseaudit --mode csv -c "target set IHA --threshold 0"
$ caseaudit --mode json -c "target set VOICE --threshold 100"
$ caseaudit --mode csv -c "target list" | grep -E '^(CHRON|MGMT-AUDITS|IHA|VOICE),'
MGMT-AUDITS,87.5,2016-11-30,mgmt-audits,Managers complete their scheduled management audits,"Recommendation 2 (004 lines 2600, 2746)"^M
CHRON,90,2016-11-30,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
IHA,0,2016-11-30,standard,Initial health assessment completed within 28 days of coming into care,Recommendation 11 (004 line 5227)^M
VOICE,100,2016-11-30,standard,The child's views and wishes inform assessment and planning,003 areas for improvement; 004 line 3709 (local default: no figure published)^M
$ caseaudit --mode csv -c "compliance --target CHRON"
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,0,0,,90,no-data,,,none,2016-10-01,2016-10-31^M
$ # The history keeps each change with who made it.
$ caseaudit --mode csv <<'EOF'
> sql "SELECT user, operation, row_id AS target, json_extract(old, '$.threshold') AS old, json_extract(new, '$.threshold') AS new FROM history WHERE tbl = 'target_threshold' ORDER BY id"
> EOF
user,operation,target,old,new^M
tester,insert,CHRON/2016-11-30,,90^M
tester,insert,MGMT-AUDITS/2016-11-30,,87.5^M
tester,insert,IHA/2016-11-30,,0^M
tester,insert,VOICE/2016-11-30,,100^M
$ # Refusals change nothing.
$ caseaudit -c "target set CHRON --threshold 101"
! error: --threshold 101 is out of range; expected a percentage from 0 to 100
? 1
$ caseaudit -c "target set CHRON --threshold -1"
! error: --threshold -1 is out of range; expected a percentage from 0 to 100
? 1
$ caseaudit -c "target set CHRON --threshold 85.125"
! error: --threshold 85.125 has more than two decimal places; thresholds are kept to hundredths of a point
? 1
$ caseaudit -c "target set CHRON --threshold ninety"
! error: --threshold 'ninety' is not a number; expected a percentage from 0 to 100, e.g. 85 or 87.5
? 1
$ caseaudit -c "target set CHRON --threshold 1e2"
! error: --threshold '1e2' is not a number; expected a percentage from 0 to 100, e.g. 85 or 87.5
? 1
$ caseaudit -c "target set CHRON --threshold ''"
! error: --threshold '' is not a number; expected a percentage from 0 to 100, e.g. 85 or 87.5
? 1
$ caseaudit -c "target set CHRON"
! error: target set needs --threshold PERCENT, e.g. target set CHRON --threshold 90
? 1
$ caseaudit -c "target set CHRONO --threshold 90"
! error: unknown target 'CHRONO'; 'target list' shows the targets
? 1
$ caseaudit -c "target set --threshold 90"
! error: target set: missing argument; usage: target set CODE --threshold PERCENT [--from DATE]
? 1
$ caseaudit -c "target set CHRON --threshold"
! error: --threshold needs a value (PERCENT)
? 1
$ caseaudit -c "target set CHRON PLAN --threshold 90"
! error: target set: unexpected argument 'PLAN'; usage: target set CODE --threshold PERCENT [--from DATE]
? 1
$ caseaudit --mode csv -c "target list" | grep -E '^CHRON,'
CHRON,90,2016-11-30,standard,Case files audited include a chronology that meets required standards,Recommendation 5 (004 line 3474)^M
