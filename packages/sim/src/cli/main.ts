/**
 * rootlab-sim: drive a lab from the command line. Reads command lines from
 * standard input; `@HOST command` runs on HOST, anything else on the lab's
 * first host; `@advance MS` lets virtual time pass. Prints what a terminal
 * would show, or with --jsonl one JSON object per command line.
 * This is the only part of the package that uses Node.
 */
import "../eager.js"; // every program and the lab builder, loaded up front (Node)
import { readFileSync } from "node:fs";
import { getLab, listLabs } from "../lab/labs/index.js";
import { LabSession } from "../lab/lab-session.js";
import type { LabSpec } from "../lab/types.js";
import type { LineTty, Transcript } from "../lab/transcript.js";
import type { TtyInput } from "../process/tty.js";

const USAGE = `Usage: rootlab-sim --lab <lab id or file.json> [--seed N] [--jsonl]
       rootlab-sim --transcript FILE.json [--jsonl]
       rootlab-sim --list
Reads command lines from standard input. "@HOST command" runs on HOST;
"@advance MS" lets MS milliseconds of virtual time pass; "@keys JSON" after a
command line is what was typed into its interactive programs (nano, vi, less),
e.g. @keys "ihello\\u001b:wq\\r"; "@size 100x30" sets the terminal size.
`;

interface Options {
  lab?: string;
  transcript?: string;
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
    else if (a === "--transcript") o.transcript = args[++i];
    else if (a.startsWith("--transcript=")) o.transcript = a.slice(13);
    else if (a === "--list") o.list = true;
    else if (a === "-h" || a === "--help") return "";
    else return `rootlab-sim: unknown option "${a}"`;
  }
  if (!o.list && !o.lab && !o.transcript) return "rootlab-sim: --lab is required";
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
  const print = (prompt: string, r: ReturnType<LabSession["run"]>) => {
    if (opts.jsonl) {
      process.stdout.write(`${JSON.stringify({ host: r.host, cmd: r.cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exit })}\n`);
    } else {
      process.stdout.write(`${prompt}${r.cmd}\n${r.screen}`);
    }
  };
  if (opts.transcript) return replayTranscript(opts.transcript, print);
  const lab = loadLab(opts.lab!);
  if (typeof lab === "string") {
    process.stderr.write(`${lab}\n`);
    return 2;
  }
  const session = LabSession.create(lab, opts.seed);
  const input = readStdin();
  const lines = input.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let size = { cols: 80, rows: 24 };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
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
    if (m && m[1] === "size") {
      const sz = /^(\d+)x(\d+)$/.exec(m[2]);
      if (!sz) {
        process.stderr.write(`rootlab-sim: @size takes COLSxROWS, not "${m[2]}"\n`);
        return 2;
      }
      size = { cols: Number(sz[1]), rows: Number(sz[2]) };
      continue;
    }
    if (m && m[1] === "keys") {
      process.stderr.write(`rootlab-sim: line ${n + 1}: @keys must follow a command line\n`);
      return 2;
    }
    const host = m ? m[1] : undefined;
    const line = m ? m[2] : raw;
    if (host !== undefined && !session.hasHost(host)) {
      process.stderr.write(`rootlab-sim: no host "${host}" in lab ${lab.id} (hosts: ${session.world.hostNames().join(", ")})\n`);
      return 2;
    }
    // the keys typed into this line's programs, on the next line
    let tty: LineTty | undefined;
    const next = /^@keys\s+(.*)$/.exec(lines[n + 1] ?? "");
    if (next) {
      const keys = parseKeys(next[1]);
      if (typeof keys === "string") {
        process.stderr.write(`rootlab-sim: line ${n + 2}: ${keys}\n`);
        return 2;
      }
      tty = { ...size, input: keys };
      n++;
    }
    print(session.prompt(host ?? session.defaultHost), session.run(host, line, tty ?? { ...size, input: [] }));
  }
  return 0;
}

/** `@keys` JSON: a string (one chunk) or an array of chunks and {cols, rows} resizes */
function parseKeys(json: string): TtyInput[] | string {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return "@keys takes JSON: a string or an array of strings";
  }
  const items = typeof v === "string" ? [v] : v;
  if (!Array.isArray(items)) return "@keys takes JSON: a string or an array of strings";
  for (const it of items) {
    const ok = typeof it === "string" || (typeof it === "object" && it !== null && Number.isInteger((it as { cols: number }).cols) && Number.isInteger((it as { rows: number }).rows));
    if (!ok) return "@keys items are strings or {\"cols\": N, \"rows\": N}";
  }
  return items as TtyInput[];
}

function replayTranscript(path: string, print: (prompt: string, r: ReturnType<LabSession["run"]>) => void): number {
  let t: Transcript;
  try {
    t = JSON.parse(readFileSync(path, "utf8")) as Transcript;
  } catch (e) {
    process.stderr.write(`rootlab-sim: cannot read transcript ${path}: ${(e as Error).message}\n`);
    return 2;
  }
  if (!getLab(t.labId)) {
    process.stderr.write(`rootlab-sim: the transcript's lab "${t.labId}" is not a built-in lab\n`);
    return 2;
  }
  const session = LabSession.create(t.labId, t.seed);
  for (const e of t.entries) {
    if ("advance" in e) {
      session.advance(e.advance);
      continue;
    }
    const prompt = session.hasHost(e.host) ? session.prompt(e.host) : "";
    print(prompt, session.run(e.host, e.line, e.tty));
  }
  return 0;
}
