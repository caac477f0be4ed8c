/**
 * A terminal session that starts before its lab (a browser draws the first
 * prompt from the lab's snapshot while the simulation's code loads): what it
 * writes, once the lab is attached, is what a session with the lab from the
 * start writes for the same keys, in the same order.
 */
import { describe, expect, it } from "vitest";
import { LabSession, type LineResult } from "../lab/lab-session.js";
import { labSnapshot, restoreLabSnapshot } from "../lab/lab-snapshot.js";
import { TerminalSession } from "./terminal-session.js";

function pair() {
  const doc = labSnapshot("single", 1);
  const eagerLines: LineResult[] = [];
  const earlyLines: LineResult[] = [];
  const eager = new TerminalSession(LabSession.create("single", 1), { cols: 80, onLine: (r) => eagerLines.push(r) });
  let later = "";
  const early = new TerminalSession(undefined, {
    host: "host",
    cols: 80,
    screen: doc.screens.host,
    onLine: (r) => earlyLines.push(r),
    onOutput: (d) => (later += d),
  });
  const attach = () => early.attach(restoreLabSnapshot("single", 1, doc));
  return { eager, early, eagerLines, earlyLines, attach, later: () => later };
}

describe("a terminal session started on the snapshot's screen", () => {
  it("draws the same login screen before its lab is there", () => {
    const { eager, early } = pair();
    expect(early.start()).toBe(eager.start());
    expect(() => early.lab).toThrow(/not attached/);
  });

  it("edits at once, runs a line entered before the lab when it arrives, type-ahead included", async () => {
    const { eager, early, eagerLines, earlyLines, attach, later } = pair();
    eager.start();
    early.start();
    const keys = ["ip addr add 192.168.1.20/24 dev eth0", "\r", "ip -br a", "\r"];
    let want = "";
    for (const k of keys) want += eager.input(k);
    let got = "";
    for (const k of keys) got += early.input(k);
    expect(got).toBe("ip addr add 192.168.1.20/24 dev eth0\r\n"); // echoed and entered; nothing runs yet
    expect(earlyLines).toEqual([]);
    attach();
    expect(got + later()).toBe(want);
    expect(earlyLines).toEqual(eagerLines);
    expect(earlyLines.map((l) => l.cmd)).toEqual(["ip addr add 192.168.1.20/24 dev eth0", "ip -br a"]);
  });

  it("a Tab before the lab finds nothing, and is pressed again once the lab is there", async () => {
    const { eager, early, attach, later } = pair();
    eager.start();
    early.start();
    const want = eager.input("cat /etc/hostn") + eager.input("\t");
    let got = early.input("cat /etc/hostn") + early.input("\t");
    expect(got).toBe("cat /etc/hostn\x07");
    attach();
    await Promise.resolve();
    got += later();
    expect(got.replace("\x07", "")).toBe(want);
  });

  it("needs the host and screen when started without a lab, and takes one lab only", () => {
    expect(() => new TerminalSession(undefined, { host: "host" })).toThrow(/login screen/);
    const { attach } = pair();
    attach();
    expect(() => attach()).toThrow(/already/);
  });
});
