/* export pool: a council's pseudonymised facts for a regional pool. The
 * work is pool_export.c's; this file reads the options and prints. */
#include <string.h>

#include "command.h"
#include "period.h"
#include "pool_export.h"
#include "util.h"

static int export_pool(App *app, const Args *a, char **cause)
{
	PoolExportRequest r = {0};
	r.folder = a->pos[0];
	r.council = args_get(a, "council");
	r.key_file = args_get(a, "key-file");
	r.team_codes = args_has(a, "team-codes");
	if (r.council == NULL)
		return failure(cause, "export pool needs --council CODE (the council's code, such as its ONS code)");
	if (r.key_file == NULL)
		return failure(cause, "export pool needs --key-file FILE (the council's pseudonym key; created on first use)");
	if (period_parse(args_get(a, "from"), args_get(a, "to"), args_get(a, "month"), args_get(a, "quarter"),
	                 args_get(a, "year"), &r.period, cause) != 0)
		return -1;
	PoolExportResult res;
	if (pool_export(app->db, &r, &res, cause) != 0)
		return -1;
	if (res.key_created)
		output_note(&app->out, "created the key file %s (key %s): keep it safe and private; every export of "
		            "this council must use it", r.key_file, res.key_id);
	long long audits = 0, answers = 0;
	for (int i = 0; i < POOL_FILES; i++) {
		if (res.names[i] && strcmp(res.names[i], "audits.csv") == 0)
			audits = res.rows[i];
		if (res.names[i] && strcmp(res.names[i], "answers.csv") == 0)
			answers = res.rows[i];
	}
	output_note(&app->out, "exported %s to %s: %s to %s, %lld audits, %lld answers, key %s", r.council, r.folder,
	            res.period.from, res.period.to, audits, answers, res.key_id);
	return 0;
}

static const Arg pool_args[] = {
	ARG_POS("FOLDER", KIND_FILE),
	ARG_PERIOD,
	ARG_NEEDS("council", "CODE", KIND_TEXT),
	ARG_NEEDS("key-file", "FILE", KIND_FILE),
	ARG_SWITCH("team-codes"),
	ARGS_END,
};

const Command cmd_export[] = {
	{"export", "pool", pool_args, 0,
	 "pseudonymised facts for a regional pool of councils (PostgreSQL)",
	 "Writes into the new folder FOLDER what a regional QA consortium's pooled\n"
	 "measures need for the period (whole months; no period: from the first\n"
	 "month with a record to the last complete month), as CSV files described\n"
	 "in pool/README.md, with a manifest (manifest.txt) giving the council, the\n"
	 "period, each file's rows and SHA-256. No child's ID, worker's name, note\n"
	 "or action leaves: child IDs and workers are replaced by HMAC-SHA256\n"
	 "pseudonyms under the council's key, which stays with the council, so the\n"
	 "same child keeps one pseudonym from one export to the next and nobody\n"
	 "without the key can reverse or recompute it. pool/load loads the folder\n"
	 "into the consortium's PostgreSQL database.\n"
	 "\n"
	 "  --council CODE     the council's code (letters, digits, hyphens)\n"
	 "  --key-file FILE    the council's key: created (0600) when missing;\n"
	 "                     refused when others can read it\n"
	 "  --team-codes       teams as codes derived under the key, not names\n"
	 "  --from DATE --to DATE | --month YYYY-MM | --quarter YYYY-QN or\n"
	 "  YYYY/YY-QN | --year YYYY or YYYY/YY (financial: April to March)\n"
	 "\n"
	 "example: export pool /secure/pool-2016-17 --year 2016/17 --council E09000001 --key-file /secure/pool.key\n",
	 export_pool},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
