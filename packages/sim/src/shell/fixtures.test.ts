/**
 * Replays lines recorded from real bash 5.2 (fixtures/interactive.txt) and
 * real dash, Debian's /bin/sh (fixtures/dash.txt), and compares stdout,
 * stderr and status. See fixtures/README.md.
 */
import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { makeShell } from "./test-support/harness.js";

interface Case {
  line: string;
  status: number;
  stdout: string;
  stderr: string;
}

function loadCases(file: string): Case[] {
  // outputs are compared as bytes (the shell's streams carry bytes); the case lines are UTF-8 text
  const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "latin1");
  const cases: Case[] = [];
  for (const block of text.split(/^### /m).slice(1)) {
    const nl = block.indexOf("\n");
    const line = Buffer.from(block.slice(0, nl), "latin1").toString("utf8").replace(/⏎/g, "\n");
    const rest = block.slice(nl + 1);
    const status = Number(/^status: (\d+)/.exec(rest)![1]);
    const out = rest.indexOf("--- stdout\n");
    const err = rest.indexOf("--- stderr\n");
    cases.push({
      line,
      status,
      stdout: rest.slice(out + 11, err),
      stderr: rest.slice(err + 11),
    });
  }
  return cases;
}

/** lines whose output depends on things the simulation models differently */
const SKIP = new Set<string>([
  // the recording machine's real environment and programs
  "export FOO=bar; env | grep FOO",
  "declare -x BAR=1; export -p | grep BAR",
  "type cd if ls ip",
  "type -t ls cd if",
  "ls /nope 2>&1 | cat",
  // history of the recording shell contains the PS1 line
  "history",
]);

function setup(dash = false) {
  const t = makeShell({ cwd: "/tmp/rec" });
  if (dash) {
    t.fs.put("/tmp/rec/dash.sh", "#!/bin/sh\necho one\nnosuch\necho > /nodir/f\ncd /nodir\ncat < /nofile\n", 0o755);
    t.fs.put("/tmp/rec/plain.sh", "nosuch\n", 0o755);
  }
  t.fs.mkdir("/tmp/rec/d", { parents: true });
  t.fs.put("/tmp/rec/noexec.sh", "echo hi\n", 0o644);
  t.fs.put("/tmp/rec/script.sh", 'echo "script $# $1"\nexit 3\n', 0o755);
  t.fs.put("/tmp/rec/lines.txt", "one\ntwo\nthree\n");
  for (const f of ["a.txt", "b.txt", "c.log"]) t.fs.put(`/tmp/rec/${f}`, "");
  t.state.vars.PWD.value = "/tmp/rec";
  return t;
}

for (const [file, dash] of [["interactive.txt", false], ["dash.txt", true]] as const) {
  describe(`replay of real ${dash ? "dash" : "bash"} output (${file})`, () => {
    for (const c of loadCases(file)) {
      if (SKIP.has(c.line)) continue;
      it(c.line.replace(/\n/g, "⏎"), () => {
        const t = setup(dash);
        const r = t.run(c.line);
        expect({ out: r.out, err: r.err, status: r.status }).toEqual({ out: c.stdout, err: c.stderr, status: c.status });
      });
    }
  });
}
