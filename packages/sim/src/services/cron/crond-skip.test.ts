/**
 * crond skips the minutes that would find nothing to do; none of that may
 * show. Each scenario runs twice, once with cron waking at every minute (the
 * reference, `setCronSkipsIdleMinutes(false)`) and once skipping, and every
 * file that a wake-up can leave behind (syslog, mail, the jobs' own files)
 * must be byte for byte the same at every step. Then the figures that make
 * it worth it (wake-ups, timers), and a snapshot taken in the middle of a
 * long skip that, restored, goes on exactly as the original.
 */
import { afterEach, describe, expect, it } from "vitest";
import { utf8Decode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { CRON_TIMER, setCronSkipsIdleMinutes } from "./crond.js";

afterEach(() => setCronSkipsIdleMinutes(true));

const H = 3_600_000;
const M = 60_000;

type Step = { run: string; host?: string } | { advance: number };

/** what a host shows of cron's work */
function observe(s: LabSession, files: string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const name of s.world.hostNames()) {
    const h = s.world.host(name)!;
    for (const f of ["/var/log/syslog", "/var/mail/root", "/var/mail/alice", ...files]) {
      const r = h.fs.readFile(f);
      out[`${name}:${f}`] = r.ok ? utf8Decode(r.value) : null;
    }
  }
  return out;
}

/** run the steps, observing after each; also counts cron's wake-ups */
function play(lab: string, steps: Step[], files: string[], skip: boolean) {
  setCronSkipsIdleMinutes(skip);
  const s = LabSession.create(lab, 1);
  let wakes = 0;
  const views: Record<string, string | null>[] = [];
  const outputs: string[] = [];
  const count = () => {
    // wake-ups are the cron timers fired: count the ids handed out to cron timers
    wakes += s.world.clock.state.timers.filter((t) => t.kind === CRON_TIMER).length;
  };
  for (const st of steps) {
    if ("run" in st) {
      const r = s.run(st.host ?? s.defaultHost, st.run);
      outputs.push(r.stdout + r.stderr);
    } else s.advance(st.advance);
    count();
    views.push(observe(s, files));
  }
  setCronSkipsIdleMinutes(true);
  return { s, views, outputs, wakes };
}

function expectSame(lab: string, steps: Step[], files: string[] = []) {
  const every = play(lab, steps, files, false);
  const skipping = play(lab, steps, files, true);
  for (let i = 0; i < steps.length; i++) expect({ step: i, ...skipping.views[i] }).toEqual({ step: i, ...every.views[i] });
  expect(skipping.outputs).toEqual(every.outputs);
  expect(skipping.s.world.clock.now).toBe(every.s.world.clock.now);
  return { every, skipping };
}

