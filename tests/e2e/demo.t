# The demo council loads cleanly (the README's run command depends on it)
# and gives the figures a newcomer sees first.
$ CASEAUDIT_USER=demo caseaudit --bail -f "$SOURCE_DIR/demo/demo.caseaudit" demo.db > /dev/null
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --quarter 2016-Q3 --target MGMT-AUDITS" demo.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,40,46,87.0,85,green,74.3,93.9,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,34,48,70.8,80,red,,,census,2016-07-01,2016-09-30^M
$ # A financial quarter, census rows and the exceptions behind a figure.
$ caseaudit -c "compliance --quarter 2016/17-Q2 --target SUP-REGULAR" -c "compliance --quarter 2016/17-Q2 --target CHRON --detail --failing" demo.db
target       numerator  denominator  percent  threshold  status  ci_low  ci_high  evidence
-----------  ---------  -----------  -------  ---------  ------  ------  -------  --------
SUP-REGULAR         17           30     56.7         90  red                      census
Period: 2016/17-Q2 (2016-07-01 to 2016-09-30).
audit  case     team                   auditor        date        result   note  type
-----  -------  ---------------------  -------------  ----------  -------  ----  ----------
   80  C104544  Assessment Team        Ethan Roberts  2016-07-06  not-met        dip-sample
   85  C107022  Children in Care Team  Zoe Khan       2016-07-22  not-met        dip-sample
  101  C107138  Children in Care Team  Zoe Khan       2016-08-10  not-met        dip-sample
  102  C108100  Leaving Care Team      Kieran Patel   2016-08-23  not-met        dip-sample
  106  C105145  Assessment Team        Ethan Roberts  2016-09-08  not-met        dip-sample
  105  C104565  Assessment Team        Ethan Roberts  2016-09-15  not-met        dip-sample
Period: 2016/17-Q2 (2016-07-01 to 2016-09-30).
$ caseaudit --mode csv -c "compliance --quarter 2016/17-Q2 --target MGMT-AUDITS --detail --failing" demo.db | head -4
sample,case,auditor,due,status,team,drawn_on,audit,audit_date,withdrawn_reason^M
29,C104827,Ethan Roberts,2016-07-25,late,Assessment Team,2016-07-02,79,2016-07-30,^M
30,C106115,Laura Quinn,2016-07-25,not-done,Child Protection Team,2016-07-02,,,^M
30,C105872,Laura Quinn,2016-07-25,late,Child Protection Team,2016-07-02,83,2016-07-28,^M
