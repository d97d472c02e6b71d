# The demo council loads cleanly (the README's run command depends on it)
# and gives the figures a newcomer sees first.
$ CASEAUDIT_USER=demo caseaudit --bail -f "$SOURCE_DIR/demo/demo.caseaudit" demo.db > /dev/null
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --quarter 2016-Q3 --target MGMT-AUDITS" demo.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,37,42,88.1,85,green,75.0,94.8,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,37,48,77.1,80,amber,,,census,2016-07-01,2016-09-30^M
$ # A financial quarter, census rows and the exceptions behind a figure.
$ caseaudit -c "compliance --quarter 2016/17-Q2 --target SUP-REGULAR" -c "compliance --quarter 2016/17-Q2 --target CHRON --detail --failing" demo.db
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-REGULAR         18           30     60.0         90  red                      census
Period: 2016/17-Q2 (2016-07-01 to 2016-09-30).
audit  case     team                   auditor        date        result   note  type
-----  -------  ---------------------  -------------  ----------  -------  ----  ----------
   84  C107280  Children in Care Team  Zoe Khan       2016-07-06  not-met        dip-sample
   91  C108235  Leaving Care Team      Kieran Patel   2016-07-09  not-met        dip-sample
  106  C104827  Assessment Team        Ethan Roberts  2016-09-10  not-met        dip-sample
  112  C106897  Children in Care Team  Zoe Khan       2016-09-19  not-met        dip-sample
  107  C105763  Child Protection Team  Laura Quinn    2016-09-21  not-met        dip-sample
Period: 2016/17-Q2 (2016-07-01 to 2016-09-30).
$ caseaudit --mode csv -c "compliance --quarter 2016/17-Q2 --target MGMT-AUDITS --detail --failing" demo.db | head -4
sample,case,auditor,due,status,team,drawn_on,audit,audit_date,withdrawn_reason^M
29,C104894,Ethan Roberts,2016-07-25,late,Assessment Team,2016-07-02,78,2016-07-28,^M
33,C104952,Ethan Roberts,2016-08-25,not-done,Assessment Team,2016-08-02,,,^M
33,C105267,Ethan Roberts,2016-08-25,not-done,Assessment Team,2016-08-02,,,^M