/**
 * crontab against Debian 12's crontab (cron 3.0pl1-162): every case of
 * fixtures/crontab.jsonl was recorded as root by fixtures/record-crontab.sh.
 * The scripted editors of the recording are replaced by the same edits made
 * with shell scripts in the simulation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";

interface Case {
  name: string;
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
  after: string;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "crontab.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);

/** the recording's editors (in a mktemp directory), as scripts in the simulated /tmp/ed */
const EDITORS: Record<string, string> = {
  "ed-add": "echo '0 0 * * * /usr/sbin/scripts/mysql_backup' >> \"$1\"",
  "ed-bad": "echo '0 0 * * 8 /bin/true' >> \"$1\"",
  "ed-name": 'echo "$1" > /tmp/crontab-edit-name',
  "ed-fix": "if grep -q '\\* \\* 8' \"$1\"; then grep -v '\\* \\* 8' \"$1\" > /tmp/ed/new; echo '0 0 * * 1 /bin/true' >> /tmp/ed/new; cat /tmp/ed/new > \"$1\"; else echo '0 0 * * 8 /bin/true' >> \"$1\"; fi",
};

function lab(): LabSession {
  const s = LabSession.create("single", 1);
  s.run(undefined, "mkdir -p /tmp/ed /tmp/w; cd /tmp/w");
  const fs = s.world.host(s.defaultHost)!.fs;
  for (const [name, body] of Object.entries(EDITORS)) {
    fs.writeFile(`/tmp/ed/${name}`, utf8Encode(`#!/bin/sh\n${body}\n`));
    fs.chmod(`/tmp/ed/${name}`, 0o755);
  }
  return s;
}

/** the recorded command with the recording's temporary paths made the simulation's */
function simCommand(cmd: string): string {
  return cmd.replace(/\/tmp\/tmp\.\w+\//g, "/tmp/ed/").replace(/; sed .*$/, "; cat /tmp/crontab-edit-name");
}

/** mkdtemp names differ run to run: compare them as XXXXXX */
const norm = (s: string) => s.replace(/\/tmp\/crontab\.[A-Za-z0-9]{6}/g, "/tmp/crontab.XXXXXX");

describe("crontab matches Debian 12's", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const s = lab();
    const fileCase = /^crontab f$/.test(c.cmd);
    // the recording wrote the case's text to ./f first (the texts are in record-crontab.sh)
    if (fileCase) s.world.host(s.defaultHost)!.fs.writeFile("/tmp/w/f", utf8Encode(FILE_TEXTS[c.name]));
    const r = s.run(undefined, simCommand(c.cmd));
    expect(norm(r.stderr)).toBe(norm(c.stderr));
    // the recording cut the temporary name with sed (not simulated): the editor was given /tmp/crontab.XXXXXX/crontab
    if (c.name === "edit file name") expect(r.stdout).toMatch(/^\/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab\n$/);
    else expect(norm(r.stdout)).toBe(norm(c.stdout));
    expect(r.exit).toBe(c.exit);
    const after = s.run(undefined, "crontab -l");
    expect(after.exit === 0 ? after.stdout : "").toBe(c.after);
  });
});

/** the texts `file NAME TEXT` installed in record-crontab.sh */
const FILE_TEXTS: Record<string, string> = Object.fromEntries(
  [...readFileSync(join(import.meta.dirname, "fixtures", "record-crontab.sh"), "utf8").matchAll(/^file "([^"]+)" \$'((?:[^'\\]|\\.)*)'$/gm)].map((m) => [
    m[1],
    m[2].replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\'/g, "'"),
  ]),
);

describe("crontab on a terminal", () => {
  it("crontab -e opens nano on Debian's template and installs what was saved", () => {
    const s = LabSession.create("single", 1);
    // nano opens at the top: go down past the 23 template lines, type the job, save and exit
    const input = [...Array(23).fill("\x1b[B"), "0 0 * * * /usr/sbin/scripts/mysql_backup", "\x18", "y", "\r"];
    const r = s.run(undefined, "crontab -e", { cols: 80, rows: 24, input });
    expect(r.stderr).toBe("no crontab for root - using an empty one\ncrontab: installing new crontab\n");
    expect(r.exit).toBe(0);
    const l = s.run(undefined, "crontab -l").stdout;
    expect(l.endsWith("# m h  dom mon dow   command\n0 0 * * * /usr/sbin/scripts/mysql_backup\n")).toBe(true);
  });

  it("asks to retry a bad edit and reads the answer from the terminal", () => {
    const s = LabSession.create("single", 1);
    const input = [...Array(23).fill("\x1b[B"), "0 0 * * 8 /bin/true\r", "\x18", "y", "\r", "n\r"];
    const r = s.run(undefined, "EDITOR=nano crontab -e", { cols: 80, rows: 24, input });
    expect(r.stderr).toMatch(/"\/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab":23: bad day-of-week\nerrors in crontab file, can't install\.\ncrontab: edits left in \/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab\n$/);
    expect(r.screen).toContain("Do you want to retry the same edit? (y/n) n\r\n");
    expect(s.run(undefined, "crontab -l").exit).toBe(1);
  });

  it("takes the end of input at the retry question as no instead of asking for ever", () => {
    const s = LabSession.create("single", 1);
    s.run(undefined, "printf '#!/bin/sh\\necho \"0 0 * * 8 x\" >> \"$1\"\\n' > /tmp/bad; chmod +x /tmp/bad");
    const r = s.run(undefined, "EDITOR=/tmp/bad crontab -e");
    expect(r.stdout).toBe("Do you want to retry the same edit? (y/n) \n");
    expect(r.exit).toBe(0);
  });
});
