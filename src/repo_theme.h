/* Themes (repo_theme.c): named sets of standards for themed audits. Part
 * of the repository layer: see repo.h. */
#ifndef CASEAUDIT_REPO_THEME_H
#define CASEAUDIT_REPO_THEME_H

#include "db.h"
#include "table.h"

/* Add theme name (unique ignoring case) made of the standards codes
 * (typed in any case; the same one twice counts once): each must be a
 * standard in use, neither unknown nor retired; at least one. Added on day.
 * Refused with nothing changed otherwise. */
int repo_theme_add(Db *db, const char *name, const char *const *codes, int ncodes, const char *day, char **cause);

/* The themes by name: name, standards (their codes in audit order, comma
 * separated), added. */
int repo_theme_list(Db *db, Sink *sink, char **cause);

/* The theme's name as stored, for name typed in any case; out holds 128
 * bytes. -1 with a cause naming `theme list` when there is none. */
int repo_theme_name(Db *db, const char *name, char out[128], char **cause);

/* Which case files a theme needs: those at least one of its standards in
 * use is asked of (domain_standard_asked), so a themed sample draws none
 * that the theme's audit would leave unasked, and skips none it needs. */
typedef struct ThemeFit ThemeFit;
ThemeFit *repo_theme_fit_new(Db *db, const char *theme, char **cause);
/* status: the case's status; flags: its flags, space separated (NULL:
 * none). 1 when the theme needs the file; 0 when not or when a value is
 * one the lists of domain.c lack. */
int repo_theme_fit_needs(const ThemeFit *fit, const char *status, const char *flags);
void repo_theme_fit_free(ThemeFit *fit);

#endif
