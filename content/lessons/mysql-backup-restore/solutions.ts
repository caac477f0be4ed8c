import type { Solutions } from "../../src/schema.js";

const ARCHIVE = "/root/{{app.db}}_2026-11-30_0900.tar.gz";

export const solutions: Solutions[] = [
  {
    exercise: "mysql-dump-archive",
    reference: [
      "mkdir -p /root/backups",
      "cd /root/backups",
      "mysqldump {{app.db}} > {{app.db}}.sql",
      "mysqldump {{app.db}} {{app.t1}} {{app.t2}} > {{app.db}}-part.sql",
      "tar -czvf {{app.db}}.tar.gz {{app.db}}.sql {{app.db}}-part.sql",
      "tar -tzvf {{app.db}}.tar.gz",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["full-dump", "part-dump", "archive-holds-both", "archive-compressed"] },
      {
        name: "the structure only: --no-data leaves the rows out",
        lines: [
          "mkdir -p /root/backups",
          "mysqldump --no-data {{app.db}} > /root/backups/{{app.db}}.sql",
          "mysqldump {{app.db}} {{app.t1}} {{app.t2}} > /root/backups/{{app.db}}-part.sql",
          "tar -czf /root/backups/{{app.db}}.tar.gz -C /root/backups {{app.db}}.sql {{app.db}}-part.sql",
        ],
        fails: ["full-dump"],
      },
      {
        name: "the partial dump has every table",
        lines: [
          "mkdir -p /root/backups",
          "mysqldump {{app.db}} > /root/backups/{{app.db}}.sql",
          "mysqldump {{app.db}} > /root/backups/{{app.db}}-part.sql",
          "tar -czf /root/backups/{{app.db}}.tar.gz -C /root/backups {{app.db}}.sql {{app.db}}-part.sql",
        ],
        fails: ["part-dump"],
      },
      {
        name: "a tar archive named .tar.gz but not compressed",
        lines: [
          "mkdir -p /root/backups",
          "cd /root/backups",
          "mysqldump {{app.db}} > {{app.db}}.sql",
          "mysqldump {{app.db}} {{app.t1}} {{app.t2}} > {{app.db}}-part.sql",
          "tar -cf {{app.db}}.tar.gz {{app.db}}.sql {{app.db}}-part.sql",
        ],
        fails: ["archive-compressed"],
      },
      {
        name: "only the full dump archived",
        lines: [
          "mkdir -p /root/backups",
          "cd /root/backups",
          "mysqldump {{app.db}} > {{app.db}}.sql",
          "mysqldump {{app.db}} {{app.t1}} {{app.t2}} > {{app.db}}-part.sql",
          "tar -czf {{app.db}}.tar.gz {{app.db}}.sql",
        ],
        fails: ["archive-holds-both"],
      },
    ],
  },
  {
    exercise: "mysql-restore-disaster",
    reference: [
      "mail",
      `scp backup:/srv/backups/{{app.db}}_2026-11-30_0900.tar.gz /root/`,
      `tar -tzf ${ARCHIVE}`,
      `tar -xzf ${ARCHIVE} -C /root`,
      "mysql -e 'CREATE DATABASE {{app.db}}'",
      "mysql {{app.db}} < /root/{{app.db}}.sql",
      "mysql {{app.db}} -e 'SELECT COUNT(*) FROM {{app.t1}}; SELECT COUNT(*) FROM {{app.t2}}; SELECT COUNT(*) FROM {{app.t3}}'",
    ],
    wrong: [
      { name: "nothing done", lines: [], fails: ["database-back", "rows-back"] },
      { name: "an empty database of the right name", lines: ["mysql -e 'CREATE DATABASE {{app.db}}'"], fails: ["rows-back"] },
      {
        name: "loaded into a new database of another name",
        lines: [
          `scp backup:/srv/backups/{{app.db}}_2026-11-30_0900.tar.gz /root/`,
          `tar -xzf ${ARCHIVE} -C /root`,
          "mysql -e 'CREATE DATABASE restored'",
          "mysql restored < /root/{{app.db}}.sql",
        ],
        fails: ["database-back", "rows-back"],
      },
      {
        name: "restored, then the backup host's copy deleted",
        lines: [
          `scp backup:/srv/backups/{{app.db}}_2026-11-30_0900.tar.gz /root/`,
          `tar -xzf ${ARCHIVE} -C /root`,
          "mysql -e 'CREATE DATABASE {{app.db}}'",
          "mysql {{app.db}} < /root/{{app.db}}.sql",
          "@backup rm /srv/backups/{{app.db}}_2026-11-30_0900.tar.gz",
        ],
        fails: ["copy-kept"],
      },
    ],
  },
];
