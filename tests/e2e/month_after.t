# A month after the audit, on the demo council (README: "A month after the
# audit: the learning loop" shows these commands and their output): the
# feedback owed, an action done with evidence and checked, a file graded
# inadequate re-audited with the change per standard, REAUDIT, the council's
# own standard and the CSE theme, and a service-wide CSE sample.
$ CASEAUDIT_USER=demo caseaudit --bail -f "$SOURCE_DIR/demo/demo.caseaudit" caseaudit.db > /dev/null
$ # Feedback: the audits not yet discussed with the worker, oldest first.
$ caseaudit -c "feedback list --outstanding --team 'Child Protection Team'"
audit  date        case     team             worker          auditor        days
-----  ----------  -------  ---------------  --------------  -------------  ----
  150  2016-04-10  C106107  Child Protecti…  Jack Baker      Laura Quinn     234
  153  2016-06-03  C105892  Child Protecti…  Zoe Fletcher    Laura Quinn     180
   69  2016-06-07  C105512  Child Protecti…  Zoe Fletcher    Laura Quinn     176
  166  2016-06-09  C105372  Child Protecti…  Oliver Roberts  Marion Okafor   174
  167  2016-06-09  C106042  Child Protecti…  Chloe Shaw      Marion Okafor   174
  163  2016-06-10  C105920  Child Protecti…  Oliver Roberts  Marion Okafor   173
  162  2016-06-11  C106017  Child Protecti…  Ellie Ahmed     Marion Okafor   172
  164  2016-06-11  C106299  Child Protecti…  Kate Green      Marion Okafor   172
  165  2016-06-26  C106051  Child Protecti…  Zoe Fletcher    Marion Okafor   157
   94  2016-08-21  C106482  Child Protecti…  Mohammed Lewis  Laura Quinn     101
  126  2016-10-14  C106447  Child Protecti…  Oliver Roberts  Laura Quinn      47
  138  2016-11-04  C105648  Child Protecti…  Chloe Shaw      Laura Quinn      26
  141  2016-11-04  C105350  Child Protecti…  Mohammed Lewis  Laura Quinn      26
  140  2016-11-10  C106380  Child Protecti…  Ellie Ahmed     Laura Quinn      20
  139  2016-11-22  C106083  Child Protecti…  Chloe Shaw      Laura Quinn       8
$ caseaudit -c "feedback add 139 --by 'Laura Quinn' --date 2016-11-29 --response 'Agreed; will update the plan'"
$ caseaudit -c "feedback list --outstanding --team 'Child Protection Team'" | wc -l
16
$ # The action that audit set: done, with what was done, then checked.
$ caseaudit -c "action list --audit 139"
id   audit  case     owner       due         done  status  checked  text
---  -----  -------  ----------  ----------  ----  ------  -------  ------------
123    139  C106083  Chloe Shaw  2016-12-20        open             Bring plan …
$ caseaudit -c "action done 123 --date 2016-11-29 --evidence 'Plan rewritten with SMART outcomes at the core group'"
$ caseaudit -c "action check 123 --by 'Laura Quinn' --date 2016-11-30 --effective --note 'Seen on the file'"
$ caseaudit -c "action show 123"
id          123
audit       139
case        C106083
team        Child Protection Team
owner       Chloe Shaw
due         2016-12-20
done        2016-11-29
status      done
text        Bring plan up to standard on C106083
evidence    Plan rewritten with SMART outcomes at the core group
checked     effective
checked_by  Laura Quinn
checked_on  2016-11-30
check_note  Seen on the file
$ caseaudit -c "action summary --by team"
who                    open  overdue  unchecked  effective  not_effective
---------------------  ----  -------  ---------  ---------  -------------
Leaving Care Team        12       10          9         15              3
Assessment Team          10        7         13         15              2
Children in Care Team     8        6          2          6              6
Child Protection Team     4        3          8         12              4
$ # Files graded inadequate and not re-audited in time.
$ caseaudit -c "reaudit list --overdue" | head -4
audit  date        case     team          grade         due         reaudit  reaudit_date  status
-----  ----------  -------  ------------  ------------  ----------  -------  ------------  -------
   25  2016-02-06  C108195  Leaving Car…  inadequate    2016-05-06                         overdue
    6  2015-12-05  C107294  Children in…  requires-im…  2016-06-05                         overdue
