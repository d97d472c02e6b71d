/* standard commands (being written). */
#include "command.h"

const Command cmd_standard[] = {
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
