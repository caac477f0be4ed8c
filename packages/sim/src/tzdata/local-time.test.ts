/**
 * Local time everywhere, against Debian 12 (fixtures/local-time.txt, made by
 * fixtures/record-local-time.sh): date, ls -l (and --full-time,
 * --time-style), stat, date -r and tar tv in the zone TZ names (a zone file,
 * a POSIX rule, an unknown name, "" and ":"), else the one /etc/localtime
 * is, as that link is changed, replaced by a copy and removed. The lines run
 * in order through the simulated bash on one host with the recording's files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import "../eager.js";
import { parseFixture } from "../commands/files/fixture-cases.js";
import { LabSession } from "../lab/lab-session.js";
import { EPOCH_MS } from "../world/clock.js";

const cases = parseFixture(readFileSync(join(import.meta.dirname, "fixtures", "local-time.txt"), "utf8"));
const DIR = "/tmp/rl/tz";

/** the recording's files; the host's clock stands where the real one did (a.tar and f5 are recent, f1 is not) */
function recordedLab(): LabSession {
  const s = LabSession.create("single", 1);
  s.run("host", `mkdir -p ${DIR} && cd ${DIR} && : > f1 && : > f2 && : > f3 && : > f4 && printf 'hello\\n' > f5 && TZ=UTC tar cf a.tar f1 f2`);
  const fs = s.world.host("host")!.fs;
  const times: [string, number][] = [["f1", 1780000000.25], ["f2", 1767225600], ["f3", 1700000000], ["f4", 1900000000], ["f5", 1795000000]];
  for (const [f, secs] of times) fs.utimes(`${DIR}/${f}`, secs * 1000 - EPOCH_MS);
  s.run("host", `cd ${DIR} && rm a.tar && TZ=UTC tar cf a.tar f1 f2`);
  fs.utimes(`${DIR}/a.tar`, 1795000000 * 1000 - EPOCH_MS);
  return s;
}

describe("local time as glibc finds it", () => {
  it("prints every recorded line as Debian 12 does", () => {
    const s = recordedLab();
    const wrong: string[] = [];
    for (const c of cases) {
      const r = s.run("host", `cd ${DIR} && ${c.command}`);
      const got = `${r.screen}[exit ${r.exit}]`;
      const want = `${c.output}[exit ${c.exit}]`;
      if (got !== want) wrong.push(`$ ${c.command}\n--- want\n${want}\n--- got\n${got}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  });

  it("follows `export TZ` for the rest of the shell's lines, and unset TZ again", () => {
    const s = LabSession.create("single", 1);
    s.run("host", "export TZ=Asia/Tokyo");
    expect(s.run("host", "date -d @1767225600").stdout).toBe("Thu Jan  1 09:00:00 JST 2026\n");
    s.run("host", "unset TZ");
    expect(s.run("host", "date -d @1767225600").stdout).toBe("Thu Jan  1 00:00:00 UTC 2026\n");
  });

  it("puts uptime's clock, ps's STIME, dmesg -T and iptables-save's stamp in local time too", () => {
    const s = LabSession.create("single", 1);
    // the world starts at 09:00 UTC, 18:00 in Tokyo; the host booted a moment before
    expect(s.run("host", "TZ=Asia/Tokyo uptime").stdout).toMatch(/^ 18:00:\d\d up /);
    expect(s.run("host", "TZ=Asia/Tokyo ps -o stime= -p 1").stdout).toBe("18:00\n");
    expect(s.run("host", "TZ=Asia/Tokyo dmesg --time-format iso | head -1").stdout).toMatch(/^2026-11-30T18:00:\d\d,\d{6}\+09:00 /);
    expect(s.run("host", "TZ=Asia/Tokyo dmesg -T | head -1").stdout).toMatch(/^\[Mon Nov 30 18:00:\d\d 2026\] /);
    expect(s.run("host", "iptables -A INPUT -j ACCEPT; TZ=Asia/Tokyo iptables-save | head -1").stdout).toMatch(/ on Mon Nov 30 18:00:\d\d 2026\n$/);
  });

  it("has rsyslog, cron's mail and crontab's stamp follow /etc/localtime (daemons run without TZ)", () => {
    const s = LabSession.create("single", 1);
    s.run("host", "timedatectl set-timezone Asia/Tokyo");
    s.run("host", "echo '* * * * * echo hi' | crontab -");
    expect(s.run("host", "sed -n 2p /var/spool/cron/crontabs/root").stdout).toMatch(/ installed on Mon Nov 30 18:00:\d\d 2026\)\n$/);
    s.advance(60_000);
    expect(s.run("host", "tail -1 /var/log/syslog").stdout).toBe("2026-11-30T18:01:00.000000+09:00 host CRON[712]: (root) CMD (echo hi)\n");
    const mbox = s.run("host", "cat /var/mail/root").stdout;
    expect(mbox).toMatch(/^From root@host Mon Nov 30 18:01:00 2026\n/);
    expect(mbox).toContain("\nDelivery-date: Mon, 30 Nov 2026 18:01:00 +0900\n");
  });

  it("tells ls's recent from old dates by the instant, not by the local calendar", () => {
    const s = LabSession.create("single", 1);
    const fs = s.world.host("host")!.fs;
    const now = s.world.host("host")!.clock.now;
    s.run("host", ": > /tmp/old; : > /tmp/new");
    const half = (31_556_952 / 2) * 1000;
    fs.utimes("/tmp/old", now - half - 1000);
    fs.utimes("/tmp/new", now - half + 60_000);
    const out = s.run("host", "TZ=Pacific/Kiritimati ls -l /tmp/old /tmp/new").stdout;
    expect(out).toMatch(/ \w{3} [ \d]\d {2}\d{4} \/tmp\/old\n/);
    expect(out).toMatch(/ \w{3} [ \d]\d \d\d:\d\d \/tmp\/new\n/);
  });
});
