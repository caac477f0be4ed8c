import type { Exercise } from "../../src/schema.js";

type Param = NonNullable<Exercise["params"]>[string];

/**
 * Dumps, archives and a restore, on the mysql-backup lab. Each learner saves
 * their own database of the lab (library, clinic or garage; the lesson's
 * examples use shop): `app.t1` and `app.t2` are the tables of the partial
 * dump (in SHOW TABLES order), `app.t3` the one it leaves out, `app.nK` the
 * rows of table K.
 */

export const app: Param = {
  kind: "choice",
  description: "the learner's database: its tables and how many rows each holds",
  values: [
    { db: "library", t1: "books", t2: "loans", t3: "members", n1: "6", n2: "5", n3: "4" },
    { db: "clinic", t1: "patients", t2: "visits", t3: "doctors", n1: "5", n2: "8", n3: "3" },
    { db: "garage", t1: "cars", t2: "repairs", t3: "owners", n1: "5", n2: "6", n3: "4" },
  ],
};

/** the three tables' row counts, one line each, as the sql check prints them */
const COUNTS = "SELECT COUNT(*) FROM {{app.db}}.{{app.t1}}; SELECT COUNT(*) FROM {{app.db}}.{{app.t2}}; SELECT COUNT(*) FROM {{app.db}}.{{app.t3}}";
const ALL_ROWS = "{{app.n1}}\n{{app.n2}}\n{{app.n3}}";

