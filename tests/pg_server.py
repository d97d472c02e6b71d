"""A PostgreSQL server of a test's or benchmark's own: initdb into a
temporary folder, pg_ctl on a Unix socket in it, no TCP, trust
authentication, fsync off; run as the postgres user when started by root
(PostgreSQL refuses to run as root)."""
import glob
import os
import pwd
import subprocess


def pg_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


class Pg:
    def __init__(self, work, bindir, source):
        self.source = source
        self.bindir = bindir
        self.dir = os.path.join(work, "pg")
        os.mkdir(self.dir)
        self.user = None
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: the server runs as postgres.
            self.user = "postgres"
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        self.run([os.path.join(bindir, "initdb"), "-D", os.path.join(self.dir, "data"), "--auth=trust",
                  "-U", "pool", "--no-sync", "-E", "UTF8", "--locale=C"])
        self.run([os.path.join(bindir, "pg_ctl"), "-D", os.path.join(self.dir, "data"), "-w", "-l",
                  os.path.join(self.dir, "log"), "-o", "-k %s -c listen_addresses= -c fsync=off" % self.dir,
                  "start"])
        self.env = dict(os.environ, PGHOST=self.dir, PGUSER="pool", PGDATABASE="postgres")

    def run(self, argv):
        if self.user:
            argv = ["runuser", "-u", self.user, "--"] + argv
        subprocess.run(argv, check=True, capture_output=True, cwd=self.dir)

    def stop(self):
        try:
            self.run([os.path.join(self.bindir, "pg_ctl"), "-D", os.path.join(self.dir, "data"), "-m", "fast",
                      "stop"])
        except subprocess.CalledProcessError:
            pass

    def load(self, *folders, region=None):
        argv = [os.path.join(self.source, "pool", "load")]
        if region:
            argv += ["--region", region]
        return subprocess.run(argv + list(folders), capture_output=True, text=True, env=self.env)

    def query(self, sql):
        r = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                           capture_output=True, text=True, env=self.env)
        if r.returncode != 0:
            raise SystemExit("psql failed: " + r.stderr)
        return [line.split("\t") for line in r.stdout.splitlines() if line]


