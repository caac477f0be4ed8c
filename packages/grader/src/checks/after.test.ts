import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { type CheckSpec, checkSpec, evaluateSpec } from "./index.js";

const archiveAtMidnight: CheckSpec = {
  kind: "after",
  steps: [{ host: "backup", run: "rm -f /srv/backups/*.tar.gz" }, { until: "00:01" }],
  checks: [{ kind: "command", host: "backup", run: "ls -1 /srv/backups", stdoutMatches: "^shop_\\d{4}-\\d\\d-\\d\\d_0000\\.tar\\.gz$" }],
};

describe("after checks", () => {
  it("let time pass on a copy: a crontab that runs the backup at midnight passes, none fails", () => {
    const s = LabSession.create("mysql-backup");
    const none = evaluateSpec(s, archiveAtMidnight);
    expect(none.passed).toBe(false);
    expect(none.detail).toBe("After `rm -f /srv/backups/*.tar.gz` on backup, then at the next 00:01: `ls -1 /srv/backups` on backup did not print what was expected.");
    s.run("db", "echo '0 0 * * * /usr/sbin/scripts/mysql_backup' | crontab -");
    expect(evaluateSpec(s, archiveAtMidnight)).toMatchObject({ passed: true });
    // the learner's clock did not move
    expect(s.run("db", "date +%H:%M").stdout).toBe("09:00\n");
  });

  it("run lines in order, and advance by a duration", () => {
    const s = LabSession.create("mysql-backup");
    const spec: CheckSpec = {
      kind: "after",
      steps: [{ host: "db", run: "mysql -e 'DROP DATABASE shop'" }, { advance: "2h" }],
      checks: [
        { kind: "sql", host: "db", query: "SHOW DATABASES", notMatches: "^shop$" },
        { kind: "command", host: "db", run: "date +%H:%M", stdoutMatches: "^11:00$" },
      ],
    };
    expect(evaluateSpec(s, spec)).toMatchObject({ passed: true });
    expect(evaluateSpec(s, { kind: "sql", host: "db", query: "SHOW DATABASES", matches: "^shop$" }).passed).toBe(true);
  });

  it("reject malformed steps", () => {
    expect(checkSpec.safeParse({ kind: "after", steps: [{ until: "24:00" }], checks: [{ kind: "sql", host: "db", query: "SELECT 1" }] }).success).toBe(false);
    expect(checkSpec.safeParse({ kind: "after", steps: [{ advance: "2 hours" }], checks: [{ kind: "sql", host: "db", query: "SELECT 1" }] }).success).toBe(false);
    expect(checkSpec.safeParse({ kind: "after", steps: [], checks: [{ kind: "sql", host: "db", query: "SELECT 1" }] }).success).toBe(false);
  });
});
