/* target commands (being written). */
#include "command.h"

const Command cmd_target[] = {
	{NULL, NULL, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL},
};
