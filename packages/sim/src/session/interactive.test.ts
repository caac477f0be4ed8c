/**
 * Interactive programs at a terminal: keys typed one at a time reach the
 * program, its screen comes back, the transcript records what it read, and
 * a headless replay of that transcript gives the same files and the same
 * screen bytes without ever waiting.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode } from "../bytes.js";
import { LabSession, type LineResult } from "../lab/lab-session.js";
import { renderVt } from "../test-support/vt.js";
import { TerminalSession, toTty } from "./terminal-session.js";

function term(rows = 24) {
  const lab = LabSession.create("single");
  const lines: LineResult[] = [];
  const t = new TerminalSession(lab, { cols: 80, rows, onLine: (r) => lines.push(r) });
  t.start();
  return { lab, t, lines };
}

const readFile = (lab: LabSession, path: string) => {
  const r = lab.world.host(lab.defaultHost)!.fs.readFile(path);
  return r.ok ? utf8Decode(r.value) : null;
};

/** type `text` one key per input() call, as a learner does; returns everything written to the terminal */
function typeKeys(t: TerminalSession, keys: string[]): string {
  return keys.map((k) => t.input(k)).join("");
}

describe("interactive programs at a live terminal", () => {
  it("feeds keys to nano one at a time and records them with the line", async () => {
    const { lab, t, lines } = term();
    let screen = t.input("nano /root/notes.txt\r");
    expect(t.busy).toBe(true);
    expect(screen).toContain("\x1b[?1049h");
    expect(screen).toContain("[ New File ]");
    screen += typeKeys(t, [..."hello", "\r", ..."world", "\x0f"]);
    expect(lines).toHaveLength(0);
    const vt = await renderVt(screen);
    expect(vt.lines[0]).toContain("/root/notes.txt *");
    expect(vt.lines[1]).toBe("hello");
    expect(vt.lines[2]).toBe("world");
    expect(vt.lines[21].trimEnd()).toBe("File Name to Write: /root/notes.txt");
    const end = t.input("\r") + t.input("\x18");
    expect(t.busy).toBe(false);
    expect(end.endsWith("\x1b[?1049lroot@host:~# ")).toBe(true);
    expect(readFile(lab, "/root/notes.txt")).toBe("hello\nworld\n");
    expect(lines).toHaveLength(1);
    expect(lines[0].exit).toBe(0);
    const entry = lab.transcript.entries.at(-1)!;
    expect(entry).toEqual({
      host: "host",
      line: "nano /root/notes.txt",
      tty: { cols: 80, rows: 24, input: ["h", "e", "l", "l", "o", "\r", "w", "o", "r", "l", "d", "\x0f", "\r", "\x18"] },
    });
    // what the terminal was sent, live, after the echo of the command line, is the line's screen byte for byte
    const echo = "nano /root/notes.txt\r\n";
    expect(screen.startsWith(echo)).toBe(true);
    expect(toTty(lines[0].screen)).toBe(screen.slice(echo.length) + end.slice(0, end.length - "root@host:~# ".length));
  });

  it("replays the transcript headless to the same file and the same screen bytes", () => {
    const { lab, t, lines } = term();
    t.input("vi /etc/motd.new\r");
    typeKeys(t, ["i", ..."Welcome", "\x1b", ":", "w", "q", "\r"]);
    t.input("cat /etc/motd.new\r");
    const { session, outputs } = LabSession.replay(lab.transcript);
    expect(readFile(session, "/etc/motd.new")).toBe("Welcome\n");
    expect(outputs.map((o) => o.screen)).toEqual(lines.map((l) => l.screen));
    expect(session.world.snapshot()).toEqual(lab.world.snapshot());
  });

  it("hands type-ahead after Enter to the program and gives back what it did not read", () => {
    const { lab, t, lines } = term();
    const out = t.input("nano /tmp/a\rone\x18y\recho done\r");
    expect(t.busy).toBe(false);
    expect(readFile(lab, "/tmp/a")).toBe("one\n");
    expect(lines.map((l) => l.cmd)).toEqual(["nano /tmp/a", "echo done"]);
    expect(out).toContain("echo done\r\ndone\r\n");
    expect(lab.transcript.entries[0]).toMatchObject({ tty: { input: ["one\x18y\r"] } });
  });

  it("leaves the world untouched while a program waits, so a page reload loses only the unfinished line", () => {
    const { lab, t } = term();
    t.input("echo before > /tmp/f; nano /tmp/f\r");
    typeKeys(t, ["x", "\x0f", "\r"]);
    // nano wrote the file in its run, but the line has not finished: nothing is committed
    expect(readFile(lab, "/tmp/f")).toBe(null);
    expect(lab.transcript.entries).toHaveLength(0);
    t.input("\x18");
    expect(readFile(lab, "/tmp/f")).toBe("xbefore\n");
  });

  it("sends a resize to the program, which redraws at the new size and records it", async () => {
    const { lab, t } = term();
    t.input("printf '%s\\n' {1..100} > /tmp/long\r");
    t.input("less /tmp/long\r");
    const out = t.resize(100, 30);
    expect(out).toContain("\x1b[H\x1b[2J");
    t.input("q");
    const entry = lab.transcript.entries.at(-1)!;
    expect(entry).toMatchObject({ tty: { cols: 80, rows: 24, input: [{ cols: 100, rows: 30 }, "q"] } });
    const vt = await renderVt(out, 100, 30);
    expect(vt.lines[0]).toBe("1");
    expect(vt.lines[28]).toBe("29");
    expect(vt.lines[29]).toBe("/tmp/long");
  });
});

describe("headless runs never wait", () => {
  it("an editor with no recorded keys ends at once without saving", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "echo keep > /tmp/k");
    const nano = lab.run(undefined, "nano /tmp/k");
    expect(nano.exit).toBe(1);
    const vi = lab.run(undefined, "vi /tmp/k");
    expect(vi.exit).toBe(1);
    expect(vi.stderr).toBe("Vim: Error reading input, exiting...\n");
    expect(readFile(lab, "/tmp/k")).toBe("keep\n");
    expect(lab.run(undefined, "less /tmp/k; echo $?").stdout.endsWith("0\n")).toBe(true);
  });

  it("runs the keys of a line given to run() and stops at their end", () => {
    const lab = LabSession.create("single");
    const r = lab.run(undefined, "nano /tmp/n; echo status=$?", { cols: 80, rows: 24, input: ["abc\x0f\r"] });
    expect(r.stdout).toBe("status=1\n");
    expect(readFile(lab, "/tmp/n")).toBe("abc\n");
  });

  it("gives programs without a terminal the real refusal", () => {
    const lab = LabSession.create("single");
    const r = lab.run(undefined, "echo x | nano /tmp/p");
    expect(r.stderr).toBe("Standard input is not a terminal\n");
    expect(lab.run(undefined, "printf '%s\\n' 1 2 3 | less | cat").stdout).toBe("1\n2\n3\n");
  });
});
