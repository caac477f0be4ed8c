import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asBytes } from "../../../bytes.js";
import { LabSession } from "../../../lab/lab-session.js";

interface Recorded {
  files: Record<string, string>;
  cases: { command: string; output: string; exit: number }[];
}
const recorded = JSON.parse(readFileSync(new URL("../fixtures/sed.json", import.meta.url), "utf8")) as Recorded;

/** a lab host whose /root/sedt holds the files the recording started from */
function labWithFiles(): LabSession {
  const lab = LabSession.create("single");
  const fs = lab.world.host("host")!.fs;
  fs.mkdir("/root/sedt");
  fs.mkdir("/root/sedt/sub");
  // the recording keeps bytes as latin-1 characters
  for (const [name, bytes] of Object.entries(recorded.files)) fs.writeFile(`/root/sedt/${name}`, asBytes(bytes));
  lab.run(undefined, "cd /root/sedt");
  return lab;
}

describe("sed matches GNU sed 4.9 (fixtures/sed.json, recorded by record-sed.py)", () => {
  const lab = labWithFiles();
  it("has the recorded cases", () => expect(recorded.cases.length).toBeGreaterThan(150));
  for (const c of recorded.cases) {
    it(c.command, () => {
      const r = lab.run(undefined, `${c.command} 2>&1`);
      expect(r.screen).toBe(c.output);
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("sed never hangs the page", () => {
  it("an endless branch loop ends with the shell's limit, and the shell goes on", () => {
    const lab = labWithFiles();
    const r = lab.run(undefined, "sed ':a;ba' n.txt");
    expect(r.exit).not.toBe(0);
    expect(r.screen).toMatch(/too long/);
    expect(lab.run(undefined, "sed -n 1p n.txt").screen).toBe("one\n");
  });

  it("the e command is refused as --sandbox refuses it (it would run shell commands)", () => {
    const lab = labWithFiles();
    const r = lab.run(undefined, "sed 's/one/ls/e' n.txt");
    expect(r.screen).toBe("sed: -e expression #1, char 10: e/r/w commands disabled in sandbox mode\n");
    expect(r.exit).toBe(1);
  });
});

describe("sed counts a regex's groups as the regex has them", () => {
  it("nested ERE groups can be referred to (recorded: printf 'ab\\n' | sed -E 's/((a)(b))/\\3\\2/' prints ba)", () => {
    const lab = labWithFiles();
    expect(lab.run(undefined, "printf 'ab\\n' | sed -E 's/((a)(b))/\\3\\2/'").stdout).toBe("ba\n");
    expect(lab.run(undefined, "printf 'ab\\n' | sed -E 's/((a)(b))/\\4/' 2>&1").stdout).toBe("sed: -e expression #1, char 14: invalid reference \\4 on `s' command's RHS\n");
  });
});
