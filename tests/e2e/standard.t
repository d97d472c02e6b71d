# standard list: the practice standards in audit order, with the files
# each applies to.
$ caseaudit -c "standard list"
code               text                           applies_to
-----------------  -----------------------------  ------------------------------
CHRON              The case file includes a chr…  all case files
ANALYSIS           Assessments show clear, chil…  all case files
PLAN               Plans are outcome focused an…  all case files
VOICE              The child's views and wishes…  all case files
DECISIONS          The rationale for managers' …  all case files
SUPERVISION        Supervision is delivered con…  all case files
NEGLECT            Where neglect is a feature, …  case files flagged neglect; a…
CSE-IDENTIFIED     Potential risk of child sexu…  case files flagged cse or mis…
CSE-ASSESSED       Where CSE is a potential ris…  case files flagged cse
CSE-PLAN           Where CSE is a risk, plans i…  case files flagged cse
MISSING-INTERVIEW  Return interviews took place…  case files flagged missing
MISSING-RISK       Where a child in care went m…  children in care (cic) flagge…
MISSING-PLAN       Where a child in care went m…  children in care (cic) flagge…
IHA                Initial health assessment co…  children in care (cic)
PATHWAY            The young person participate…  care leavers (care-leaver)
$ caseaudit --mode csv -c "standard list"
code,text,applies_to^M
CHRON,The case file includes a chronology that meets required standards,all case files^M
ANALYSIS,"Assessments show clear, child-centred analysis of need and risk informed by the chronology",all case files^M
PLAN,Plans are outcome focused and include SMART targets,all case files^M
VOICE,The child's views and wishes inform assessment and planning,all case files^M
DECISIONS,The rationale for managers' decisions is clearly recorded,all case files^M
SUPERVISION,Supervision is delivered consistently and standards are met in the case sampled,all case files^M
NEGLECT,"Where neglect is a feature, it is identified and addressed",case files flagged neglect; answerable on any file^M
CSE-IDENTIFIED,Potential risk of child sexual exploitation is identified and responded to,case files flagged cse or missing; answerable on any file^M
CSE-ASSESSED,"Where CSE is a potential risk, the risk assessment is completed and has influenced the plan",case files flagged cse^M
CSE-PLAN,"Where CSE is a risk, plans identify it and include measurable targets",case files flagged cse^M
MISSING-INTERVIEW,Return interviews took place within 72 hours of each missing episode,case files flagged missing^M
MISSING-RISK,"Where a child in care went missing, a risk assessment was completed",children in care (cic) flagged missing^M
MISSING-PLAN,"Where a child in care went missing, the care plan was updated to address the risks",children in care (cic) flagged missing^M
IHA,Initial health assessment completed within 28 days of coming into care,children in care (cic)^M
PATHWAY,The young person participated effectively in developing their pathway plan,care leavers (care-leaver)^M
$ caseaudit --mode json -c "standard list"
[
 {"code": "CHRON", "text": "The case file includes a chronology that meets required standards", "applies_to": "all case files"},
 {"code": "ANALYSIS", "text": "Assessments show clear, child-centred analysis of need and risk informed by the chronology", "applies_to": "all case files"},
 {"code": "PLAN", "text": "Plans are outcome focused and include SMART targets", "applies_to": "all case files"},
 {"code": "VOICE", "text": "The child's views and wishes inform assessment and planning", "applies_to": "all case files"},
 {"code": "DECISIONS", "text": "The rationale for managers' decisions is clearly recorded", "applies_to": "all case files"},
 {"code": "SUPERVISION", "text": "Supervision is delivered consistently and standards are met in the case sampled", "applies_to": "all case files"},
 {"code": "NEGLECT", "text": "Where neglect is a feature, it is identified and addressed", "applies_to": "case files flagged neglect; answerable on any file"},
 {"code": "CSE-IDENTIFIED", "text": "Potential risk of child sexual exploitation is identified and responded to", "applies_to": "case files flagged cse or missing; answerable on any file"},
 {"code": "CSE-ASSESSED", "text": "Where CSE is a potential risk, the risk assessment is completed and has influenced the plan", "applies_to": "case files flagged cse"},
 {"code": "CSE-PLAN", "text": "Where CSE is a risk, plans identify it and include measurable targets", "applies_to": "case files flagged cse"},
 {"code": "MISSING-INTERVIEW", "text": "Return interviews took place within 72 hours of each missing episode", "applies_to": "case files flagged missing"},
 {"code": "MISSING-RISK", "text": "Where a child in care went missing, a risk assessment was completed", "applies_to": "children in care (cic) flagged missing"},
 {"code": "MISSING-PLAN", "text": "Where a child in care went missing, the care plan was updated to address the risks", "applies_to": "children in care (cic) flagged missing"},
 {"code": "IHA", "text": "Initial health assessment completed within 28 days of coming into care", "applies_to": "children in care (cic)"},
 {"code": "PATHWAY", "text": "The young person participated effectively in developing their pathway plan", "applies_to": "care leavers (care-leaver)"}
]
$ caseaudit -c "standard list --all"
! error: unknown option --all for 'standard list'; it takes no options
? 1
$ caseaudit -c "standard"
! error: standard needs a subcommand: list, add, retire
? 1
