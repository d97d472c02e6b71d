/* The files rule (CONTRACT.md): every file caseaudit writes is made as a
 * private temporary file beside its target and renamed into place whole. */
#include "safefile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

struct SafeFile {
	char *path;  /* the target, as given */
	char *temp;  /* the temporary file beside it */
	FILE *fp;
	int err;     /* errno of the first failed write seen, 0 for none */
};

int safefile_check_target(const char *path, char **cause)
{
	struct stat st;
	if (path == NULL || *path == '\0')
		return failure(cause, "the file name is empty; give a file name");
	if (lstat(path, &st) != 0)
		return 0; /* a new file; a missing folder shows when the temporary file is made */
	if (S_ISLNK(st.st_mode))
		return failure(cause, "%s is a symbolic link; caseaudit never writes through one: give the real file's name",
		               path);
	if (S_ISDIR(st.st_mode))
		return failure(cause, "%s is a folder; give a file name", path);
	if (!S_ISREG(st.st_mode))
		return failure(cause, "%s is not a regular file (a device, a pipe or a socket); give a file name", path);
	return 0;
}

/* FOLDER/.NAME.XXXXXX for mkstemp. A relative name begins ./ so that
 * SQLite never takes one beginning with "file:" for a URI (backup). */
static char *temp_template(const char *path)
{
	const char *dot = path[0] == '/' ? "" : "./";
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		return xprintf("./.%s.XXXXXX", path);
	return xprintf("%s%.*s/.%s.XXXXXX", dot, (int)(slash - path), path, slash + 1);
}

/* An empty private file under an unpredictable new name: mkstemp opens
 * with O_CREAT | O_EXCL, so nothing planted there (a symbolic link among
 * them) is ever opened. */
static int make_temp(const char *path, char **temp, char **cause)
{
	*temp = temp_template(path);
	int fd = mkstemp(*temp);
	if (fd < 0) {
		int err = errno;
		free(*temp);
		*temp = NULL;
		return failure(cause, "cannot write %s: %s", path, strerror(err));
	}
	if (fchmod(fd, 0600) != 0) {
		int err = errno;
		close(fd);
		unlink(*temp);
		free(*temp);
		*temp = NULL;
		return failure(cause, "cannot make the file for %s private: %s", path, strerror(err));
	}
	return fd;
}

SafeFile *safefile_open(const char *path, char **cause)
{
	if (safefile_check_target(path, cause) != 0)
		return NULL;
	char *temp = NULL;
	int fd = make_temp(path, &temp, cause);
	if (fd < 0)
		return NULL;
	FILE *fp = fdopen(fd, "w");
	if (fp == NULL) {
		int err = errno;
		close(fd);
		unlink(temp);
		free(temp);
		failure(cause, "cannot write %s: %s", path, strerror(err));
		return NULL;
	}
	SafeFile *f = xcalloc(1, sizeof *f);
	f->path = xstrdup(path);
	f->temp = temp;
	f->fp = fp;
	return f;
}

FILE *safefile_stream(SafeFile *f)
{
	return f->fp;
}

const char *safefile_path(const SafeFile *f)
{
	return f->path;
}

int safefile_failed(SafeFile *f, int *err)
{
	if (f->err == 0 && (fflush(f->fp) != 0 || ferror(f->fp)))
		f->err = errno ? errno : EIO;
	if (err)
		*err = f->err;
	return f->err != 0;
}

static void safefile_free(SafeFile *f)
{
	free(f->path);
	free(f->temp);
	free(f);
}

void safefile_abort(SafeFile *f)
{
	if (f == NULL)
		return;
	if (f->fp)
		fclose(f->fp);
	unlink(f->temp);
	safefile_free(f);
}

void safefile_sync_folder(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *folder = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") : xprintf("%.*s", (int)(slash - path), path);
	int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(folder);
}

int safefile_commit(SafeFile *f, char **cause)
{
	int err = 0;
	const char *what = "write";
	if (safefile_failed(f, &err))
		what = "write";
	else if (fsync(fileno(f->fp)) != 0)
		err = errno, what = "sync";
	FILE *fp = f->fp;
	f->fp = NULL;
	if (fclose(fp) != 0 && err == 0)
		err = errno, what = "close";
	if (err != 0) {
		failure(cause, "cannot %s %s: %s; it was not written (nothing is left under that name)", what, f->path,
		        strerror(err));
		safefile_abort(f);
		return -1;
	}
	/* A link planted under the name while the file was written is not
	 * replaced silently: rename would replace the link itself, not write
	 * through it, but the person asked for a file there. */
	if (safefile_check_target(f->path, cause) != 0) {
		safefile_abort(f);
		return -1;
	}
	if (rename(f->temp, f->path) != 0) {
		err = errno;
		failure(cause, "cannot name the file %s: %s; it was not written", f->path, strerror(err));
		safefile_abort(f);
		return -1;
	}
	safefile_sync_folder(f->path);
	safefile_free(f);
	return 0;
}

char *safefile_temp_name(const char *path, char **cause)
{
	if (safefile_check_target(path, cause) != 0)
		return NULL;
	char *temp = NULL;
	int fd = make_temp(path, &temp, cause);
	if (fd < 0)
		return NULL;
	close(fd);
	return temp;
}

int safefile_private_if_empty(const char *path, char **cause)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return 0; /* missing, or not openable: opening the database says why */
	struct stat st;
	int rc = 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0 && (st.st_mode & 077) != 0) {
		if (fchmod(fd, 0600) == 0)
			rc = 1;
		else
			rc = failure(cause, "%s is an empty file readable by other users, and its permissions cannot be "
			             "changed to 0600 (%s); children's data would be readable by others: make it private "
			             "(chmod 600) or give another file", path, strerror(errno));
	}
	close(fd);
	return rc;
}
