/* backup FILE: a consistent copy of the database while others go on working. */
#include "backup.h"
#include "command.h"

static int backup_command(App *app, const Args *a, char **cause)
{
	BackupResult r;
	if (backup_run(app->db, a->pos[0], &r, cause) != 0)
		return -1;
	output_note(&app->out, "backed up %s to %s: %lld pages, %lld KiB, checked", app->db_path ? app->db_path : "the database",
	            a->pos[0], r.pages, (r.bytes + 1023) / 1024);
	output_note(&app->out, "history: %lld entr%s, head sha256 %s", r.history_entries,
	            r.history_entries == 1 ? "y" : "ies", r.history_head[0] ? r.history_head : "none");
	return 0;
}

static const Arg backup_args[] = {ARG_POS("FILE", KIND_FILE), ARGS_END};

const Command cmd_backup[] = {
	/* CMD_NO_TX: the backup API reads the database in steps of its own,
	 * between which other sessions may write; a transaction held around it
	 * would pin one snapshot and keep the WAL from being checkpointed. */
	{"backup", NULL, backup_args, CMD_NO_TX,
	 "copy the database, consistently, to a new file",
	 "Copies the whole database (cases, audits, history) to FILE while other\n"
	 "people may go on recording: the copy is consistent, as it was at one\n"
	 "moment. FILE must not exist yet; it is created readable by you only\n"
	 "(0600). The copy is made under a new hidden name beside FILE (.FILE.\n"
	 "and six random characters) and checked, and only then named FILE, so a\n"
	 "backup cut short never leaves a FILE that looks whole.\n"
	 "The copy is an ordinary caseaudit database: open it with caseaudit\n"
	 "FILE. To restore it, when nobody is using the database, move the\n"
	 "database and any -wal and -shm files beside it away, and put the copy\n"
	 "in its place. It prints the copy's history head (the number of entries\n"
	 "and the newest one's hash): keep it with the copy, and 'history verify\n"
	 "--head HASH' shows later whether the history up to it is unchanged.\n\n"
	 "example: backup /secure/backups/caseaudit-2016-11-30.db\n",
	 backup_command},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
