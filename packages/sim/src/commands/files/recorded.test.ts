/**
 * which, id, seq, base64, readlink/realpath, chown/chgrp against the real
 * tools' transcripts (fixtures/*.txt, made by fixtures/record-coreutils.sh):
 * each file's cases run in order on one host holding the same directory
 * /tmp/rl/w and the same /etc/passwd and /etc/group as the recording, stdout
 * and stderr written to one stream (the recording's 2>&1).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../registry.js";
import { asBytes, EMPTY_BYTES, utf8Decode, utf8Encode } from "../../bytes.js";
import { resolvePath } from "../../fs/path.js";
import type { Host } from "../../host/host.js";
import { Budget } from "../../process/limits.js";
import { Collector, inputFrom } from "../../process/streams.js";
import { findCommand } from "../registry.js";
import { EPOCH_MS } from "../../world/clock.js";
import { Shell, newShellState } from "../../shell/index.js";
import { parseFixture } from "./fixture-cases.js";
import { testHost } from "./test-support.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const DIR = "/tmp/rl/w";

/** the recorder's directory (record-coreutils.sh) and account tables */
function recordedHost(): Host {
  const { host } = testHost();
  const fs = host.fs;
  const file = (path: string, text: string, mode = 0o644) => {
    expect(fs.writeFile(path, asBytes(text)).ok).toBe(true);
    fs.chmod(path, mode);
  };
  file("/etc/passwd", fixture("passwd"));
  file("/etc/group", fixture("group"));
  fs.mkdir("/tmp/rl");
  fs.mkdir(DIR);
  file(`${DIR}/f`, "hello\n");
  fs.mkdir(`${DIR}/d`);
  fs.mkdir(`${DIR}/bin`);
  file(`${DIR}/d/g`, "x\n");
  fs.symlink("f", `${DIR}/lf`);
  fs.symlink("nosuch", `${DIR}/dangling`);
  fs.symlink("d", `${DIR}/ld`);
  fs.symlink("loop2", `${DIR}/loop1`);
  fs.symlink("loop1", `${DIR}/loop2`);
  file(`${DIR}/bin/tool`, "#!/bin/sh\n", 0o755);
  file(`${DIR}/tool`, "#!/bin/sh\n", 0o755);
  file(`${DIR}/bin/noexec`, "plain\n");
  file(`${DIR}/ok.b64`, "aGVsbG8K\n");
  file(`${DIR}/bad.b64`, "aGVsbG8*\n");
  file(`${DIR}/short.b64`, "aGVsbA\n");
  file(`${DIR}/long.txt`, "The quick brown fox jumps over the lazy dog, then sleeps under the old oak tree.\n");
  // find's tree: two files dated 2020-01-01 00:00 UTC, the rest made now
  fs.mkdir(`${DIR}/t`);
  fs.mkdir(`${DIR}/t/sub`);
  fs.mkdir(`${DIR}/t/sub/deep`);
  fs.mkdir(`${DIR}/t/empty`);
  file(`${DIR}/t/a.txt`, "hello\n");
  file(`${DIR}/t/B.TXT`, "");
  file(`${DIR}/t/.hidden`, "");
  file(`${DIR}/t/sub/deep/d.txt`, "");
  file(`${DIR}/t/sub/c.log`, "\0".repeat(2000));
  file(`${DIR}/t/sub/deep/big`, "\0".repeat(1_100_000));
  fs.symlink("a.txt", `${DIR}/t/link`);
  const y2020 = Date.UTC(2020, 0, 1) - EPOCH_MS;
  for (const p of ["t/a.txt", "t/sub/c.log"]) fs.utimes(`${DIR}/${p}`, y2020);
  // xargs's inputs
  file(`${DIR}/nul.txt`, "a b\0c d\0");
  file(`${DIR}/quoted.txt`, "one 'two three' \"four five\" six\\ seven\n");
  return host;
}

/**
 * Run argv (leading NAME=value words set the environment) with stdout and
 * stderr on one stream. A trailing `| sort` (find's cases: the real order is
 * ext4's; xargs's, where its error races the command it runs) sorts the
 * standard output, which then follows the errors; the status is sort's.
 */
