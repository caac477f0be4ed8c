import type { Solutions } from "../../src/schema.js";

const SCRIPT = "/usr/sbin/scripts/mysql_backup";
const CONFIGURE = `echo 'DATABASES="{{app.db}}"' > /etc/default/mysql_backup`;
/** the CGI lines dropped (a learner comments them out in an editor; the effect is the same) */
const NO_CGI = `grep -v 'GATEWAY_INTERFACE\\|QUERY_STRING' ${SCRIPT} > /tmp/mysql_backup && cat /tmp/mysql_backup > ${SCRIPT}`;
const MIDNIGHT = `echo '0 0 * * * ${SCRIPT}' | crontab -`;

export const solutions: Solutions[] = [
  {
    exercise: "mysql-backup-nightly",
    reference: [CONFIGURE, NO_CGI, SCRIPT, "@backup ls -l /srv/backups", MIDNIGHT, "crontab -l", "sleep 15h", "echo 1 | mail", "@backup ls -l /srv/backups"],
    wrong: [
      { name: "nothing done", lines: [], fails: ["script-saves-db", "cgi-off", "cron-ran", "midnight-copy", "next-night"] },
      {
        name: "the script named without its path: cron's PATH does not find it",
        lines: [CONFIGURE, NO_CGI, "echo '0 0 * * * mysql_backup' | crontab -", "sleep 15h"],
        fails: ["midnight-copy", "next-night"],
      },
      { name: "everything set up, but the clock never passed midnight", lines: [CONFIGURE, NO_CGI, MIDNIGHT], fails: ["cron-ran", "midnight-copy"] },
      { name: "the CGI lines left in", lines: [CONFIGURE, MIDNIGHT, "sleep 15h"], fails: ["cgi-off"] },
      { name: "still backing up shop", lines: [NO_CGI, MIDNIGHT, "sleep 15h"], fails: ["script-saves-db", "midnight-copy", "next-night"] },
      {
        name: "at noon instead of midnight",
        lines: [CONFIGURE, NO_CGI, `echo '0 12 * * * ${SCRIPT}' | crontab -`, "sleep 15h"],
        fails: ["midnight-copy", "next-night"],
      },
    ],
  },
];
