/**
 * The interactive monitor against the real MariaDB 10.11 client on a
 * pseudo-terminal (fixtures/interactive.json, recorded by
 * fixtures/record-interactive.py): the same keys give the same screen bytes,
 * except the connection id and the timings, which depend on the real
 * server's history and speed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { TerminalSession, toTty } from "../../session/terminal-session.js";
import { DB_LAB, fixtureLab } from "./test-support.js";

const dir = join(import.meta.dirname, "fixtures");
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const recording = JSON.parse(read("interactive.json")) as { cases: { command: string; keys: string[]; output: string; exit: number }[] };
const lab = fixtureLab(read("setup.sql"));

function normalize(screen: string): string {
  return screen
    .replace(/\r?\n/g, "\r\n")
    .replace(/connection id is \d+/g, "connection id is N")
    .replace(/\(\d+\.\d+ sec\)/g, "(0.000 sec)");
}

function play(command: string, keys: string[]) {
  const s = lab.fork();
  const fs = s.world.host(s.defaultHost)!.fs;
  fs.writeFile("/tmp/q.sql", utf8Encode("select 1;\nselect id from shop.customers where id = 2;\n"));
  s.run(undefined, "cd /tmp");
  const r = s.run(undefined, command, { cols: 80, rows: 24, input: keys });
  return { r, s, fs };
}

describe("the monitor, as recorded from the real client", () => {
  it("every case of interactive-cases.txt was recorded", () => {
    const cases = read("interactive-cases.txt").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(recording.cases.length).toBe(cases.length);
  });
  for (const c of recording.cases) {
    it(`${c.command} ${JSON.stringify(c.keys)}`, () => {
      const { r } = play(c.command, c.keys);
      expect(normalize(r.screen)).toBe(normalize(c.output));
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("the monitor's own behaviour", () => {
  it("keeps the session's lines in ~/.mysql_history and recalls them with Up next time", () => {
    const s = lab.fork();
    s.run(undefined, "mysql", { cols: 80, rows: 24, input: ["select 1+1;\r", "exit\r"] });
    const fs = s.world.host(s.defaultHost)!.fs;
    const file = fs.readFile("/root/.mysql_history");
    expect(file.ok && utf8Decode(file.value)).toBe("_HiStOrY_V2_\nselect\\0401+1;\n");
    const again = s.run(undefined, "mysql", { cols: 80, rows: 24, input: ["\x1b[A", "\r", "exit\r"] });
    expect(again.screen).toContain("| 1+1 |");
  });

  it("ends at once when the terminal hangs up (a replay without keys)", () => {
    const s = lab.fork();
    const r = s.run(undefined, "mysql shop");
    expect(r.exit).toBe(0);
    expect(r.screen.endsWith("MariaDB [shop]> \x1b(B\x1b[0;1mBye\n\x1b(B\x1b[m")).toBe(true);
  });

  it("runs -e and piped input as before: no banner, no prompt", () => {
    const s = lab.fork();
    const r = s.run(undefined, "echo 'select 1' | mysql");
    expect(r.screen).toBe("1\n1\n");
  });
});

describe("the monitor at a live terminal", () => {
  it("answers each statement as it is typed, and a replay of the transcript gives the same screen", () => {
    const lab = LabSession.create(DB_LAB);
    const lines: string[] = [];
    const t = new TerminalSession(lab, { cols: 80, rows: 24, onLine: (r) => lines.push(r.screen) });
    t.start();
    let screen = t.input("mysql\r");
    expect(t.busy).toBe(true);
    expect(screen).toContain("MariaDB [(none)]> ");
    screen += [..."use mysql\r"].map((k) => t.input(k)).join("");
    expect(screen.endsWith("MariaDB [mysql]> ")).toBe(true);
    screen += [..."select 6*7;\r"].map((k) => t.input(k)).join("");
    expect(screen).toContain("| 6*7 |\r\n+-----+\r\n|  42 |");
    screen += [..."exit\r"].map((k) => t.input(k)).join("");
    expect(t.busy).toBe(false);
    expect(lines).toHaveLength(1);
    const entry = lab.transcript.entries.at(-1)!;
    const replay = LabSession.create(DB_LAB);
    const again = replay.run(undefined, "mysql", "tty" in entry ? entry.tty : undefined);
    expect(toTty(again.screen)).toBe(toTty(lines[0]));
  });
});