function runMerged(host: Host, words: string[], stdin?: string): { code: number; out: string } {
  if (words.length > 2 && words[words.length - 2] === "|" && words[words.length - 1] === "sort") {
    const r = runSplit(host, words.slice(0, -2), stdin);
    const lines = r.out.split("\n").filter((l) => l !== "");
    lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // the pipeline's status is sort's
    return { code: 0, out: r.err + lines.map((l) => `${l}\n`).join("") };
  }
  const r = runSplit(host, words, stdin, true);
  return { code: r.code, out: r.out };
}

function runSplit(host: Host, words: string[], stdin?: string, merged = false): { code: number; out: string; err: string } {
  const env: Record<string, string> = {
    HOME: "/root", PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C.UTF-8", TZ: "UTC",
  };
  let i = 0;
  for (; /^[A-Z_]+=/.test(words[i]); i++) env[words[i].slice(0, words[i].indexOf("="))] = words[i].slice(words[i].indexOf("=") + 1);
  const argv = words.slice(i);
  const cmd = findCommand(argv[0]);
  if (!cmd) throw new Error(`no command ${argv[0]}`);
  const budget = new Budget();
  const out = new Collector(budget, false);
  const err = merged ? out : new Collector(budget, false);
  // what find -exec and xargs start: a shell in the same directory, writing to the same streams
  const state = newShellState({ user: "root", home: "/root", hostname: "debian" });
  state.cwd = DIR;
  const shell = new Shell({ getHost: () => host, state, commands: { find: findCommand } });
  const code = cmd.run({
    runCommandLine: (line) => shell.execute(line, { stdout: out, stderr: err }),
    argv, env, cwd: DIR, umask: 0o022, host, budget, stdout: out, stderr: err,
    stdin: stdin === undefined ? inputFrom(EMPTY_BYTES, true) : inputFrom(utf8Encode(stdin)),
    resolve: (p) => resolvePath(DIR, p),
  });
  return { code, out: utf8Decode(out.bytes()), err: merged ? "" : utf8Decode(err.bytes()) };
}

for (const name of ["which", "id", "seq", "base64", "readlink", "chown", "find", "xargs", "du", "sort", "tac", "paste"]) {
  const path = `${name}.txt`;
  const cases = parseFixture(fixture(path));
  describe(`${name} matches the recorded Debian 12 tool (fixtures/${path})`, () => {
    const host = recordedHost();
    it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(15));
    for (const c of cases) {
      it(c.command, () => {
        const r = runMerged(host, c.argv, c.stdin);
        expect(r.out).toBe(c.output);
        expect(r.code).toBe(c.exit);
      });
    }
  });
}

describe("--help starts with the real tools' usage lines (LANG=C.UTF-8 PROG --help | grep -E 'Usage|  or')", () => {
  const usage: Record<string, string> = {
    seq: "Usage: seq [OPTION]... LAST\n  or:  seq [OPTION]... FIRST LAST\n  or:  seq [OPTION]... FIRST INCREMENT LAST\n",
    id: "Usage: id [OPTION]... [USER]...\n",
    readlink: "Usage: readlink [OPTION]... FILE...\n",
    realpath: "Usage: realpath [OPTION]... FILE...\n",
    base64: "Usage: base64 [OPTION]... [FILE]\n",
    chown: "Usage: chown [OPTION]... [OWNER][:[GROUP]] FILE...\n  or:  chown [OPTION]... --reference=RFILE FILE...\n",
    chgrp: "Usage: chgrp [OPTION]... GROUP FILE...\n  or:  chgrp [OPTION]... --reference=RFILE FILE...\n",
    find: "Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]\n",
    xargs: "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\n",
  };
  const host = recordedHost();
  for (const [prog, text] of Object.entries(usage)) {
    it(prog, () => {
      const r = runMerged(host, [prog, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out.split("\n").filter((l) => /^Usage|^ {2}or/.test(l)).map((l) => `${l}\n`).join("")).toBe(text);
    });
  }
});
