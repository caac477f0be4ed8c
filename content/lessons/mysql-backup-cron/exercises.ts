import type { Exercise } from "../../src/schema.js";
import { app } from "../mysql-backup-restore/exercises.js";

/**
 * The backup script set up, defused and scheduled, on the mysql-backup lab.
 * The learner's database is the `app` of the previous lesson (the same value
 * for the same learner). What is graded is what the script and cron do: a
 * run of the script on a copy of the lab, a pretend CGI request, the night
 * the learner let pass, and the next one.
 */

/** an archive of the learner's database, made at midnight, among `ls -1`'s lines */
const MIDNIGHT_ARCHIVE = "^{{app.db}}_\\d{4}-\\d\\d-\\d\\d_0000\\.tar\\.gz$";

export const exercises: Exercise[] = [
  {
    id: "mysql-backup-nightly",
    title: "Back up your database every midnight, with a copy on the backup host",
    lab: "mysql-backup",
    params: { app },
    setup: [],
    tasks: [
      "Set `/usr/sbin/scripts/mysql_backup` to back up **{{app.db}}** instead of shop (in its CONFIGURATION block, or in `/etc/default/mysql_backup`), still copying to the backup host. Run it once by hand.",
      "Comment out (or remove) its three CGI lines, so that a web request can no longer start it or choose what it saves.",
      "Make cron run it as root every night at midnight, naming it by its absolute path.",
      "Let the lab's clock pass midnight (`sleep 15h` moves it at once), then check root's `mail` and `/srv/backups` on the backup host.",
    ],
    checks: [
      {
        id: "script-saves-db",
        title: "run by hand, the script saves {{app.db}} ({{app.t1}}, {{app.t2}}, {{app.t3}} with their rows) and copies the archive to the backup host",
        spec: {
          kind: "after",
          steps: [
            { host: "backup", run: "rm -f /srv/backups/*.tar.gz" },
            { host: "db", run: "rm -rf /var/backups/mysql; /usr/sbin/scripts/mysql_backup > /dev/null 2>&1" },
            { host: "db", run: "mysql -e 'CREATE DATABASE rootlab_check'; tar -xzOf /var/backups/mysql/{{app.db}}_*.tar.gz | mysql rootlab_check" },
          ],
          checks: [
            { kind: "command", host: "backup", run: "ls -1 /srv/backups", stdoutMatches: "^{{app.db}}_\\d{4}-\\d\\d-\\d\\d_\\d{4}\\.tar\\.gz$" },
            {
              kind: "sql",
              host: "db",
              query: "SELECT COUNT(*) FROM rootlab_check.{{app.t1}}; SELECT COUNT(*) FROM rootlab_check.{{app.t2}}; SELECT COUNT(*) FROM rootlab_check.{{app.t3}}",
              equals: "{{app.n1}}\n{{app.n2}}\n{{app.n3}}",
            },
          ],
        },
        failMessage: "Run on a copy of your lab, the script did not leave a restorable archive of {{app.db}} here and on backup:/srv/backups.",
        hint: 'DATABASES="{{app.db}}" in the CONFIGURATION block (or in /etc/default/mysql_backup); REMOTE stays root@backup:/srv/backups/.',
      },
      {
        id: "cgi-off",
        title: "a web request (GATEWAY_INTERFACE and QUERY_STRING set) neither gets an answer nor chooses the database",
        spec: {
          kind: "after",
          steps: [
            {
              host: "db",
              run: "rm -f /var/backups/mysql/mysql_*; GATEWAY_INTERFACE=CGI/1.1 QUERY_STRING=db=mysql /usr/sbin/scripts/mysql_backup > /tmp/cgi.out 2>&1",
            },
          ],
          checks: [
            { kind: "file", host: "db", path: "/tmp/cgi.out", notMatches: "^Content-Type" },
            { kind: "command", host: "db", run: "ls -1 /var/backups/mysql", stdoutNotMatches: "^mysql_" },
          ],
        },
        failMessage: "Run as a web server would run it, the script still answers the browser or backs up the database named in the address.",
        hint: "A `#` at the start of the three lines that test GATEWAY_INTERFACE and QUERY_STRING (`grep -n` finds them).",
      },
      {
        id: "cron-ran",
        title: "cron started the backup script (root's job, in /var/log/syslog)",
        spec: { kind: "file", host: "db", path: "/var/log/syslog", matches: "CRON\\[\\d+\\]: \\(root\\) CMD \\(.*mysql_backup" },
        failMessage: "cron has not started the script yet: no job of root's names mysql_backup in /var/log/syslog.",
        hint: "Install the job (`crontab -e`, or `echo 'LINE' | crontab -`), then let time pass midnight: `sleep 15h`.",
      },
      {
        id: "midnight-copy",
        title: "the backup host has an archive of {{app.db}} made at midnight",
        spec: { kind: "command", host: "backup", run: "ls -1 /srv/backups", stdoutMatches: MIDNIGHT_ARCHIVE },
        failMessage: "No archive of {{app.db}} stamped 0000 arrived on the backup host: the job did not run at midnight, or failed (read the mail cron sent).",
        hint: "`0 0 * * * /usr/sbin/scripts/mysql_backup`: minute 0, hour 0, and the script by its absolute path.",
      },
      {
        id: "next-night",
        title: "over the next day, cron makes a new copy again at midnight",
        spec: {
          kind: "after",
          steps: [{ host: "backup", run: "rm -f /srv/backups/*.tar.gz" }, { advance: "1d" }],
          checks: [{ kind: "command", host: "backup", run: "ls -1 /srv/backups", stdoutMatches: MIDNIGHT_ARCHIVE }],
        },
        failMessage: "On a copy of your lab left to run one more day, no new archive of {{app.db}} reached the backup host.",
        hint: "`crontab -l` must show the job; cron's PATH is only /usr/bin:/bin.",
      },
    ],
    hints: [
      "`grep -n '^DATABASES\\|GATEWAY_INTERFACE\\|QUERY_STRING' /usr/sbin/scripts/mysql_backup` shows the lines to change.",
      "A failed cron job mails root: `mail`. `/bin/sh: 1: ...: not found` means a name cron could not find in /usr/bin:/bin.",
      "echo 'DATABASES=\"{{app.db}}\"' > /etc/default/mysql_backup; then comment out lines 51-53 in nano; echo '0 0 * * * /usr/sbin/scripts/mysql_backup' | crontab -; sleep 15h",
    ],
  },
];
