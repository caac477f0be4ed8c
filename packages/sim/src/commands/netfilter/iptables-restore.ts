/**
 * iptables-restore (1.8.9) reads what iptables-save wrote, from a file or
 * stdin: "*table" starts a table (flushed first unless --noflush),
 * ":CHAIN POLICY [p:b]" sets a built-in chain's policy or declares a user
 * chain, other lines are iptables arguments for that table ("[p:b]" in
 * front with --counters), "COMMIT" applies the table. Errors name the line:
 * "iptables-restore: line 5 failed: No chain/target/match by that name."
 *
 * iptables-nft-restore queues a table's commands and carries them out at
 * COMMIT in one nf_tables transaction (so a mistake on line 4 is reported
 * after a syntax error on line 6); iptables-legacy-restore applies each
 * line to its copy of the table at once and reports only "line N failed".
 */
import { utf8Decode } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import * as rs from "../../kernel/net/netfilter/ruleset.js";
import { isBuiltinChain, isTableName } from "../../kernel/net/netfilter/ruleset.js";
import type { NfTableName } from "../../kernel/net/netfilter/types.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { OTHER_PROBLEM, PARAMETER_PROBLEM, XtExit, type XtProgram, exitWith, xtError, xtProgram, xtStrerror } from "./errors.js";
import { XtCommand } from "./execute.js";
import { flavourOf } from "./flavour.js";
import { Getopt, getoptMessage } from "./getopt.js";
import { IPTABLES_RESTORE_MAN } from "./man-pages.js";
import { NetDb } from "./netdb.js";
import { type ParsedCommand, assertValidChainName, parseCommandLine } from "./parse.js";
import { splitRestoreLine } from "./restore-line.js";

const LONG = [
  ["counters", 0, "c"],
  ["verbose", 0, "v"],
  ["version", 0, "V"],
  ["test", 0, "t"],
  ["help", 0, "h"],
  ["noflush", 0, "n"],
  ["modprobe", 1, "M"],
  ["table", 1, "T"],
  ["ipv4", 0, "4"],
  ["ipv6", 0, "6"],
  ["wait", 2, "w"],
  ["wait-interval", 2, "W"],
].map(([name, hasArg, val]) => ({ name: name as string, hasArg: hasArg as 0 | 1 | 2, val: val as string }));

interface RestoreOptions {
  counters: boolean;
  verbose: number;
  test: boolean;
  noflush: boolean;
  table?: string;
}

/** a command of the current table, waiting for COMMIT (nft) */
interface Queued {
  line: number;
  run: (cmd: XtCommand) => void;
}

class Restore {
  out = "";
  private inTable = false;
  private table: NfTableName = "filter";
  private queue: Queued[] = [];
  private readonly db: NetDb;
  private readonly live;
  private work;

  constructor(
    readonly proc: Process,
    readonly prog: XtProgram,
    readonly opts: RestoreOptions,
  ) {
    this.db = new NetDb(proc.host.fs);
    this.live = proc.host.kernel.netfilter.ruleset(prog.flavour);
    this.work = rs.draft(this.live);
  }

  private get nft(): boolean {
    return this.prog.flavour === "nft";
  }

  /** "iptables-restore: line N failed[: TEXT.]" */
  private lineFailed(line: number, text?: string): never {
    throw new XtExit(1, `${this.prog.name}: line ${line} failed${text === undefined ? "" : `: ${text}.`}\n`);
  }

  private command(): XtCommand {
    return new XtCommand(this.prog, this.db, this.proc.host.kernel, this.live, this.work);
  }