describe("crond skipping idle minutes looks like waking every minute", () => {
  it("runs the same jobs at the same minutes with the same pids, logs and mail over days", () => {
    const steps: Step[] = [
      { run: "printf 'MAILTO=alice\\n*/7 9-10 * * * echo seven $(date +\\%T)\\n0 0 * * * date +\\%F >> /tmp/daily\\n30 4 * * 1 echo monday\\n' | crontab -" },
      { run: "printf '15 12 1 * * root echo first of month >> /tmp/monthly\\n' > /etc/cron.d/monthly" },
      { run: "useradd -m alice" },
      { advance: 15 * H },
      { advance: 40 * 24 * H },
    ];
    const { every, skipping } = expectSame("single", steps, ["/tmp/daily", "/tmp/monthly"]);
    expect(skipping.views.at(-1)!["host:/tmp/monthly"]).toBe("first of month\nfirst of month\n");
    expect(skipping.views.at(-1)!["host:/var/log/syslog"]).toMatch(/CRON\[\d+\]: \(root\) CMD \(echo monday\)/);
    expect(every.s.world.snapshot().world.hosts[0].fs).toEqual(skipping.s.world.snapshot().world.hosts[0].fs);
  });

  it("logs RELOAD and syntax errors at the first minute after the learner's change, mid-sleep too", () => {
    expectSame("single", [
      { run: "echo '0 0 * * * true' | crontab -" },
      { advance: 3 * H + 20_000 },
      { run: "echo '5 0 * * * true' | crontab -" },
      { advance: 30_000 },
      { run: "echo 'bad line' > /etc/cron.d/broken" },
      { run: "echo '* * * * * root' > /etc/cron.d/nocmd; sleep 130; rm /etc/cron.d/nocmd" },
      { run: "touch /etc/crontab" },
      { advance: 59_999 },
      { run: "mv /var/spool/cron/crontabs/root /tmp/root.tab; sleep 7200; mv /tmp/root.tab /var/spool/cron/crontabs/root" },
      { advance: 24 * H },
    ]);
  });

  it("sees a crontab changed by a cron job itself (crontab -r, a job writing another crontab)", () => {
    const { skipping } = expectSame("single", [
      { run: "printf '0 12 * * * crontab -r\\n5 * * * * echo hourly\\n' | crontab -" },
      { run: "printf '0 13 * * * root echo \"30 13 * * * root echo added\" > /etc/cron.d/added\\n' > /etc/cron.d/adder" },
      { run: "printf '0 14 * * * root touch /etc/cron.d/adder\\n0 15 * * * root rm /etc/cron.d/added\\n0 16 * * * root rm /run/crond.pid\\n' > /etc/cron.d/more" },
      { advance: 30 * H },
      { run: "echo 612 > /run/crond.pid" },
      { advance: 2 * H },
    ]);
    const log = skipping.views.at(-1)!["host:/var/log/syslog"]!;
    expect(log).toContain("T14:01:00.000000+00:00 host cron[612]: (*system*) RELOAD (/etc/cron.d/adder)");
    expect(log).toContain("(root) RELOAD (crontabs/root)");
    expect(log).toContain("(*system*) RELOAD (/etc/cron.d/added)");
    expect(log).toContain("(root) CMD (echo added)");
  });

  it("follows a stopped cron (pid file gone) and one started again, and a reboot's new chain", () => {
    expectSame("single", [
      { run: "echo '*/10 * * * * echo ten' | crontab -" },
      { advance: 25 * M },
      { run: "rm /run/crond.pid" },
      { advance: 12 * M + 5_000 },
      { run: "echo '*/15 * * * * echo fifteen' | crontab -" },
      { advance: 40 * M },
      { run: "echo 612 > /run/crond.pid" },
      { advance: 3 * H },
      { run: "echo '@reboot echo booted >> /tmp/boots' >> /etc/crontab; reboot" },
      { advance: 2 * 24 * H },
    ], ["/tmp/boots"]);
  });

  it("keeps a chain's phase when a job sleeps past the minute, and wakes for it", () => {
    expectSame("single", [
      { run: "printf '0 10 * * * sleep 90; echo late\\n*/20 * * * * date +\\%T >> /tmp/t\\n' | crontab -" },
      { advance: 30 * H },
    ], ["/tmp/t"]);
  });

  it("sees a crontab copied in from another host with scp, and jobs on two hosts in the same minutes", () => {
    const { skipping } = expectSame("mysql-backup", [
      { host: "backup", run: "echo '0 * * * * echo backup-hourly' | crontab -" },
      { host: "db", run: "echo '0 * * * * echo db-hourly' | crontab -" },
      { advance: 2 * H + 20 * M + 10_000 }, // 11:20:10: both hosts asleep until 12:00
      { host: "db", run: "printf '*/5 * * * * root echo from-db\\n' > /tmp/fromdb; scp -q /tmp/fromdb backup:/etc/cron.d/fromdb; echo sent $?" },
      { advance: 26 * H },
    ]);
    const backupLog = skipping.views.at(-1)!["backup:/var/log/syslog"]!;
    expect(backupLog).toContain("(root) CMD (echo from-db)");
  });

  it("wakes a handful of times over 15 hours instead of 900", () => {
    // without /etc/crontab's hourly and daily run-parts lines, which wake it twice an hour
    const steps: Step[] = [{ run: "rm /etc/crontab; echo '0 0 * * * echo nightly' | crontab -" }, { advance: 15 * H }];
    const timers = (skip: boolean) => {
      setCronSkipsIdleMinutes(skip);
      const s = LabSession.create("single", 1);
      for (const st of steps) if ("run" in st) s.run(s.defaultHost, st.run);
      const before = s.world.clock.state.nextTimerId;
      s.advance(15 * H);
      return s.world.clock.state.nextTimerId - before;
    };
    expect(timers(false)).toBe(900);
    expect(timers(true)).toBeLessThanOrEqual(4);
  });
});

describe("a snapshot taken while cron sleeps", () => {
  it("restored, goes on exactly as the original: same jobs, logs, mail and state", () => {
    const s = LabSession.create("single", 1);
    s.run(s.defaultHost, "rm /etc/crontab; printf '0 0 * * * echo nightly\\n0 6 * * * crontab -r\\n' | crontab -");
    s.advance(2 * H + 30_000); // 11:00:30, asleep until midnight
    expect(s.world.host(s.defaultHost)!.state.services?.cron?.at).toBe(15 * H);
    const restored = LabSession.fromSnapshot("single", JSON.parse(JSON.stringify(s.world.snapshot())));
    // the original and its copy: a change mid-sleep, then days
    const logs: string[] = [];
    for (const x of [s, restored]) {
      x.run(x.defaultHost, "echo '30 23 * * * echo late' >> /var/spool/cron/crontabs/root");
      x.advance(3 * 24 * H);
      logs.push(x.run(x.defaultHost, "grep -i cron /var/log/syslog; cat /var/mail/root").stdout);
    }
    expect(restored.world.snapshot()).toEqual(s.world.snapshot());
    expect(logs[1]).toBe(logs[0]);
    expect(logs[0]).toContain("(root) RELOAD (crontabs/root)");
    expect(logs[0]).toContain("2026-11-30T11:01:00.000000+00:00 host cron[612]: (root) RELOAD (crontabs/root)");
    expect(logs[0]).toContain("(root) CMD (echo late)");
    expect(logs[0].match(/CMD \(echo nightly\)/g)).toHaveLength(1); // crontab -r at 06:00 the first day
  });
});
