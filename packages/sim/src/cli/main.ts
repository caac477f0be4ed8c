/**
 * rootlab-sim: drive a lab from the command line. Reads command lines from
 * standard input; `@HOST command` runs on HOST, anything else on the lab's
 * first host; `@advance MS` lets virtual time pass. Prints what a terminal
 * would show, or with --jsonl one JSON object per command line.
 * This is the only part of the package that uses Node.
 */
import { readFileSync } from "node:fs";
import { getLab, listLabs } from "../lab/labs/index.js";
import { LabSession } from "../lab/lab-session.js";
import type { LabSpec } from "../lab/types.js";

const USAGE = `Usage: rootlab-sim --lab <lab id or file.json> [--seed N] [--jsonl]
       rootlab-sim --list
Reads command lines from standard input. "@HOST command" runs on HOST;
"@advance MS" lets MS milliseconds of virtual time pass.
`;

interface Options {
  lab?: string;
  seed: number;
  jsonl: boolean;
  list: boolean;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { seed: 1, jsonl: false, list: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--lab") o.lab = args[++i];
    else if (a.startsWith("--lab=")) o.lab = a.slice(6);
    else if (a === "--seed" || a.startsWith("--seed=")) {
      const v = a === "--seed" ? args[++i] : a.slice(7);
      if (!/^\d+$/.test(v ?? "")) return `rootlab-sim: --seed takes a non-negative integer, not "${v ?? ""}"`;
      o.seed = Number(v);
    } else if (a === "--jsonl") o.jsonl = true;
    else if (a === "--list") o.list = true;
    else if (a === "-h" || a === "--help") return "";
    else return `rootlab-sim: unknown option "${a}"`;
  }
  if (!o.list && !o.lab) return "rootlab-sim: --lab is required";
  return o;
}

function loadLab(ref: string): LabSpec | string {
  const builtin = getLab(ref);
  if (builtin) return builtin;
  if (!ref.endsWith(".json")) return `rootlab-sim: no lab "${ref}" (try --list)`;
  try {
    return JSON.parse(readFileSync(ref, "utf8")) as LabSpec;
  } catch (e) {
    return `rootlab-sim: cannot read lab file ${ref}: ${(e as Error).message}`;
  }
}

function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}

export async function main(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === "string") {
    process.stderr.write(opts ? `${opts}\n${USAGE}` : USAGE);
    return opts ? 2 : 0;
  }
  if (opts.list) {
    for (const l of listLabs()) process.stdout.write(`${l.id}\t${l.title}\t${l.hosts.map((h) => h.name).join(",")}\n`);
    return 0;
  }
  const lab = loadLab(opts.lab!);
  if (typeof lab === "string") {
    process.stderr.write(`${lab}\n`);
    return 2;
  }
  const session = LabSession.create(lab, opts.seed);
  const input = readStdin();
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const raw of lines) {
    const m = /^@(\S+)\s*(.*)$/.exec(raw);
    if (m && m[1] === "advance") {
      const ms = Number(m[2]);
      if (!Number.isFinite(ms) || ms < 0) {
        process.stderr.write(`rootlab-sim: @advance takes milliseconds, not "${m[2]}"\n`);
        return 2;
      }
      session.advance(ms);
      continue;
    }
    const host = m ? m[1] : undefined;
    const line = m ? m[2] : raw;
    if (host !== undefined && !session.hasHost(host)) {
      process.stderr.write(`rootlab-sim: no host "${host}" in lab ${lab.id} (hosts: ${session.world.hostNames().join(", ")})\n`);
      return 2;
    }
    const prompt = session.prompt(host ?? session.defaultHost);
    const r = session.run(host, line);
    if (opts.jsonl) {
      process.stdout.write(`${JSON.stringify({ host: r.host, cmd: r.cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exit })}\n`);
    } else {
      process.stdout.write(`${prompt}${line}\n${r.screen}`);
    }
  }
  return 0;
}