export const exercises: Exercise[] = [
  {
    id: "mysql-dump-archive",
    title: "Dump a database, all of it and part of it, into one compressed archive",
    lab: "mysql-backup",
    params: { app },
    setup: [],
    tasks: [
      "Dump the whole database **{{app.db}}**, every table, to `/root/backups/{{app.db}}.sql` (make the directory first).",
      "Dump only the tables **{{app.t1}}** and **{{app.t2}}** of {{app.db}} to `/root/backups/{{app.db}}-part.sql`.",
      "Pack both dumps into one gzip-compressed tar archive, `/root/backups/{{app.db}}.tar.gz`, and list it to check what it holds.",
    ],
    checks: [
      {
        id: "full-dump",
        title: "/root/backups/{{app.db}}.sql rebuilds {{app.db}} with all its rows",
        spec: {
          kind: "after",
          steps: [{ host: "db", run: "mysql -e 'DROP DATABASE {{app.db}}; CREATE DATABASE {{app.db}}'; mysql {{app.db}} < /root/backups/{{app.db}}.sql" }],
          checks: [{ kind: "sql", host: "db", query: COUNTS, equals: ALL_ROWS }],
        },
        failMessage: "Loaded into an empty {{app.db}} (on a copy of your lab), /root/backups/{{app.db}}.sql does not bring back every table with every row.",
        hint: "`mysqldump {{app.db}} > /root/backups/{{app.db}}.sql` dumps every table, structure and rows.",
      },
      {
        id: "part-dump",
        title: "/root/backups/{{app.db}}-part.sql holds {{app.t1}} and {{app.t2}}, with their rows, and nothing else",
        spec: {
          kind: "after",
          steps: [{ host: "db", run: "mysql -e 'CREATE DATABASE rootlab_check'; mysql rootlab_check < /root/backups/{{app.db}}-part.sql" }],
          checks: [
            { kind: "sql", host: "db", query: "SHOW TABLES FROM rootlab_check", equals: "{{app.t1}}\n{{app.t2}}" },
            { kind: "sql", host: "db", query: "SELECT COUNT(*) FROM rootlab_check.{{app.t1}}; SELECT COUNT(*) FROM rootlab_check.{{app.t2}}", equals: "{{app.n1}}\n{{app.n2}}" },
          ],
        },
        failMessage: "Loaded into an empty database, /root/backups/{{app.db}}-part.sql does not give exactly the tables {{app.t1}} and {{app.t2}} with their rows.",
        hint: "Tables to dump are named after the database: `mysqldump {{app.db}} {{app.t1}} {{app.t2}}`.",
      },
      {
        id: "archive-holds-both",
        title: "/root/backups/{{app.db}}.tar.gz holds {{app.db}}.sql and {{app.db}}-part.sql",
        spec: {
          kind: "command",
          host: "db",
          run: "tar -tf /root/backups/{{app.db}}.tar.gz",
          exit: 0,
          stdoutMatches: "^(?=[\\s\\S]*(?:^|/){{app.db}}\\.sql$)(?=[\\s\\S]*(?:^|/){{app.db}}-part\\.sql$)",
        },
        failMessage: "The archive is missing, or does not hold both dumps.",
        hint: "`tar -czf ARCHIVE FILE...`: the archive's name comes right after `f`, then the files to put in it. `tar -tzf ARCHIVE` lists it.",
      },
      {
        id: "archive-compressed",
        title: "/root/backups/{{app.db}}.tar.gz is compressed with gzip",
        spec: { kind: "command", host: "db", run: "gzip -t /root/backups/{{app.db}}.tar.gz", exit: 0 },
        failMessage: "The archive is not gzip-compressed (or is missing): `gzip -t` does not accept it.",
        hint: "The `z` in `tar -czf` compresses; a name ending in .gz does not.",
      },
      {
        id: "database-kept",
        title: "{{app.db}} still has all its rows",
        spec: { kind: "sql", host: "db", query: COUNTS, equals: ALL_ROWS },
        failMessage: "{{app.db}} lost rows or tables: a backup must not change what it saves.",
        guard: true,
      },
    ],
    hints: [
      "`mysqldump DATABASE > FILE` for everything; `mysqldump DATABASE TABLE TABLE > FILE` for some tables.",
      "`cd /root/backups` first, and the archive holds the dumps under their plain names.",
      "mkdir -p /root/backups; cd /root/backups; mysqldump {{app.db}} > {{app.db}}.sql; mysqldump {{app.db}} {{app.t1}} {{app.t2}} > {{app.db}}-part.sql; tar -czvf {{app.db}}.tar.gz {{app.db}}.sql {{app.db}}-part.sql",
    ],
  },
  {
    id: "mysql-restore-disaster",
    title: "Bring a dropped database back from the backup host",
    lab: "mysql-backup",
    params: { app },
    setup: [
      "/usr/sbin/scripts/mysql_backup {{app.db}} > /dev/null",
      "sleep 2h",
      "mysql -e 'DROP DATABASE {{app.db}}'",
      "rm -r /var/backups/mysql",
    ],
    tasks: [
      "At 09:00 the backup script saved **{{app.db}}** and copied the archive to the backup host (its report is in root's mail: `mail`). At 11:00 someone dropped the database, and the local archives in /var/backups/mysql went with a failing disk.",
      "Copy the archive of {{app.db}} back from `backup:/srv/backups/` with `scp`, unpack it, create the database again and load the dump.",
      "Prove the rows are back: count them in each table of {{app.db}}.",
    ],
    checks: [
      {
        id: "database-back",
        title: "the database {{app.db}} exists again",
        spec: { kind: "sql", host: "db", query: "SHOW DATABASES", matches: "^{{app.db}}$" },
        failMessage: "There is no database {{app.db}} on db.",
        hint: "The dump has no CREATE DATABASE: `mysql -e 'CREATE DATABASE {{app.db}}'` first.",
      },
      {
        id: "rows-back",
        title: "{{app.t1}}, {{app.t2}} and {{app.t3}} have all their rows again",
        spec: { kind: "sql", host: "db", query: COUNTS, equals: ALL_ROWS },
        failMessage: "Not every table of {{app.db}} has its rows back.",
        hint: "`mysql {{app.db}} < {{app.db}}.sql` loads the dump unpacked from the archive (`tar -xzf ARCHIVE`).",
      },
      {
        id: "copy-kept",
        title: "the backup host still has the archive of {{app.db}}",
        spec: { kind: "command", host: "backup", run: "ls -1 /srv/backups", stdoutMatches: "^{{app.db}}_2026-11-30_0900\\.tar\\.gz$" },
        failMessage: "The only remaining copy of the backup is gone from the backup host.",
        guard: true,
      },
      {
        id: "others-untouched",
        title: "the other databases are untouched (shop still has its 7 orders)",
        spec: { kind: "sql", host: "db", query: "SELECT COUNT(*) FROM shop.orders", equals: "7" },
        failMessage: "shop changed: restore only what was lost.",
        guard: true,
      },
    ],
    hints: [
      "`mail` shows the report with the archive's name; `scp backup:/srv/backups/NAME .` fetches it.",
      "`tar -tzf NAME` shows the dump's name inside; `tar -xzf NAME` unpacks it here.",
      "scp backup:/srv/backups/{{app.db}}_2026-11-30_0900.tar.gz /root/ && tar -xzf /root/{{app.db}}_2026-11-30_0900.tar.gz -C /root && mysql -e 'CREATE DATABASE {{app.db}}' && mysql {{app.db}} < /root/{{app.db}}.sql",
    ],
  },
];
