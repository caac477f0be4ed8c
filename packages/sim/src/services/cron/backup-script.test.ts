/**
 * The seed's backup, as a shell script of the kind the lesson teaches: a
 * function, `case` on the arguments, `for` over databases, `while read`,
 * `$(...)` with `date +FORMAT`, `test`/`[ ]`, arithmetic, `set -e`, and
 * absolute paths so that it also works from cron. mysqldump and tar are
 * stand-in scripts here (/opt/standins), so that this test checks the shell
 * and cron, not those programs.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";

const SCRIPT = `#!/bin/sh
# mysql_backup: dump the databases, archive the dumps, report.
set -e
BACKUP_DIR=/var/backups/mysql
MYSQLDUMP=/opt/standins/mysqldump
TAR=/opt/standins/tar
STAMP=$(date +%Y-%m-%d_%H%M)
DATABASES="shop blog"

log() {
    echo "$(date '+%F %T') mysql_backup: $*"
}

mode=\${1:-all}
case "$mode" in
    all) dbs=$DATABASES ;;
    one) dbs=$2 ;;
    *) echo "usage: $0 [all | one DATABASE]" >&2; exit 2 ;;
esac

[ -d "$BACKUP_DIR" ] || mkdir -p "$BACKUP_DIR"
count=0
for db in $dbs; do
    if ! $MYSQLDUMP "$db" > "$BACKUP_DIR/$db-$STAMP.sql"; then
        log "dump of $db failed"
        exit 1
    fi
    count=$((count + 1))
done
$TAR czf "$BACKUP_DIR/mysql-$STAMP.tar.gz" "$BACKUP_DIR"/*-"$STAMP".sql
lines=0
while read -r line; do
    lines=$((lines + 1))
done < "$BACKUP_DIR/mysql-$STAMP.tar.gz"
test "$lines" -gt 0
log "$count database(s) saved in $BACKUP_DIR/mysql-$STAMP.tar.gz"
/opt/standins/fail-if-asked "$3"
log "done"
`;

const STANDINS: Record<string, string> = {
  mysqldump: `#!/bin/sh
case "$1" in
    shop|blog) echo "-- MariaDB dump of $1" ;;
    *) echo "mysqldump: Got error: 1049: \\"Unknown database '$1'\\" when selecting the database" >&2; exit 2 ;;
esac
`,
  tar: `#!/bin/sh
out=$2
shift 2
for f in "$@"; do echo "member $f"; done > "$out"
`,
  "fail-if-asked": `#!/bin/sh
[ "$1" != fail ]
`,
};

function lab() {
  const s = LabSession.create("single", 1);
  const fs = s.world.host(s.defaultHost)!.fs;
  s.run(undefined, "mkdir -p /usr/sbin/scripts /opt/standins");
  fs.writeFile("/usr/sbin/scripts/mysql_backup", utf8Encode(SCRIPT));
  for (const [name, text] of Object.entries(STANDINS)) fs.writeFile(`/opt/standins/${name}`, utf8Encode(text));
  s.run(undefined, "chmod 755 /usr/sbin/scripts/mysql_backup /opt/standins/*");
  const read = (p: string) => {
    const r = fs.readFile(p);
    return r.ok ? utf8Decode(r.value) : null;
  };
  return { s, read };
}

describe("a backup script run by hand and by cron", () => {
  it("dumps every database, archives the dumps and reports, run by hand", () => {
    const { s, read } = lab();
    const r = s.run(undefined, "/usr/sbin/scripts/mysql_backup");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      "2026-11-30 09:00:00 mysql_backup: 2 database(s) saved in /var/backups/mysql/mysql-2026-11-30_0900.tar.gz\n" +
        "2026-11-30 09:00:00 mysql_backup: done\n",
    );
    expect(r.exit).toBe(0);
    expect(read("/var/backups/mysql/shop-2026-11-30_0900.sql")).toBe("-- MariaDB dump of shop\n");
    expect(read("/var/backups/mysql/mysql-2026-11-30_0900.tar.gz")).toBe(
      "member /var/backups/mysql/blog-2026-11-30_0900.sql\nmember /var/backups/mysql/shop-2026-11-30_0900.sql\n",
    );
  });

  it("takes its arguments through case, and stops on the first failure", () => {
    const { s } = lab();
    const usage = s.run(undefined, "/usr/sbin/scripts/mysql_backup bogus");
    expect(usage.stderr).toBe("usage: /usr/sbin/scripts/mysql_backup [all | one DATABASE]\n");
    expect(usage.exit).toBe(2);
    const missing = s.run(undefined, "/usr/sbin/scripts/mysql_backup one nosuch");
    expect(missing.stderr).toBe(`mysqldump: Got error: 1049: "Unknown database 'nosuch'" when selecting the database\n`);
    expect(missing.stdout).toBe("2026-11-30 09:00:00 mysql_backup: dump of nosuch failed\n");
    expect(missing.exit).toBe(1);
    // set -e: a failing command ends the script before "done"
    const failed = s.run(undefined, "/usr/sbin/scripts/mysql_backup one shop fail");
    expect(failed.stdout).not.toContain("done");
    expect(failed.exit).toBe(1);
  });

  it("runs from cron at midnight with cron's environment, and its report arrives by mail", () => {
    const { s, read } = lab();
    s.run(undefined, "echo '0 0 * * * /usr/sbin/scripts/mysql_backup' | crontab -");
    s.advance(15 * 3_600_000);
    expect(read("/var/backups/mysql/mysql-2026-12-01_0000.tar.gz")).not.toBe(null);
    const mail = s.run(undefined, "printf '1\\n' | mail").stdout;
    expect(mail).toContain("2026-12-01 00:00:00 mysql_backup: 2 database(s) saved in /var/backups/mysql/mysql-2026-12-01_0000.tar.gz\n");
  });
});
