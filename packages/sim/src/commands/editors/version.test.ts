/**
 * nano 7.2 and vim.tiny 9.0 asked for their version, their help or given a
 * bad option: each case of fixtures/version.jsonl (record-version.sh, the
 * real programs on Debian 12) must print the same bytes on the same streams
 * and exit with the same status, without opening the editor.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  prog: string;
  args: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "version.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);

describe("nano and vi on their command line, as recorded", () => {
  const s = LabSession.create("single");
  it.each(cases.map((c) => [`${c.prog} ${c.args}`, c] as const))("%s", (line, c) => {
    expect(s.run("host", line)).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
  });

  it("editor and sensible-editor are nano, named as they were called", () => {
    const nanoVersion = cases.find((c) => c.prog === "nano" && c.args === "--version")!.stdout;
    expect(s.run("host", "editor --version")).toMatchObject({ stdout: nanoVersion, exit: 0 });
    expect(s.run("host", "sensible-editor -V")).toMatchObject({ stdout: nanoVersion, exit: 0 });
    expect(s.run("host", "editor -z")).toMatchObject({
      stdout: "Type 'editor -h' for a list of available options.\n",
      stderr: "editor: invalid option -- 'z'\n",
      exit: 1,
    });
  });

  it("options and their arguments are not taken for the file to edit", () => {
    const t = LabSession.create("single");
    const nano = t.runAtTerminal(t.defaultHost, "nano -T 4 -l +1 /tmp/n.txt", { cols: 80, rows: 24, input: ["hi", "\x18", "y", "\r"] });
    expect(nano.state).toBe("done");
    const vi = t.runAtTerminal(t.defaultHost, "vi -n -u NONE +1 /tmp/v.txt", { cols: 80, rows: 24, input: ["ihi", "\x1b", ":wq\r"] });
    expect(vi.state).toBe("done");
    expect(t.run(undefined, "cat /tmp/n.txt /tmp/v.txt; ls 4 NONE +1")).toMatchObject({
      stdout: "hi\nhi\n",
      stderr: "ls: cannot access '4': No such file or directory\nls: cannot access 'NONE': No such file or directory\nls: cannot access '+1': No such file or directory\n",
    });
  });
});
