/**
 * Running shell lines in tests: a `Shell` over `MemFs`, a host stand-in and
 * a few fake programs (cat, tr-like upper, argv printer, a chatty one, one
 * that throws). `run(line)` returns stdout, stderr and the status.
 */
import { asBytes } from "../../bytes.js";
import type { Command } from "../../commands/types.js";
import type { Host } from "../../host/host.js";
import { Budget } from "../../process/limits.js";
import { Collector, inputFrom } from "../../process/streams.js";
import { Prng, seedPrng } from "../../world/prng.js";
import { Shell } from "../shell.js";
import { newShellState, type ShellState } from "../state.js";
import { MemFs } from "./memfs.js";

const prog = (name: string, run: Command["run"]): Command => ({ name, summary: `${name} - test program`, man: "", run });

export const fakeCommands: Command[] = [
  prog("cat", (p) => {
    const files = p.argv.slice(1);
    if (files.length === 0) {
      p.stdout.writeBytes(p.stdin.bytes());
      return 0;
    }
    let status = 0;
    for (const f of files) {
      const r = p.host.fs.readFile(p.resolve(f));
      if (r.ok) p.stdout.writeBytes(r.value);
      else {
        p.stderr.write(`cat: ${f}: No such file or directory\n`);
        status = 1;
      }
    }
    return status;
  }),
  prog("upper", (p) => {
    p.stdout.write(p.stdin.text().toUpperCase());
    return 0;
  }),
  prog("args", (p) => {
    for (const a of p.argv.slice(1)) p.stdout.write(`<${a}>\n`);
    return 0;
  }),
  prog("printenv", (p) => {
    const name = p.argv[1];
    if (name !== undefined) {
      if (!Object.prototype.hasOwnProperty.call(p.env, name)) return 1;
      p.stdout.write(p.env[name] + "\n");
      return 0;
    }
    for (const k of Object.keys(p.env).sort()) p.stdout.write(`${k}=${p.env[k]}\n`);
    return 0;
  }),
  prog("exitwith", (p) => Number(p.argv[1])),
  prog("spam", (p) => {
    const line = "y".repeat(1023) + "\n";
    for (;;) p.stdout.write(line);
  }),
  prog("boom", () => {
    throw new Error("kaboom");
  }),
  prog("istty", (p) => {
    p.stdout.write(`${p.stdin.isTTY} ${p.stdout.isTTY}\n`);
    return 0;
  }),
  prog("ip", (p) => {
    p.stdout.write(`ip ${p.argv.slice(1).join(" ")}\n`);
    return 0;
  }),
];

export function findFake(name: string): Command | undefined {
  return fakeCommands.find((c) => c.name === name);
}

export interface TestShell {
  shell: Shell;
  fs: MemFs;
  state: ShellState;
  run(line: string, stdin?: string): { out: string; err: string; status: number };
}

export function makeShell(opts: { hostname?: string; cwd?: string } = {}): TestShell {
  const fs = new MemFs();
  const hostname = opts.hostname ?? "host";
  const host = { name: hostname, fs, prng: new Prng(seedPrng(7)) } as unknown as Host;
  const state = newShellState({ user: "root", home: "/root", hostname });
  if (opts.cwd) state.cwd = opts.cwd;
  const shell = new Shell({ getHost: () => host, state, commands: { find: findFake } });
  return {
    shell,
    fs,
    state,
    run(line: string, stdin?: string) {
      // the terminal's own streams: unlimited budgets (the shell charges its own)
      const big = new Budget(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      const out = new Collector(big, true);
      const err = new Collector(big, true);
      const status = shell.execute(line, {
        stdout: out,
        stderr: err,
        stdin: stdin === undefined ? undefined : inputFrom(asBytes(stdin)),
      });
      return { out: out.bytes(), err: err.bytes(), status };
    },
  };
}
