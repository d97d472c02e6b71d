/* worker add, worker set, worker list. */
#include <stdlib.h>

#include "command.h"
#include "repo.h"
#include "util.h"

/* Check the option values by their option names, so the message says which
 * option was wrong; the repository checks the rest. */
static int read_fields(const Args *a, WorkerFields *f, char **cause)
{
	f->name = args_get(a, "name");
	f->team = args_get(a, "team");
	f->role = args_get(a, "role");
	f->started = args_get(a, "started");
	f->left = args_get(a, "left");
	f->agreement = args_get(a, "agreement");
	f->trained = args_get(a, "trained");
	if (check_enum("--role", f->role, ROLES, cause) != 0 || check_date("--started", f->started, cause) != 0 ||
	    check_date("--left", f->left, cause) != 0 || check_date("--agreement", f->agreement, cause) != 0 ||
	    check_date("--trained", f->trained, cause) != 0)
		return -1;
	return 0;
}

static int worker_add(App *app, const Args *a, char **cause)
{
	WorkerFields f;
	if (read_fields(a, &f, cause) != 0)
		return -1;
	if (args_require(a, "team", cause) != 0 || args_require(a, "role", cause) != 0)
		return -1;
	return repo_worker_add(app->db, a->pos[0], &f, cause);
}

static int worker_set(App *app, const Args *a, char **cause)
{
	WorkerFields f;
	if (read_fields(a, &f, cause) != 0)
		return -1;
	return repo_worker_set(app->db, a->pos[0], &f, cause);
}

static int worker_list(App *app, const Args *a, char **cause)
{
	Sink *sink = output_sink(&app->out);
	return output_sink_close(sink, repo_worker_list(app->db, args_get(a, "team"), sink, cause));
}

static const Arg add_args[] = {
	ARG_POS("NAME", KIND_TEXT),
	ARG_NEEDS("team", "TEAM", KIND_TEAM),
	ARG_NEEDS("role", "ROLE", KIND_ROLE),
	ARG_OPT("started", "DATE", KIND_DATE),
	ARG_OPT("left", "DATE", KIND_DATE),
	ARG_OPT("agreement", "DATE", KIND_DATE),
	ARG_OPT("trained", "DATE", KIND_DATE),
	ARGS_END,
};
static const Arg set_args[] = {
	ARG_POS("NAME", KIND_WORKER),
	ARG_OPT("team", "TEAM", KIND_TEAM),
	ARG_OPT("role", "ROLE", KIND_ROLE),
	ARG_OPT("left", "DATE", KIND_DATE),
	ARG_OPT("agreement", "DATE", KIND_DATE),
	ARG_OPT("trained", "DATE", KIND_DATE),
	ARG_OPT("started", "DATE", KIND_DATE),
	ARG_OPT("name", "NAME", KIND_TEXT),
	ARGS_END,
};
static const Arg list_args[] = {ARG_OPT("team", "TEAM", KIND_TEAM), ARGS_END};

const Command cmd_worker[] = {
	{"worker", "add", add_args, CMD_WRITE,
	 "add a practitioner or manager",
	 "Adds a worker to a team. Names are unique, ignoring case; quote names\n"
	 "with spaces. The dates decide the supervision targets: a worker is in\n"
	 "post from --started (no date: always) to --left (no date: still in post).\n"
	 "  --team TEAM        the worker's team (required)\n"
	 "  --role ROLE        (required) social-worker, aqw (alternatively\n"
	 "                     qualified worker), team-manager, head-of-service,\n"
	 "                     senior-manager (assistant or service director), iro,\n"
	 "                     qa-officer, partner (another agency's practitioner,\n"
	 "                     for multi-agency audits); managers are team-manager,\n"
	 "                     head-of-service and senior-manager\n"
	 "  --started DATE     first day in post\n"
	 "  --left DATE        last day in post (not before --started)\n"
	 "  --agreement DATE   supervision agreement signed (SUP-AGREEMENT)\n"
	 "  --trained DATE     supervision-skills training completed (SUP-TRAINED)\n\n"
	 "example: worker add \"Jane Smith\" --team \"Assessment Team 1\" --role social-worker --started 2015-04-01\n",
	 worker_add},
	{"worker", "set", set_args, CMD_WRITE,
	 "change a worker's team, role or dates",
	 "Changes the fields given and leaves the others as they are. The dates\n"
	 "in post must still cover every supervision the worker gave or received.\n"
	 "  --team TEAM        move the worker to another team\n"
	 "  --role ROLE        {ROLES}\n"
	 "  --left DATE        last day in post\n"
	 "  --agreement DATE   supervision agreement signed\n"
	 "  --trained DATE     supervision-skills training completed\n"
	 "  --started DATE     first day in post (to correct it)\n"
	 "  --name NAME        a new name (unique, ignoring case)\n\n"
	 "example: worker set \"Jane Smith\" --agreement 2016-05-10\n",
	 worker_set},
	{"worker", "list", list_args, 0,
	 "list workers with their dates, caseload and last supervision",
	 "Lists workers by name: team, role, the dates in post, supervision\n"
	 "agreement and training, open cases allocated, and the date of their\n"
	 "last supervision.\n"
	 "  --team TEAM   only the workers of this team\n\n"
	 "example: worker list --team \"Assessment Team 1\"\n",
	 worker_list},
	{NULL, NULL, NULL, 0, NULL, NULL, NULL},
};
