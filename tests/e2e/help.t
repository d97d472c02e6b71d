# help: the list of commands, help NOUN, help NOUN VERB for every command
# (a usage line, what it does and an example each), and caseaudit --help.
$ caseaudit -c help
Commands (help COMMAND for details):
  team add               add a social-work team
  team list              list teams with their workers and open cases
  worker add             add a practitioner or manager
  worker set             change a worker's team, role or dates
  worker list            list workers with their dates, caseload and last supervision
  case add               add a case file
  case set               change a case's team, worker, status or flags
  case close             close a case
  case show              show a case: details, flags, audits, open actions
  case list              list cases
  chron add              add an event to a case's chronology
  chron list             list a case's chronology in date order
  supervision add        record a supervision session
  supervision list       list supervision sessions
  audit add              record an audit of a case file, with its answers
  audit start            audit a case file step by step
  audit answer           answer one standard of a draft audit
  audit grade            grade a draft audit
  audit submit           submit a draft audit, which then cannot change
  audit moderate         review a submitted audit's grade
  audit show             show an audit with its answers and actions
  audit list             list audits
  action add             set a follow-up action on an audit
  action done            mark an action done, with what was done
  action check           record a manager's check that a done action worked
  action list            list actions, soonest due first
  action show            show an action: what was done and whether it worked
  action summary         count open, overdue and unchecked actions by owner or team
  feedback add           record that an audit was discussed with the case's worker
  feedback list          list feedback given, or audits still owed it
  reaudit list           list audits whose file must be re-audited, and whether it was in time
  reaudit compare        a re-audit's answers beside the audit it follows
  reaudit rule           show or set within how many months a file so graded is re-audited
  reaudit figure         REAUDIT: the share of files graded inadequate re-audited in time
  sample draw            draw a random dip sample of a team's open cases and schedule their audits
  sample list            list samples, their cases and whether each was audited on time
  sample withdraw        withdraw a scheduled audit that is no longer wanted, with a reason
  sample size            how many case files to audit to tell whether practice meets a target
  standard list          list the practice standards audits judge
  standard add           add a standard of the council's own
  standard retire        stop asking a standard the council added
  theme add              add a theme: a named set of standards for themed audits
  theme list             list the themes and their standards
  target list            list the action-plan targets and their thresholds
  target set             change a target's threshold from a date on
  target add             add a target of the council's own on a standard
  compliance             how far practice meets each action-plan target
  report html            write the committee report as one HTML file
  import cases           add and update case files from a CSV file
  import audits          record past audits from a CSV file
  export pool            pseudonymised facts for a regional pool of councils (PostgreSQL)
  backup                 copy the database, consistently, to a new file
  history                list every recorded change
  history verify         prove that nothing changed the history
  sql                    run one read-only SQL statement
  council show           show the council's settings: its time zone
  council set            set the council's time zone
  help                   list the commands, or explain one
Dot-commands: .mode table|csv|json, .output [FILE], .pager on|off, .read FILE, .help, .quit
(In the interactive session a list longer than the terminal goes through $PAGER,
default less -FRX; .pager off or CASEAUDIT_PAGER=off turns that off.)
$ # Every command in the list has help with "usage: COMMAND", a line saying
> # what it does, and at least one "example:"; the loop fails loudly (and
> # names the command) when one does not, in every output mode.
$ caseaudit -c help | sed -n 's/^  \([a-z]\+\)\( [a-z]\+\)\?  .*/\1\2/p' > commands.txt; wc -l < commands.txt
> for mode in table csv json; do
>   while read -r cmd; do
>     out=$(caseaudit --mode $mode -c "help $cmd" < /dev/null) || { echo "FAIL: help $cmd exits $?"; continue; }
>     echo "$out" | head -1 | grep -q "^usage: $cmd\( \|$\)" || echo "FAIL: help $cmd ($mode) has no usage line"
>     test "$(echo "$out" | sed -n '/^$/{n;p;q;}')" != "" || echo "FAIL: help $cmd ($mode) does not say what it does"
>     echo "$out" | grep -q "^example: $cmd" || echo "FAIL: help $cmd ($mode) has no example"
>   done < commands.txt
> done; echo checked
58
checked
$ # help NOUN lists the verbs of a noun; help NOUN VERB and help with a
> # unique prefix explain one.
$ caseaudit -c "help audit"
audit add              record an audit of a case file, with its answers
audit start            audit a case file step by step
audit answer           answer one standard of a draft audit
audit grade            grade a draft audit
audit submit           submit a draft audit, which then cannot change
audit moderate         review a submitted audit's grade
audit show             show an audit with its answers and actions
audit list             list audits
$ caseaudit -c "help worker"
worker add             add a practitioner or manager
worker set             change a worker's team, role or dates
worker list            list workers with their dates, caseload and last supervision
$ caseaudit -c "help team add"
usage: team add NAME [--service SERVICE]

add a social-work team
Adds a team. Names are unique, ignoring case; quote names with spaces.
  --service SERVICE   the service the team belongs to

example: team add "Assessment Team 1" --service "Children in Need"

$ caseaudit -c "help te li"
usage: team list

list teams with their workers and open cases
Lists every team: its service, the workers in post and the open cases.

example: team list

$ caseaudit -c "help compliance" | head -3
usage: compliance [--from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN | --quarter YYYY/YY-QN | --year YYYY[/YY]] [--team TEAM] [--target CODE] [--type TYPE] [--by team|month|service] [--detail [--failing]]

how far practice meets each action-plan target
$ caseaudit -c ".help" | diff - <(caseaudit -c help) && echo .help is help
.help is help
$ # Unknown and ambiguous names.
$ caseaudit -c "help nothing"
! error: unknown command: nothing; type 'help' for the list of commands
? 1
$ caseaudit -c "help team nothing"
! error: unknown command: team nothing; type 'help team' for its commands
? 1
$ caseaudit -c "help a"
audit add              record an audit of a case file, with its answers
audit start            audit a case file step by step
audit answer           answer one standard of a draft audit
audit grade            grade a draft audit
audit submit           submit a draft audit, which then cannot change
audit moderate         review a submitted audit's grade
audit show             show an audit with its answers and actions
audit list             list audits
action add             set a follow-up action on an audit
action done            mark an action done, with what was done
action check           record a manager's check that a done action worked
action list            list actions, soonest due first
action show            show an action: what was done and whether it worked
action summary         count open, overdue and unchecked actions by owner or team
$ caseaudit -c "help team add extra"
! error: help: unexpected argument 'extra'; usage: help [NOUN [VERB]]
? 1
$ # The program's own help.
$ caseaudit --help
usage: caseaudit [OPTIONS] [DATABASE]

Log case-file audits and supervision, and check practice against the
targets of the improvement plan. DATABASE defaults to caseaudit.db.

  -c COMMAND              run COMMAND and exit (may be repeated)
  -f FILE                 run the commands in FILE and exit
  --mode table|csv|json   output mode (default: table)
  --user NAME             who is recording (default: $CASEAUDIT_USER, then $USER)
  --bail                  stop at the first failing command
  --help                  show this help and exit
  --version               show the version and exit

With no -c or -f, commands are read from standard input when it is not a
terminal; otherwise an interactive session starts (type 'help'). Errors
go to standard error as 'error: MESSAGE', with 'line N: ' when reading a
file or standard input; a failed command changes nothing.

Exit status: 0 every command succeeded; 1 a command failed (the others
still ran, unless --bail); 2 bad options, an unreadable -f FILE, or a
database that cannot be opened or migrated.
$ caseaudit --help | head -1
usage: caseaudit [OPTIONS] [DATABASE]
