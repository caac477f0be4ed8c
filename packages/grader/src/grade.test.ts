import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { regexFields } from "./checks/index.js";
import { type Check, grade, gradeTranscript } from "./grade.js";

const addr11: Check = {
  id: "addr",
  title: "eth0 has 192.168.1.11/24",
  spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.11/24", label: "eth0:1" },
  failMessage: "Not there.",
  hint: "Use ip addr add.",
};

function lab(lines: string[]) {
  const s = LabSession.create("single");
  for (const l of lines) s.run(undefined, l);
  return s;
}

describe("grade", () => {
  it("passes a check whose state holds and fails one whose state does not, with message and hint", () => {
    const r = grade(lab([]), [addr11]);
    expect(r.results[0]).toMatchObject({ id: "addr", passed: false, hint: "Use ip addr add." });
    expect(r.results[0].message).toMatch(/^Not there\. eth0 has no address 192\.168\.1\.11\/24/);
    expect(r.score).toBe(0);
    const ok = grade(lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:1"]), [addr11]);
    expect(ok.results[0].passed).toBe(true);
    expect(ok.results[0].hint).toBeUndefined();
    expect(ok.score).toBe(1);
  });

  it("a label mismatch is reported as such", () => {
    const r = grade(lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:7"]), [addr11]);
    expect(r.results[0].message).toMatch(/with label eth0:7, not eth0:1/);
  });

  it("weights partial credit", () => {
    const checks: Check[] = [
      { ...addr11, weight: 3 },
      { id: "up", title: "eth0 up", spec: { kind: "link", host: "host", dev: "eth0", up: true }, failMessage: "down" },
    ];
    const r = grade(lab([]), checks);
    expect(r.score).toBe(0.25);
    expect(r.passed).toBe(1);
    expect(r.total).toBe(2);
  });

  it("file checks read the file and ignore what a regular expression excludes", () => {
    const check: Check = {
      id: "f",
      title: "configured",
      spec: { kind: "file", host: "host", path: "/etc/network/interfaces", matches: "^[^#\\n]*192\\.168\\.1\\.11" },
      failMessage: "not configured",
    };
    expect(grade(lab(["echo '# 192.168.1.11' >> /etc/network/interfaces"]), [check]).score).toBe(0);
    expect(grade(lab(["echo 'up ip a add 192.168.1.11/24 dev eth0' >> /etc/network/interfaces"]), [check]).score).toBe(1);
    const missing = grade(lab([]), [{ ...check, spec: { ...check.spec, path: "/nope" } } as Check]);
    expect(missing.results[0].message).toMatch(/cannot be read \(ENOENT\)/);
  });

  it("command probes and reboot probes run on a copy and leave the learner's world alone", () => {
    const s = lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:1"]);
    const before = JSON.stringify(s.world.snapshot());
    const entries = s.transcript.entries.length;
    const r = grade(s, [
      { id: "probe", title: "ip shows it", spec: { kind: "command", host: "host", run: "ip -4 -o addr show dev eth0", stdoutMatches: "192\\.168\\.1\\.11/24", exit: 0 }, failMessage: "x" },
      { id: "reboot", title: "survives reboot", spec: { kind: "after-reboot", host: "host", checks: [addr11.spec as never] }, failMessage: "Lost at reboot." },
    ]);
    expect(r.results.map((x) => x.passed)).toEqual([true, false]);
    expect(r.results[1].message).toMatch(/^Lost at reboot\. After a reboot of host: eth0 has no address/);
    expect(JSON.stringify(s.world.snapshot())).toBe(before);
    expect(s.transcript.entries.length).toBe(entries);
  });

  it("a check naming an unknown host fails with a clear message instead of throwing", () => {
    const r = grade(lab([]), [{ ...addr11, spec: { ...addr11.spec, host: "nohost" } } as Check]);
    expect(r.results[0].passed).toBe(false);
    expect(r.results[0].message).toMatch(/names host "nohost"/);
  });

  it("rejects malformed check specs", () => {
    expect(() => grade(lab([]), [{ ...addr11, spec: { kind: "address", host: "host", dev: "eth0", address: "x" } } as Check])).toThrow(
      /prefix length/,
    );
  });

  it("grades a replayed transcript the same as the live session", () => {
    const s = lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:1"]);
    expect(gradeTranscript(s.transcript, [addr11])).toEqual(grade(s, [addr11]));
  });

  it("guards alone earn nothing: an untouched lab scores 0, and guards count once work is done", () => {
    const guard: Check = {
      id: "primary-kept",
      title: "eth0 keeps 192.168.1.10/24",
      spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.10/24" },
      failMessage: "lost",
      guard: true,
    };
    const empty = grade(lab([]), [addr11, guard]);
    expect(empty.results.map((r) => r.passed)).toEqual([false, true]);
    expect(empty.passed).toBe(1);
    expect(empty.score).toBe(0);
    expect(grade(lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:1"]), [addr11, guard]).score).toBe(1);
    // Work done but the guard broken: partial credit, not 0 and not 1.
    const broken = grade(lab(["ip addr add 192.168.1.11/24 dev eth0 label eth0:1", "ip addr del 192.168.1.10/24 dev eth0"]), [
      { ...addr11, spec: { ...addr11.spec, present: false } } as Check,
      guard,
    ]);
    expect(broken.score).toBe(0.5);
  });

  it("names every regular-expression field of the check kinds, and rejects a malformed pattern", () => {
    expect([...regexFields].sort()).toEqual(["matches", "notMatches", "stdoutMatches", "stdoutNotMatches"]);
    const bad = { id: "c", title: "t", failMessage: "m", spec: { kind: "command", host: "host", run: "true", stdoutMatches: "(" } } as Check;
    expect(() => grade(lab([]), [bad])).toThrow(/not a valid regular expression/);
  });
});
