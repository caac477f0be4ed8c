/**
 * For the archive programs' tests: a host holding the standard tree the
 * comparison cases use (TREE, also built on the real machine by
 * src/test-support/real-tools.ts), and `sh` to run a command line through the
 * real shell and registry with chosen terminal-ness. Pure, so it type-checks
 * with the core.
 */
import { asBytes, type ByteString, utf8Decode } from "../../bytes.js";
import { newShellState } from "../../shell/index.js";
import { Shell } from "../../shell/shell.js";
import { Budget } from "../../process/limits.js";
import { Collector, inputFrom } from "../../process/streams.js";
import { findCommand } from "../registry.js";
import { type TestHost, testHost } from "../files/test-support.js";
import type { Host } from "../../host/host.js";

/** the working directory of every case */
export const WORKDIR = "/root/w";

export interface TreeNode {
  /** relative to WORKDIR */
  path: string;
  /** file content (latin1 = bytes); absent for a directory or symlink */
  content?: string;
  /** symlink target */
  link?: string;
  mode?: number;
}

/**
 * `tar czf - dir` as GNU tar 1.34 and gzip 1.12 made it (251 bytes): the
 * same compressed bytes in both worlds, so a cut or damaged copy breaks in
 * the same place (the simulation's own gzip output differs from gzip's).
 */
const REAL_TGZ_HEX =
  "1f8b0800000000000003edd7ed0a82301406607f7715bb82dad771d763192449821f605d7d9b518481627094f27dfe282a6c" +
  "f2b273b6342b771133e939a2eeeaf5afddbd22238d3664b57faefcad8b04714f2c68aa3a298588caa2a887be1b7bffa3529f" +
  "7fb2ad5bce7f0b01c7d60ee41ff7f25746da4848c639bdac3cffd331cf8bcdd2b380a584f5bf67ee005fd47f2289fa3f8747" +
  "fe07d631ba0aff99fb5bfeba9f7fec08f57f0e57d4fe550beb3fcf2e67ce31bafaefdc84faaf55ecd7bfe6de98062b5fff21" +
  "ffaae1dd014cefff4a69f4ff593cf3bf318e317efeebf77f9cffe6d2a2ff03000000000000000000fca53b63e976cf002800" +
  "00";

/** Files every comparison case starts with, all dated 2026-11-30 09:00:00 UTC (virtual time 0). */
export const TREE: TreeNode[] = [
  { path: "f", content: "hello\n" },
  { path: "plain", content: "x\n" },
  { path: "dir", mode: 0o755 },
  { path: "dir/a.txt", content: "hello\n" },
  { path: "dir/b", mode: 0o755 },
  { path: "dir/b/c", content: "y\n", mode: 0o600 },
  { path: "dir/link", link: "a.txt" },
  { path: "dir/sub", mode: 0o755 },
  { path: "dir/sub/z", content: "x\n" },
  { path: "data.csv", content: "id,name\n1,alice\n2,bob\n" },
  { path: "back\\slash", content: "b" },
  { path: "real.tgz", content: REAL_TGZ_HEX.replace(/../g, (h) => String.fromCharCode(Number.parseInt(h, 16))) },
];

export function archiveHost(): TestHost {
  const t = testHost();
  const fs = t.host.fs;
  fs.mkdir(WORKDIR);
  for (const n of TREE) {
    const p = `${WORKDIR}/${n.path}`;
    if (n.link !== undefined) fs.symlink(n.link, p);
    else if (n.content === undefined) fs.mkdir(p, { mode: n.mode ?? 0o755 });
    else fs.writeFile(p, asBytes(n.content), { mode: n.mode ?? 0o644 });
  }
  for (const n of TREE) if (n.link === undefined) fs.utimes(`${WORKDIR}/${n.path}`, 0);
  return t;
}

export interface ShResult {
  out: ByteString;
  /** stdout decoded */
  text: string;
  err: string;
  code: number;
}

/** Run `line` in WORKDIR as root's shell would; stdout and stdin are pipes unless told otherwise. */
export function sh(host: Host, line: string, opts: { stdoutTty?: boolean; stdinTty?: boolean; stdin?: ByteString } = {}): ShResult {
  const state = newShellState({ user: "root", home: "/root", hostname: host.kernel.hostname });
  state.cwd = WORKDIR;
  const shell = new Shell({ getHost: () => host, state, commands: { find: findCommand } });
  const budget = new Budget();
  const stdout = new Collector(budget, opts.stdoutTty ?? false);
  const stderr = new Collector(budget, opts.stdoutTty ?? false);
  const stdin = opts.stdinTty === false || opts.stdin !== undefined ? inputFrom(opts.stdin ?? asBytes(""), false) : undefined;
  const code = shell.execute(line, { stdout, stderr, stdin });
  return { out: stdout.bytes(), text: utf8Decode(stdout.bytes()), err: utf8Decode(stderr.bytes()), code };
}
