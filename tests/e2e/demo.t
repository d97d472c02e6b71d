# The demo council loads cleanly (the README's run command depends on it)
# and gives the figures a newcomer sees first.
$ CASEAUDIT_USER=demo caseaudit --bail -f "$SOURCE_DIR/demo/demo.caseaudit" demo.db > /dev/null
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --quarter 2016-Q3 --target MGMT-AUDITS" demo.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
CHRON,37,43,86.0,85,green,72.7,93.4,inconclusive,2016-07-01,2016-09-30^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence,period_from,period_to^M
MGMT-AUDITS,34,48,70.8,80,red,,,census,2016-07-01,2016-09-30^M
