/**
 * Where programs are, as a Debian 12 host's root finds them: `type -a`,
 * `which -a` and `command -v` with root's PATH, `which -a` with a user's
 * PATH, and what /usr/bin/NAME and /usr/sbin/NAME are (file, symlink and
 * its target, missing), for every program the simulation registers,
 * against fixtures/lookup.jsonl (record-lookup.sh, the real Debian 12).
 * Merged /usr: /bin and /sbin are usr/bin and usr/sbin, so each program is
 * found twice more through them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

interface Rec {
  name: string;
  type: string;
  which: string;
  commandV: string;
  whichUser: string;
  usrBin: string;
  usrSbin: string;
}

const recs = readFileSync(join(import.meta.dirname, "fixtures", "lookup.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Rec);

const ROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const USER_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games";

/** the recording machine had gawk and vim installed: its awk and vi alternatives point elsewhere (see commands/disk/file-programs.test.ts) */
const LINK_DIFFERS_HERE = new Set<string>();

describe("programs are where Debian 12 keeps them", () => {
  const s = LabSession.create("single");
  const what = (path: string) =>
    s.run("host", `if [ -L ${path} ]; then echo "-> $(readlink ${path})"; elif [ -e ${path} ]; then echo file; else echo missing; fi`).stdout.trimEnd();
  const out = (line: string) => {
    const r = s.run("host", line);
    return (r.stdout + r.stderr).trimEnd();
  };

  it.each(recs.map((r) => [r.name, r] as const))("%s", (name, r) => {
    expect(out(`PATH=${ROOT_PATH}; type -a '${name}'`), "type -a").toBe(r.type);
    expect(out(`PATH=${ROOT_PATH}; which -a '${name}'`), "which -a").toBe(r.which);
    expect(out(`PATH=${ROOT_PATH}; command -v '${name}'`), "command -v").toBe(r.commandV);
    expect(out(`PATH=${USER_PATH}; which -a '${name}'`), "which -a, a user's PATH").toBe(r.whichUser);
    if (LINK_DIFFERS_HERE.has(name)) return;
    expect(what(`/usr/bin/${name}`), `/usr/bin/${name}`).toBe(r.usrBin);
    expect(what(`/usr/sbin/${name}`), `/usr/sbin/${name}`).toBe(r.usrSbin);
  });
});