  /** carry out one queued or immediate step, turning "iptables: X." failures into the restore's wording */
  private step(line: number, run: (cmd: XtCommand) => void): void {
    const cmd = this.command();
    this.prog.cmdLine = line;
    try {
      run(cmd);
      this.out += cmd.out;
    } catch (e) {
      this.out += cmd.out;
      if (e instanceof XtExit && e.stderr.startsWith("iptables: ")) {
        if (!this.nft) this.lineFailed(line);
        this.lineFailed(line, e.stderr.slice("iptables: ".length).replace(/\.( Run `dmesg' for more information\.)?\n$/, ""));
      }
      throw e;
    }
  }

  private later(line: number, run: (cmd: XtCommand) => void): void {
    if (this.nft) this.queue.push({ line, run });
    else this.step(line, run);
  }

  private commitTable(): void {
    // nft --test aborts the batch instead of committing it: what only the commit checks (a jump to a
    // missing chain, the kernel's x_tables checks) goes unnoticed, as with the real tool
    if (this.opts.test && this.nft && !this.opts.verbose) this.queue = [];
    for (const q of this.queue) this.step(q.line, q.run);
    this.queue = [];
    if (!this.opts.test) {
      rs.commit(this.live, this.work);
      this.work = rs.draft(this.live);
    } else this.work = rs.draft(this.live);
  }

  feed(lineNo: number, raw: string): void {
    this.prog.line = lineNo;
    const skipping = () => this.opts.table !== undefined && this.opts.table !== this.table;
    if (raw === "" || raw[0] === "\n") return;
    if (raw[0] === "#") {
      if (this.opts.verbose) this.out += raw.endsWith("\n") ? raw : `${raw}\n`;
      return;
    }
    const text = raw.replace(/\n$/, "");
    if (this.inTable && /^COMMIT$/.test(text)) {
      if (!skipping()) this.commitTable();
      this.inTable = false;
      return;
    }
    if (raw[0] === "*" && !this.inTable) return this.startTable(lineNo, text);
    // a line outside any table is no command: "line N failed", exit 1 (both flavours)
    if (!this.inTable) throw new XtExit(1, `${this.prog.name}: line ${lineNo} failed\n`);
    if (skipping()) return;
    if (raw[0] === ":") return this.chainLine(lineNo, text);
    this.ruleLine(lineNo, text);
  }

  private startTable(lineNo: number, text: string): void {
    const name = text.slice(1).split(/[ \t]/).filter((w) => w !== "")[0];
    if (!name) xtError(this.prog, PARAMETER_PROBLEM, `${this.prog.name}: line ${lineNo} table name invalid`);
    if (!isTableName(name)) {
      if (this.nft) xtError(this.prog, PARAMETER_PROBLEM, `${this.prog.name}: line ${lineNo} table name '${name}' invalid`);
      throw new XtExit(OTHER_PROBLEM, `${this.prog.name}: line ${lineNo} failed\n`);
    }
    this.table = name;
    this.inTable = true;
    if (this.opts.table !== undefined && this.opts.table !== name) return;
    if (this.nft) {
      if (this.opts.noflush) return;
      if (!this.opts.verbose) rs.deleteTable(this.work, name);
      else
        // nft_cmd_table_flush with -v: flush every chain, then delete the chains that may go
        this.later(lineNo, (cmd) => {
          cmd.flushVerbose(name);
        });
      return;
    }
    rs.touchTable(this.live, name, "legacy");
    rs.touchTable(this.work, name, "legacy");
    if (!this.opts.noflush) {
      rs.flushRules(this.work, name);
      for (const c of [...this.work.tables[name]!.chains]) if (c.policy === undefined) rs.deleteChain(this.work, name, c.name, { flavour: "legacy" });
    }
  }

  private chainLine(lineNo: number, text: string): void {
    const words = text.slice(1).split(/[ \t]+/).filter((w) => w !== "");
    const [chain, policy, ctrs] = words;
    const table = this.table;
    if (!chain) xtError(this.prog, PARAMETER_PROBLEM, `${this.prog.name}: line ${lineNo} chain name invalid`);
    if (!this.nft && chain.length >= 29) xtError(this.prog, PARAMETER_PROBLEM, `Invalid chain name \`${chain}' (28 chars max)`);
    if (this.nft) assertValidChainName(this.prog, chain);
    if (!policy) xtError(this.prog, PARAMETER_PROBLEM, `${this.prog.name}: line ${lineNo} policy invalid`);
    let counters: { packets: number; bytes: number } | undefined;
    if (this.opts.counters && (isBuiltinChain(table, chain) || !this.nft) && policy !== "-") {
      const m = ctrs === undefined ? null : /^\[(\d+):(\d+)\]/.exec(ctrs);
      if (!m) xtError(this.prog, PARAMETER_PROBLEM, `invalid policy counters for chain '${chain}'`);
      counters = { packets: Number(m![1]), bytes: Number(m![2]) };
    }
    if (isBuiltinChain(table, chain)) {
      const set = (cmd: XtCommand) => {
        if (policy === "-") {
          rs.touchChain(cmd.draft, table, chain, "nft");
          return;
        }
        const r = rs.setPolicy(cmd.draft, table, chain, policy, cmd.edit, counters ?? { packets: 0, bytes: 0 });
        if (!r.ok) {
          if (this.nft) this.lineFailed(lineNo, xtStrerror("nft", "chain_set", r.errno));
          xtError(this.prog, OTHER_PROBLEM, `Can't set policy \`${policy}' on \`${chain}' line ${lineNo}: ${xtStrerror("legacy", "chain_set", r.errno)}`);
        }
      };
      if (this.nft || policy !== "-") this.later(lineNo, set);
      return;
    }
    if (this.nft) {
      this.later(lineNo, (cmd) => {
        const t = rs.touchTable(cmd.draft, table, "nft");
        if (rs.findChain(t, chain)) rs.flushRules(cmd.draft, table, chain);
        else rs.newChain(cmd.draft, table, chain, cmd.edit);
      });
      return;
    }
    const existing = rs.findChain(this.work.tables[table], chain);
    if (this.opts.noflush && existing) rs.flushRules(this.work, table, chain);
    else {
      const r = rs.newChain(this.work, table, chain, { flavour: "legacy" });
      if (!r.ok) xtError(this.prog, PARAMETER_PROBLEM, `error creating chain '${chain}':${STRERROR[r.errno]}`);
    }
    if (policy !== "-")
      xtError(this.prog, OTHER_PROBLEM, `Can't set policy \`${policy}' on \`${chain}' line ${lineNo}: ${xtStrerror("legacy", "chain_set", "ENOENT")}`);
  }

  private ruleLine(lineNo: number, text: string): void {
    let rest = text;
    let counters: string[] = [];
    if (rest[0] === "[") {
      const close = rest.indexOf("]");
      if (close < 0) xtError(this.prog, PARAMETER_PROBLEM, `Bad line ${lineNo}: need ]`);
      const inner = rest.slice(1, close);
      const colon = inner.indexOf(":");
      if (colon < 0) xtError(this.prog, PARAMETER_PROBLEM, `Bad line ${lineNo}: need :`);
      counters = [inner.slice(0, colon), inner.slice(colon + 1)];
      rest = rest.slice(close + 1);
    }
    const argv = [this.prog.name, "-t", this.table];
    for (let i = 0; !this.opts.noflush && i < this.opts.verbose; i++) argv.push("-v");
    if (this.opts.counters && counters.length === 2) argv.push("--set-counters", counters[0], counters[1]);
    argv.push(...splitRestoreLine(rest));
    const p: ParsedCommand = parseCommandLine(this.prog, this.db, argv, { restore: true, table: this.table });
    if (p.warnings) this.proc.stderr.write(p.warnings);
    this.later(lineNo, (cmd) => cmd.run(p));
  }

  finish(lines: number): void {
    if (this.inTable) throw new XtExit(1, `${this.prog.name}: COMMIT expected at line ${lines + 1}\n`);
  }
}

function run(proc: Process): number {
  const flavour = flavourOf(proc, "iptables-restore", proc.argv[0]);
  const self = proc.argv[0].slice(proc.argv[0].lastIndexOf("/") + 1);
  const prog = xtProgram(flavour, flavour === "legacy" ? "iptables-restore" : self);
  const g = new Getopt(proc.argv, "bcvVthnM:T:wW");
  const opts: RestoreOptions = { counters: false, verbose: 0, test: false, noflush: false };
  const files: string[] = [];
  for (;;) {
    const r = g.next(LONG);
    if (r.c === -1) break;
    switch (r.c) {
      case "b":
        proc.stderr.write("-b/--binary option is not implemented\n");
        break;
      case "c":
        opts.counters = true;
        break;
      case "v":
        opts.verbose++;
        break;
      case "V":
        proc.stdout.write(`${prog.name} v${prog.version}\n`);
        return 0;
      case "t":
        opts.test = true;
        break;
      case "h":
        proc.stderr.write(usage(prog.name));
        return 0;
      case "n":
        opts.noflush = true;
        break;
      case "T":
        opts.table = r.optarg;
        break;
      case "M":
      case "4":
      case "6":
        break;
      case "w":
      case "W":
        if (r.optarg === undefined && g.hasArg()) g.optind++;
        break;
      case 1:
        files.push(r.optarg!);
        break;
      default: {
        const msg = getoptMessage(proc.argv[g.optind - 1] ?? "", r.c === ":");
        proc.stderr.write(`${proc.argv[0]}: ${msg}\nTry \`${prog.name} -h' for more information.\n`);
        return 1;
      }
    }
  }
  files.push(...proc.argv.slice(g.optind));
  let input: string;
  if (files.length === 1) {
    const r = proc.host.fs.readFile(proc.resolve(files[0]));
    if (!r.ok) {
      proc.stderr.write(`Can't open ${files[0]}: ${STRERROR[r.errno]}\n`);
      return 1;
    }
    input = utf8Decode(r.value);
  } else if (files.length > 1) {
    proc.stderr.write("Unknown arguments found on commandline\n");
    return 1;
  } else input = proc.stdin.text();

  const restore = new Restore(proc, prog, opts);
  const lines = input.split(/(?<=\n)/).filter((l) => l !== "");
  try {
    lines.forEach((l, i) => restore.feed(i + 1, l));
    restore.finish(lines.length);
    proc.stdout.write(restore.out);
    return 0;
  } catch (e) {
    return exitWith(proc, e, restore.out);
  }
}

function usage(name: string): string {
  return `Usage: ${name} [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
	   [ --counters ]
	   [ --verbose ]
	   [ --version]
	   [ --test ]
	   [ --help ]
	   [ --noflush ]
	   [ --table=<TABLE> ]
	   [ --modprobe=<command> ]
	   [ --ipv4 ]
	   [ --ipv6 ]
`;
}

export const iptablesRestore: Command = {
  name: "iptables-restore",
  summary: "iptables-restore \u2014 Restore IP Tables",
  man: IPTABLES_RESTORE_MAN,
  run,
  complete: () => ["--noflush", "--counters", "--test", "--verbose", "--table"],
};

export const iptablesNftRestore: Command = { ...iptablesRestore, name: "iptables-nft-restore" };
export const iptablesLegacyRestore: Command = { ...iptablesRestore, name: "iptables-legacy-restore" };

