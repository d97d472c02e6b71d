# The demo council loads cleanly (the README's run command depends on it)
# and gives the figures a newcomer sees first.
$ CASEAUDIT_USER=demo caseaudit --bail -f "$SOURCE_DIR/demo/demo.caseaudit" demo.db > /dev/null
$ caseaudit --mode csv -c "compliance --quarter 2016-Q3 --target CHRON" -c "compliance --quarter 2016-Q3 --target MGMT-AUDITS" demo.db
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence^M
CHRON,37,42,88.1,85,green,75.0,94.8,inconclusive^M
target,numerator,denominator,percent,threshold,status,ci_low,ci_high,evidence^M
MGMT-AUDITS,37,48,77.1,80,amber,63.5,86.7,inconclusive^M