$ caseaudit -c "audit add C108195 --date 2016-11-29 --auditor 'Kieran Patel' --grade good --submit --follows 25 CHRON=met ANALYSIS=met PLAN=met VOICE=not-met DECISIONS=met SUPERVISION=met PATHWAY=met"
173
$ caseaudit -c "audit show 173" | grep -E '^(reaudit_of|grade|status) '
grade            good
status           submitted
reaudit_of       audit 25 (2016-02-06, inadequate)
$ caseaudit -c "audit show 173" | sed -n '/^then_and_now/,$p'
then_and_now:
standard     then     now      change    then_note  now_note
-----------  -------  -------  --------  ---------  --------
CHRON        not-met  met      improved             
ANALYSIS     met      met      same                 
PLAN         not-met  met      improved             
VOICE        not-met  not-met  same                 
DECISIONS    met      met      same                 
SUPERVISION  not-met  met      improved             
PATHWAY      met      met      same                 
$ caseaudit -c "audit show 25" | grep '^reaudited_by'
reaudited_by     audit 173 (2016-11-29, good)
$ caseaudit -c "reaudit figure --by team"
target   team          numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-------  ------------  ---------  -----------  -------  ---------  ------  ------  -------  --------
REAUDIT  Assessment …          1            2     50.0        100  red                      census
REAUDIT  Child Prote…          2            2    100.0        100  green                    census
REAUDIT  Children in…          1            2     50.0        100  red                      census
REAUDIT  Leaving Car…          2            4     50.0        100  red                      census
REAUDIT: files graded inadequate whose re-audit fell due at any time, re-audited by then; a census (every such file counted, no interval).
$ # The council's own standard, and the CSE theme of June 2016.
$ caseaudit -c "standard list" | tail -1
CSE-SAFETY         A safety plan addresses the …  case files flagged cse
$ caseaudit -c "theme list"
name           standards                                        added
-------------  -----------------------------------------------  ----------
CSE June 2016  CSE-IDENTIFIED,CSE-ASSESSED,CSE-PLAN,CSE-SAFETY  2016-11-30
$ caseaudit -c "audit list --from 2016-06-01 --to 2016-06-05"
id   date        case     team          auditor       grade  status     moderated  theme
---  ----------  -------  ------------  ------------  -----  ---------  ---------  ------------
153  2016-06-03  C105892  Child Prote…  Laura Quinn   good   submitted             
 66  2016-06-04  C106215  Child Prote…  Laura Quinn   good   submitted             
 68  2016-06-04  C105854  Child Prote…  Laura Quinn   good   submitted             
157  2016-06-05  C104618  Assessment …  Marion Okaf…         submitted             CSE June 20…
$ caseaudit -c "compliance --quarter 2016-Q2 --type themed --target CSE-ASSESSED"
target        numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
------------  ---------  -----------  -------  ---------  ------  ------  -------  ------------
CSE-ASSESSED         15           17     88.2         90  amber     65.7     96.7  inconclusive
Period: 2016-Q2 (2016-04-01 to 2016-06-30).
Audit standards count themed audits only.
$ # The CSE sample of June across the service: one sample per team, by draw.
$ caseaudit -c "sample list --theme 'CSE June 2016' --team 'Leaving Care Team'"
sample  team          auditor       drawn_on    due         case     audit  audit_date  audited  withdrawn  reason  draw  theme
------  ------------  ------------  ----------  ----------  -------  -----  ----------  -------  ---------  ------  ----  ------------
    52  Leaving Car…  Marion Okaf…  2016-06-01  2016-06-24  C108235    169  2016-06-26  late                          49  CSE June 20…
    52  Leaving Car…  Marion Okaf…  2016-06-01  2016-06-24  C108168    170  2016-06-13  on-time                       49  CSE June 20…
    52  Leaving Car…  Marion Okaf…  2016-06-01  2016-06-24  C108406    171  2016-06-10  on-time                       49  CSE June 20…
    52  Leaving Car…  Marion Okaf…  2016-06-01  2016-06-24  C108053    172  2016-06-12  on-time                       49  CSE June 20…
$ # December's CSE theme: every open file flagged cse, in every team, for
$ # the QA officer; themed samples count nowhere in MGMT-AUDITS.
$ caseaudit -c "theme add 'CSE December 2016' CSE-IDENTIFIED CSE-ASSESSED CSE-PLAN CSE-SAFETY"
theme 'CSE December 2016' added: 'audit start CASE --theme "CSE December 2016"' asks only its standards.
$ caseaudit -c "sample draw --theme 'CSE December 2016' --all-teams --flag cse --auditor 'Marion Okafor' --due 2016-12-23 --seed 42" | head -8
themed draw 53, theme 'CSE December 2016' (seed 42): drew 23 of 23 eligible open files flagged cse in all teams, 4 samples (one per team); audits due 2016-12-23, by Marion Okafor
left out of 224 open files: 201 not flagged cse
sample  team          position  case     status       flags         worker        last_audited
------  ------------  --------  -------  -----------  ------------  ------------  ------------
    53  Assessment …         1  C104751  cin          cse,domesti…  Ethan Walsh   2016-06-26
    53  Assessment …         2  C104633  cin          cse           Ethan Walsh   2016-11-11
    53  Assessment …         3  C104800  cin          cse,neglect   Aaron Clarke  
    53  Assessment …         4  C104894  cin          cse,domesti…  Liam Hughes   2016-06-11
$ caseaudit -c "sample list --themed" | tail -2
    56  Leaving Car…  Marion Okaf…  2016-11-30  2016-12-23  C108053                     pending                        53  CSE Decembe…
    56  Leaving Car…  Marion Okaf…  2016-11-30  2016-12-23  C108532                     pending                        53  CSE Decembe…
$ caseaudit -c "compliance --target MGMT-AUDITS --quarter 2016-Q2"
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
MGMT-AUDITS         32           48     66.7         80  red                      census
Period: 2016-Q2 (2016-04-01 to 2016-06-30).
$ # The README's walk-through is this transcript, line for line.
$ sed -n '/^<!-- month_after.t -->$/,/^<!-- end month_after.t -->$/p' "$SOURCE_DIR/README.md" | sed '1,2d;$d' | sed '$d' > readme.txt; sed -n '/^\$ # Feedback/,/^\$ # The README/p' "$SOURCE_DIR/tests/e2e/month_after.t" | sed '$d' | grep -v '^$' | diff - readme.txt && echo in step
in step
