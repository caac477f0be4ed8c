import type { Exercise } from "../../src/schema.js";

type Param = NonNullable<Exercise["params"]>[string];

/**
 * Three nights of archives of one database on db, copied to backup, one copy
 * cut short on the way. The learner lists the sums on db, checks the copies
 * on backup, finds the damaged one and replaces it. Graded on what the files
 * are, not on which commands found them: the list on db matches the
 * originals, the list on backup checks out, and every copy is whole.
 */

const db: Param = {
  kind: "choice",
  description: "the database whose archives are checked",
  values: ["library", "clinic", "garage"],
};

const bad: Param = {
  kind: "choice",
  description: "the day whose copy on the backup host is damaged",
  values: ["2026-12-01", "2026-11-30", "2026-12-02"],
};

const DAYS = ["2026-11-30", "2026-12-01", "2026-12-02"];
/** `md5sum -c` said OK for each of the three archives */
const ALL_OK = DAYS.map((d) => `(?=[\\s\\S]*^{{db}}_${d}_0900\\.tar\\.gz: OK$)`).join("");

export const exercises: Exercise[] = [
  {
    id: "md5-verify-copies",
    title: "Check the copies on the backup host, and replace the damaged one",
    lab: "mysql-backup",
    params: { db, bad },
    setup: [
      "/usr/sbin/scripts/mysql_backup {{db}} > /dev/null",
      "sleep 1d",
      "/usr/sbin/scripts/mysql_backup {{db}} > /dev/null",
      "sleep 1d",
      "/usr/sbin/scripts/mysql_backup {{db}} > /dev/null",
      "@backup head -c 300 /srv/backups/{{db}}_{{bad}}_0900.tar.gz > /tmp/cut && cat /tmp/cut > /srv/backups/{{db}}_{{bad}}_0900.tar.gz && rm /tmp/cut",
    ],
    tasks: [
      "On db, /var/backups/mysql holds three archives of **{{db}}**, made on three mornings and copied to backup:/srv/backups. Write their MD5 sums to `/var/backups/mysql/MD5SUMS` and check them there with `md5sum -c`.",
      "Copy the list to `backup:/srv/backups/` and check the copies on the backup host. One did not arrive whole: which?",
      "Replace it with a good copy from db, and check again until every line says OK.",
    ],
    checks: [
      {
        id: "sums-on-db",
        title: "/var/backups/mysql/MD5SUMS on db lists the three archives, and they match it",
        spec: { kind: "command", host: "db", run: "cd /var/backups/mysql && md5sum -c MD5SUMS", exit: 0, stdoutMatches: ALL_OK },
        failMessage: "On db, `md5sum -c MD5SUMS` in /var/backups/mysql does not report the three archives of {{db}} as OK.",
        hint: "`cd /var/backups/mysql` first, so that the list holds plain file names: `md5sum *.tar.gz > MD5SUMS`.",
      },
      {
        id: "sums-on-backup",
        title: "on backup, /srv/backups/MD5SUMS checks out: every copy OK",
        spec: { kind: "command", host: "backup", run: "cd /srv/backups && md5sum -c MD5SUMS", exit: 0, stdoutMatches: ALL_OK },
        failMessage: "On backup, `md5sum -c MD5SUMS` in /srv/backups does not report the three copies as OK.",
        hint: "`scp /var/backups/mysql/MD5SUMS backup:/srv/backups/`, then check there; a FAILED line names the damaged copy.",
      },
      {
        id: "copies-whole",
        title: "every copy of {{db}} on backup is the archive db made (the damaged one replaced)",
        spec: {
          kind: "after",
          steps: [{ host: "db", run: "cd /var/backups/mysql && md5sum {{db}}_*.tar.gz > /tmp/originals && scp -q /tmp/originals backup:/tmp/originals" }],
          checks: [{ kind: "command", host: "backup", run: "cd /srv/backups && md5sum -c /tmp/originals", exit: 0, stdoutMatches: ALL_OK }],
        },
        failMessage: "A copy on the backup host still differs from the archive on db it should be.",
        hint: "`scp /var/backups/mysql/{{db}}_DATE_0900.tar.gz backup:/srv/backups/` with the date of the FAILED line.",
      },
      {
        id: "originals-kept",
        title: "db still has its three archives, whole",
        spec: { kind: "command", host: "db", run: "cd /var/backups/mysql && gzip -t {{db}}_2026-11-30_0900.tar.gz {{db}}_2026-12-01_0900.tar.gz {{db}}_2026-12-02_0900.tar.gz", exit: 0 },
        failMessage: "An archive on db is missing or damaged: those are the originals.",
        guard: true,
      },
    ],
    hints: [
      "`md5sum FILES > LIST` writes a list; `md5sum -c LIST` checks the files it names, from the current directory.",
      "The damaged copy fails on backup but not on db: copy the original over it.",
      "cd /var/backups/mysql && md5sum *.tar.gz > MD5SUMS && scp MD5SUMS backup:/srv/backups/ && scp {{db}}_{{bad}}_0900.tar.gz backup:/srv/backups/",
    ],
  },
];
