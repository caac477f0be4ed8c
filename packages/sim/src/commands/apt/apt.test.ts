/**
 * apt and apt-get against Debian 12's apt 2.6.1, offline (fixtures/record-apt.sh:
 * a network namespace with no route out, empty package lists, the simulated
 * hosts' dpkg status). Cases run as another user are left out: every
 * simulated process runs as root. Terminal cases compare the screen the
 * carriage returns leave (apt's progress redraws as often as its timer
 * fires), and the colours of apt's E:/W: prefixes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  name: string;
  user: string;
  tty: boolean;
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "apt.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case)
  .filter((c) => c.user === "root");

/** the lines a terminal shows for `text`: each carriage return goes back to the line's start and overwrites */
function render(text: string, colours = false): string[] {
  const plain = colours ? text : text.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, "");
  return plain.split("\n").map((line) => {
    const cells: string[] = [];
    let col = 0;
    for (const ch of line) {
      if (ch === "\r") col = 0;
      else cells[col++] = ch;
    }
    return cells.join("");
  });
}

describe("apt and apt-get offline", () => {
  const s = LabSession.create("single");
  for (const c of cases.filter((c) => !c.tty))
    it(`prints what the real one prints: ${c.cmd}`, () => {
      // to files, as recorded: neither stream is the terminal
      const exit = Number(s.run("host", `${c.cmd} >/tmp/out 2>/tmp/err; echo $?`).stdout);
      expect({ stdout: s.run("host", "cat /tmp/out").stdout, stderr: s.run("host", "cat /tmp/err").stdout, exit }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });

  for (const c of cases.filter((c) => c.tty))
    it(`shows on a terminal what the real one shows: ${c.cmd}`, () => {
      const r = s.run("host", c.cmd, { cols: 80, rows: 24, input: [] });
      const real = c.stdout.replace(/\r\n/g, "\n");
      expect(render(r.screen)).toEqual(render(real));
      expect(r.exit).toBe(c.exit);
      // apt colours its prefixes, apt-get does not
      const prefixes = (t: string) => t.match(/(\x1b\[[0-9;]*m)?[EW]: (\x1b\[0m)?/g) ?? [];
      expect(prefixes(r.screen)).toEqual(prefixes(real));
    });

  it("finds what a lab installed: openssh-server on mysql-backup's db host", () => {
    const lab = LabSession.create("mysql-backup");
    expect(lab.run("db", "apt-get install openssh-server | cat").stdout).toBe(
      "Reading package lists...\nBuilding dependency tree...\nopenssh-server is already the newest version (1:9.2p1-2+deb12u10).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n",
    );
    // where it is not installed, a base package's relationship fields name it (the recorded case)
    expect(s.run("host", "apt-get install openssh-server 2>&1 >/dev/null").stdout).toBe("E: Package 'openssh-server' has no installation candidate\n");
  });

  it("has Debian's man pages, laid out as man lays them out", () => {
    expect(s.run("host", "man dpkg | head -1").stdout).toBe("dpkg(1)                           dpkg suite                           dpkg(1)\n");
    expect(s.run("host", "man apt-get | head -4").stdout).toBe(
      "APT-GET(8)                            APT                           APT-GET(8)\n\nNAME\n       apt-get - APT package handling utility -- command-line interface\n",
    );
    expect(s.run("host", "man apt | tail -1").stdout).toBe("APT 2.6.1                        05 April 2020                          APT(8)\n");
  });
});
