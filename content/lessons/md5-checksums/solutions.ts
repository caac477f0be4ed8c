import type { Solutions } from "../../src/schema.js";

const LIST = "cd /var/backups/mysql && md5sum *.tar.gz > MD5SUMS && md5sum -c MD5SUMS";
const SEND_LIST = "scp /var/backups/mysql/MD5SUMS backup:/srv/backups/";
const CHECK_THERE = "@backup cd /srv/backups && md5sum -c MD5SUMS";
const REPLACE = "scp /var/backups/mysql/{{db}}_{{bad}}_0900.tar.gz backup:/srv/backups/";

export const solutions: Solutions[] = [
  {
    exercise: "md5-verify-copies",
    reference: [LIST, SEND_LIST, CHECK_THERE, REPLACE, CHECK_THERE],
    wrong: [
      { name: "nothing done", lines: [], fails: ["sums-on-db", "sums-on-backup", "copies-whole"] },
      { name: "the damage found but left there", lines: [LIST, SEND_LIST, CHECK_THERE], fails: ["sums-on-backup", "copies-whole"] },
      {
        name: "sums made on the backup host: they describe the damage, not the originals",
        lines: ["@backup cd /srv/backups && md5sum *.tar.gz > MD5SUMS && md5sum -c MD5SUMS"],
        fails: ["sums-on-db", "copies-whole"],
      },
      {
        name: "the damaged copy replaced by a whole archive of something else: gzip -t passes, the sums do not",
        lines: [LIST, SEND_LIST, "tar -czf /tmp/other.tar.gz /etc/hostname", "scp /tmp/other.tar.gz backup:/srv/backups/{{db}}_{{bad}}_0900.tar.gz"],
        fails: ["sums-on-backup", "copies-whole"],
      },
    ],
  },
];
