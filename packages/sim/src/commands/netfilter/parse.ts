/**
 * iptables' command line, read as xshared.c's do_parse reads it: one
 * getopt_long pass in order, commands (-A -C -D -I -R -L -S -F -Z -N -X -E
 * -P) with their chain and number words, the rule's base fields (-p -s -d
 * -i -o -f), -m/-j loading extensions whose options join the table, the
 * protocol match loaded on demand (`-p tcp --dport 22` loads tcp), `!`
 * before the option it inverts, then the final checks in the same order as
 * the C code so that the first mistake reported is the real one's. The
 * result is the command and the kernel rules (one per source x destination
 * address) it stands for.
 */
import type { NfIfaceMatch, NfMatch, NfRule, NfTarget } from "../../kernel/net/netfilter/types.js";
import { parseAddresses } from "./addr.js";
import { PARAMETER_PROBLEM, XtExit, type XtProgram, exitTryHelp, xtError } from "./errors.js";
import {
  type AnyMatchExt,
  type AnyTargetExt,
  UNSIMULATED_MATCHES,
  UNSIMULATED_TARGETS,
  matchExt,
  targetExt,
} from "./extensions/index.js";
import { strtouiWhole, x6Check } from "./extensions/options.js";
import type { ExtOption, ParseEnv } from "./extensions/types.js";
import { Getopt, type LongOption } from "./getopt.js";
import { STANDARD_HELP, helpText } from "./help.js";
import type { NetDb } from "./netdb.js";

export const CMD = {
  NONE: 0,
  INSERT: 1 << 0,
  DELETE: 1 << 1,
  DELETE_NUM: 1 << 2,
  REPLACE: 1 << 3,
  APPEND: 1 << 4,
  LIST: 1 << 5,
  FLUSH: 1 << 6,
  ZERO: 1 << 7,
  NEW_CHAIN: 1 << 8,
  DELETE_CHAIN: 1 << 9,
  SET_POLICY: 1 << 10,
  RENAME_CHAIN: 1 << 11,
  LIST_RULES: 1 << 12,
  ZERO_NUM: 1 << 13,
  CHECK: 1 << 14,
} as const;

export const OPT = {
  NUMERIC: 1 << 0,
  SOURCE: 1 << 1,
  DESTINATION: 1 << 2,
  PROTOCOL: 1 << 3,
  JUMP: 1 << 4,
  VERBOSE: 1 << 5,
  EXPANDED: 1 << 6,
  VIANAMEIN: 1 << 7,
  VIANAMEOUT: 1 << 8,
  LINENUMBERS: 1 << 9,
  COUNTERS: 1 << 10,
  FRAGMENT: 1 << 11,
} as const;

/** cmd2char: the letter of each CMD bit */
const CMD_CHARS = ["I", "D", "D", "R", "A", "L", "F", "Z", "N", "X", "P", "E", "S", "Z", "C"];
/** optflags: the letter of each OPT bit */
const OPT_CHARS = ["n", "s", "d", "p", "j", "v", "x", "i", "o", "0", "c", "f"];
/** options that may take a `!` */
const INVERTIBLE = OPT.SOURCE | OPT.DESTINATION | OPT.PROTOCOL | OPT.VIANAMEIN | OPT.VIANAMEOUT | OPT.FRAGMENT;

/** commands_v_options: for each command (CMD bit order) and option (OPT bit order), 'x' illegal */
const LEGAL = [
  /*INSERT*/ "x     x  x  ",
  /*DELETE*/ "x     x  xx ",
  /*DELETE_NUM*/ "xxxxx xxxxxx",
  /*REPLACE*/ "x     x  x  ",
  /*APPEND*/ "x     x  x  ",
  /*LIST*/ " xxxx  xx xx",
  /*FLUSH*/ "xxxxx xxxxxx",
  /*ZERO*/ "xxxxx xxxxxx",
  /*NEW_CHAIN*/ "xxxxx xxxxxx",
  /*DEL_CHAIN*/ "xxxxx xxxxxx",
  /*SET_POLICY*/ "xxxxx xxxx x",
  /*RENAME*/ "xxxxx xxxxxx",
  /*LIST_RULES*/ "xxxxx xxxxxx",
  /*ZERO_NUM*/ "xxxxx xxxxxx",
  /*CHECK*/ "x     x  xx ",
];

const BASE_OPTIONS: LongOption[] = [
  ["append", 1, "A"],
  ["delete", 1, "D"],
  ["check", 1, "C"],
  ["insert", 1, "I"],
  ["replace", 1, "R"],
  ["list", 2, "L"],
  ["list-rules", 2, "S"],
  ["flush", 2, "F"],
  ["zero", 2, "Z"],
  ["new-chain", 1, "N"],
  ["delete-chain", 2, "X"],
  ["rename-chain", 1, "E"],
  ["policy", 1, "P"],
  ["source", 1, "s"],
  ["destination", 1, "d"],
  ["src", 1, "s"],
  ["dst", 1, "d"],
  ["protocol", 1, "p"],
  ["in-interface", 1, "i"],
  ["jump", 1, "j"],
  ["table", 1, "t"],
  ["match", 1, "m"],
  ["numeric", 0, "n"],
  ["out-interface", 1, "o"],
  ["verbose", 0, "v"],
  ["wait", 2, "w"],
  ["wait-interval", 2, "W"],
  ["exact", 0, "x"],
  ["fragments", 0, "f"],
  ["version", 0, "V"],
  ["help", 2, "h"],
  ["line-numbers", 0, "0"],
  ["modprobe", 1, "M"],
  ["set-counters", 1, "c"],
  ["goto", 1, "g"],
  ["ipv4", 0, "4"],
  ["ipv6", 0, "6"],
].map(([name, hasArg, val]) => ({ name: name as string, hasArg: hasArg as 0 | 1 | 2, val: val as string }));

const SHORTOPTS = "A:C:D:E:F::I:L::M:N:P:VX::Z::c:d:i:j:o:p:s:t:R:S::W::46bfg:h::m:nvw::x";

/** xtables_chain_protos: names iptables knows without /etc/protocols */
export const CHAIN_PROTOS: [string, number][] = [
  ["tcp", 6],
  ["sctp", 132],
  ["udp", 17],
  ["udplite", 136],
  ["icmp", 1],
  ["ipv6-icmp", 58],
  ["icmpv6", 58],
  ["esp", 50],
  ["ah", 51],
  ["mobility-header", 135],
  ["ipv6-mh", 135],
  ["mh", 135],
  ["all", 0],
];

/** proto_to_name */
export function protoName(db: NetDb, num: number, nolookup: boolean): string | undefined {
  const own = CHAIN_PROTOS.find(([, n]) => n === num);
  if (own) return own[0];
  return num && !nolookup ? db.protocolName(num) : undefined;
}

/** the standard targets, kept as verdicts */
const STANDARD = new Set(["ACCEPT", "DROP", "RETURN", "QUEUE"]);

const MAXNAMELEN = 29;

interface ExtInstance<E> {
  ext: E;
  data: unknown;
  xflags: number;
  completed: boolean;
}

export interface ParsedCommand {
  command: number;
  chain?: string;
  /** 1-based; 0 when none was given */
  rulenum: number;
  newname?: string;
  policy?: string;
  table: string;
  options: number;
  verbose: number;
  /** rule commands: one rule per source x destination address */
  rules: NfRule[];
  /** -j/-g to a chain (not a target extension): the chain must exist */
  jumpChain?: string;
  /** lines the parser wrote to stderr without stopping */
  warnings?: string;
}

export interface ParseOptions {
  /** iptables-restore: -t only once, no -w/-W */
  restore?: boolean;
  /** the table when no -t is given */
  table?: string;
}

function optChar(bit: number): string {
  return OPT_CHARS[Math.log2(bit)];
}

function cmdChar(cmd: number): string {
  let i = 0;
  for (let c = cmd; c > 1; c >>= 1) i++;
  return CMD_CHARS[i];
}

/** do_parse */
export function parseCommandLine(prog: XtProgram, db: NetDb, argv: string[], popts: ParseOptions = {}): ParsedCommand {
  function fail(msg: string): never {
    return xtError(prog, PARAMETER_PROBLEM, msg);
  }
  const g = new Getopt(argv, SHORTOPTS);
  const p: ParsedCommand = { command: 0, rulenum: 0, table: popts.table ?? "filter", options: 0, verbose: 0, rules: [] };
  let tableSet = false;
  let invert = false;
  let invflags = 0;
  let protocol: string | undefined;
  let proto = 0;
  let protoUsed = false;
  let shost: string | undefined;
  let dhost: string | undefined;
  let iniface: string | undefined;
  let outiface: string | undefined;
  let gotoSet = false;
  let jumpto = "";
  let target: ExtInstance<AnyTargetExt> | undefined;
  let standardTarget = false;
  let counters: { packets: number; bytes: number } | undefined;
  let waitSet = false;
  let waitIntervalSet = false;
  const matches: ExtInstance<AnyMatchExt>[] = [];
  /** extension options merged so far, newest first (they come before older ones) */
  let extOpts: LongOption[] = [];
  let optindHelp: string[] | undefined;
  let warnings = "";

  const env = (): ParseEnv => ({
    db,
    proto,
    protoInverted: (invflags & OPT.PROTOCOL) !== 0,
    fail,
    warn: (t) => {
      warnings += t;
    },
    takeNext: () => {
      const a = argv[g.optind];
      if (a === undefined || a[0] === "-" || a[0] === "!") return undefined;
      g.optind++;
      return a;
    },
  });

  /** an extension's options join the table in front of older ones; val is "m:NAME" or "t:NAME", NUL, the option's index */
  const mergeOptions = (key: string, options: ExtOption[]) => {
    extOpts = [...options.map((o, i) => ({ name: o.name, hasArg: (o.arg ? 1 : 0) as 0 | 1, val: `${key}\u0000${i}` })), ...extOpts];
  };

  const addCommand = (newcmd: number, others: number) => {
    if (invert) fail("unexpected '!' flag");
    if (p.command & ~others) fail(`Cannot use -${cmdChar(newcmd)} with -${cmdChar(p.command & ~others)}`);
    p.command |= newcmd;
  };

  const setOption = (option: number) => {
    if (p.options & option) fail(`multiple -${optChar(option)} flags not allowed`);
    p.options |= option;
    if (invert) {
      if (!(INVERTIBLE & option)) fail(`cannot have ! before -${optChar(option)}`);
      invflags |= option;
    }
  };

  const parseRulenumber = (s: string): number => {
    const n = strtouiWhole(s, 1, 0x7fffffff);
    return n ?? fail(`Invalid rule number \`${s}'`);
  };

  const loadMatch = (name: string, implicit: boolean): AnyMatchExt | undefined => {
    const ext = matchExt(name);
    if (!ext) return undefined;
    for (const m of matches) if (m.ext.name === name) m.completed = true;
    const inst: ExtInstance<AnyMatchExt> = { ext, data: ext.init(), xflags: 0, completed: false };
    matches.push(inst);
    // a second instance of a match shares the first one's options (clones are not merged)
    if (implicit || !extOpts.some((o) => String(o.val).startsWith(`m:${name}\u0000`))) mergeOptions(`m:${name}`, ext.options);
    return ext;
  };

  /** find_proto: the match named by -p (by name, or the name of its number) */
  const protoMatchName = (): string | undefined => {
    if (protocol === undefined) return undefined;
    const n = strtouiWhole(protocol, 0, 255);
    if (n === undefined) return protocol;
    return protoName(db, n, (p.options & OPT.NUMERIC) !== 0);
  };

  const commandJump = (name: string) => {
    jumpto = parseTargetName(name);
    if (STANDARD.has(jumpto)) {
      if (jumpto === "QUEUE") fail("target `QUEUE' is not simulated in Rootlab yet");
      standardTarget = true;
      return;
    }
    const ext = targetExt(jumpto);
    if (!ext) {
      if (UNSIMULATED_TARGETS.has(jumpto)) fail(`target \`${jumpto}' is not simulated in Rootlab yet`);
      return;
    }
    target = { ext, data: ext.init(), xflags: 0, completed: false };
    mergeOptions(`t:${ext.name}`, ext.options);
  };

  const parseTargetName = (name: string): string => {
    if (name.length < 1) fail("Invalid target name (too short)");
    if (name.length >= MAXNAMELEN) fail(`Invalid target name \`${name}' (${MAXNAMELEN - 1} chars max)`);
    if (/\s/.test(name)) fail(`Invalid target name \`${name}'`);
    return name;
  };

  /** command_default: an extension's option, or load the protocol's match and read the option again */
  const commandDefault = (c: string | number, optarg: string | undefined): boolean => {
    if (typeof c === "string" && c.includes("\u0000")) {
      const [key, index] = c.split("\u0000");
      const inst = key === `t:${target?.ext.name}` ? target : matches.find((m) => !m.completed && `m:${m.ext.name}` === key);
      if (inst) {
        const opt = inst.ext.options[Number(index)];
        inst.ext.parse({ opt, arg: optarg ?? "", invert, data: inst.data as never, xflags: inst.xflags, env: env() });
        inst.xflags |= 1 << opt.id;
        return false;
      }
    }
    // load_proto: -p names a match not loaded yet (or loaded by -m but not for -p)
    const pname = protoMatchName();
    if (pname !== undefined && (!matches.some((m) => m.ext.name === pname) || !protoUsed)) {
      if (matchExt(pname)) {
        protoUsed = true;
        loadMatch(pname, true);
        g.optind--;
        return true;
      }
      if (UNSIMULATED_MATCHES.has(pname) && c === "?") fail(`match \`${pname}' is not simulated in Rootlab yet`);
    }
    if (c === ":") fail(`option "${argv[g.optind - 1]}" requires an argument`);
    if (c === "?") fail(`unknown option "${argv[g.optind - 1]}"`);
    return fail(`Unknown arg "${optarg ?? "(null)"}"`);
  };

  for (;;) {
    const r = g.next([...BASE_OPTIONS, ...extOpts]);
    if (r.c === -1) break;
    const c = r.c;
    const optarg = "optarg" in r ? r.optarg : undefined;
    switch (c) {
      case "A":
        addCommand(CMD.APPEND, CMD.NONE);
        p.chain = optarg;
        break;
      case "C":
        addCommand(CMD.CHECK, CMD.NONE);
        p.chain = optarg;
        break;
      case "D":
        addCommand(CMD.DELETE, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) {
          p.rulenum = parseRulenumber(argv[g.optind++]);
          p.command = CMD.DELETE_NUM;
        }
        break;
      case "R":
        addCommand(CMD.REPLACE, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.rulenum = parseRulenumber(argv[g.optind++]);
        else fail(`-${cmdChar(CMD.REPLACE)} requires a rule number`);
        break;
      case "I":
        addCommand(CMD.INSERT, CMD.NONE);
        p.chain = optarg;
        p.rulenum = g.hasArg() ? parseRulenumber(argv[g.optind++]) : 1;
        break;
      case "L":
      case "S":
        addCommand(c === "L" ? CMD.LIST : CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        if (optarg !== undefined) p.chain = optarg;
        else if (g.hasArg()) p.chain = argv[g.optind++];
        if (g.hasArg()) p.rulenum = parseRulenumber(argv[g.optind++]);
        break;
      case "F":
        addCommand(CMD.FLUSH, CMD.NONE);
        if (optarg !== undefined) p.chain = optarg;
        else if (g.hasArg()) p.chain = argv[g.optind++];
        break;
      case "Z":
        addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        if (optarg !== undefined) p.chain = optarg;
        else if (g.hasArg()) p.chain = argv[g.optind++];
        if (g.hasArg()) {
          p.rulenum = parseRulenumber(argv[g.optind++]);
          p.command = (p.command & ~CMD.ZERO) | CMD.ZERO_NUM;
        }
        break;
      case "N":
        assertValidChainName(prog, optarg!);
        addCommand(CMD.NEW_CHAIN, CMD.NONE);
        p.chain = optarg;
        break;
      case "X":
        addCommand(CMD.DELETE_CHAIN, CMD.NONE);
        if (optarg !== undefined) p.chain = optarg;
        else if (g.hasArg()) p.chain = argv[g.optind++];
        break;
      case "E":
        addCommand(CMD.RENAME_CHAIN, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.newname = argv[g.optind++];
        else fail(`-${cmdChar(CMD.RENAME_CHAIN)} requires old-chain-name and new-chain-name`);
        break;
      case "P":
        addCommand(CMD.SET_POLICY, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.policy = argv[g.optind++];
        else fail(`-${cmdChar(CMD.SET_POLICY)} requires a chain and a policy`);
        break;
      case "h": {
        if (!matches.length && protocol !== undefined) {
          const pname = protoMatchName();
          if (pname && matchExt(pname)) loadMatch(pname, true);
        }
        optindHelp = [...(target ? [target.ext.help] : standardTarget ? [STANDARD_HELP] : []), ...matches.map((m) => m.ext.help)];
        throw new XtExit(0, "", helpText(prog, optindHelp));
      }
      case "p": {
        setOption(OPT.PROTOCOL);
        protocol = optarg!.toLowerCase();
        proto = parseProtocol(db, protocol, fail);
        if (proto === 0 && invflags & OPT.PROTOCOL) fail("rule would never match protocol");
        break;
      }
      case "s":
        setOption(OPT.SOURCE);
        shost = optarg;
        break;
      case "d":
        setOption(OPT.DESTINATION);
        dhost = optarg;
        break;
      case "g":
        setOption(OPT.JUMP);
        gotoSet = true;
        jumpto = parseTargetName(optarg!);
        break;
      case "j":
        setOption(OPT.JUMP);
        commandJump(optarg!);
        break;
      case "i":
      case "o": {
        if (optarg === "") fail("Empty interface is likely to be undesired");
        setOption(c === "i" ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
        if (optarg!.length + 1 > 16) fail(`interface name \`${optarg}' must be shorter than IFNAMSIZ (15)`);
        if (/[/ ]/.test(optarg!)) warnings += `Warning: weird character in interface \`${optarg}' ('/' and ' ' are not allowed by the kernel).\n`;
        if (c === "i") iniface = optarg;
        else outiface = optarg;
        break;
      }
      case "f":
        setOption(OPT.FRAGMENT);
        break;
      case "v":
        if (!p.verbose) setOption(OPT.VERBOSE);
        p.verbose++;
        break;
      case "m": {
        if (invert) fail("unexpected ! flag before --match");
        if (optarg!.length >= MAXNAMELEN) fail(`Invalid match name "${optarg}" (${MAXNAMELEN - 1} chars max)`);
        if (!loadMatch(optarg!, false)) {
          if (UNSIMULATED_MATCHES.has(optarg!)) fail(`match \`${optarg}' is not simulated in Rootlab yet`);
          fail(`Couldn't load match \`${optarg}':No such file or directory\n`);
        }
        break;
      }
      case "n":
        setOption(OPT.NUMERIC);
        break;
      case "t":
        if (invert) fail("unexpected ! flag before --table");
        if (popts.restore && tableSet) fail(`The -t option cannot be used in ${prog.name}.\n`);
        p.table = optarg!;
        tableSet = true;
        break;
      case "x":
        setOption(OPT.EXPANDED);
        break;
      case "V":
        throw new XtExit(0, "", invert ? `Not ${prog.version} ;-)\n` : `${prog.name} v${prog.version}\n`);
      case "w": {
        if (popts.restore) fail("You cannot use `-w' from iptables-restore");
        const arg = optarg ?? (g.hasArg() ? argv[g.optind++] : undefined);
        if (arg !== undefined && !/^\s*[+-]?(0[xX][0-9a-fA-F]+|\d+)/.test(arg)) fail("wait seconds not numeric");
        waitSet = true;
        break;
      }
      case "W": {
        if (popts.restore) fail("You cannot use `-W' from iptables-restore");
        const arg = optarg ?? (g.hasArg() ? argv[g.optind++] : undefined);
        if (arg === undefined) fail("wait interval value required");
        const m = /^\s*\+?(\d+)/.exec(arg!);
        if (!m) fail("wait interval not numeric");
        if (Number(m![1]) > 999999) fail(`too long usec wait ${m![1]} > 999999 usec`);
        warnings += "Ignoring deprecated --wait-interval option.\n";
        waitIntervalSet = true;
        break;
      }
      case "0":
        setOption(OPT.LINENUMBERS);
        break;
      case "M":
        break;
      case "c": {
        setOption(OPT.COUNTERS);
        const pcnt = optarg!;
        const comma = pcnt.indexOf(",", 1);
        let bcnt = comma >= 0 ? pcnt.slice(comma + 1) : undefined;
        if (bcnt === undefined && g.hasArg()) bcnt = argv[g.optind++];
        if (bcnt === undefined) fail(`-${optChar(OPT.COUNTERS)} requires packet and byte counter`);
        const pn = /^\s*\+?\d+/.exec(pcnt);
        if (!pn) fail(`-${optChar(OPT.COUNTERS)} packet counter not numeric`);
        const bn = /^\s*\+?\d+/.exec(bcnt!);
        if (!bn) fail(`-${optChar(OPT.COUNTERS)} byte counter not numeric`);
        counters = { packets: Number(pn![0].trim()), bytes: Number(bn![0].trim()) };
        break;
      }
      case "4":
        break;
      case "6":
        if (popts.restore) return { ...p, command: CMD.NONE };
        exitTryHelp(prog, PARAMETER_PROBLEM);
        break;
      case 1:
        if (optarg === "!") {
          if (invert) fail("multiple consecutive ! not allowed");
          invert = true;
          continue;
        }
        exitTryHelp(prog, PARAMETER_PROBLEM, `Bad argument \`${optarg}'\n`);
        break;
      default:
        if (commandDefault(c, optarg)) continue;
    }
    invert = false;
  }

  if (p.table === "nat" && (p.policy === "DROP" || jumpto === "DROP"))
    fail('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  if (!waitSet && waitIntervalSet) fail("--wait-interval only makes sense with --wait\n");

  for (const m of matches) {
    m.ext.check?.(m.data as never, m.xflags, env());
    if (!m.ext.check && !m.ext.oldApi) x6Check(m.ext, m.xflags, env());
  }
  if (target) {
    target.ext.check?.(target.data as never, target.xflags, env());
    if (!target.ext.check) x6Check(target.ext, target.xflags, env());
  }

  if (g.optind < argv.length) fail("unknown arguments found on commandline");
  if (!p.command) fail("no command specified");
  if (invert) fail("nothing appropriate following !");

  // ipv4_post_parse
  const ruleCmd = (p.command & (CMD.REPLACE | CMD.INSERT | CMD.DELETE | CMD.APPEND | CMD.CHECK)) !== 0;
  if (ruleCmd) {
    shost ??= "0.0.0.0/0";
    dhost ??= "0.0.0.0/0";
  }
  const srcs = shost !== undefined ? parseAddresses(db, shost, fail) : [];
  const dsts = dhost !== undefined ? parseAddresses(db, dhost, fail) : [];
  if ((srcs.length > 1 || dsts.length > 1) && invflags & (OPT.SOURCE | OPT.DESTINATION))
    fail("! not allowed with multiple source or destination IP addresses");
  if (p.command === CMD.REPLACE && (srcs.length !== 1 || dsts.length !== 1)) fail("Replacement rule does not specify a unique address");

  genericOptCheck(prog, p.command, p.options);

  if (p.chain !== undefined && p.chain.length >= MAXNAMELEN) fail(`chain name \`${p.chain}' too long (must be under ${MAXNAMELEN} chars)`);
  if (p.command & (CMD.APPEND | CMD.DELETE | CMD.DELETE_NUM | CMD.CHECK | CMD.INSERT | CMD.REPLACE)) {
    if ((p.chain === "PREROUTING" || p.chain === "INPUT") && p.options & OPT.VIANAMEOUT) fail(`Can't use -${optChar(OPT.VIANAMEOUT)} with ${p.chain}\n`);
    if ((p.chain === "POSTROUTING" || p.chain === "OUTPUT") && p.options & OPT.VIANAMEIN) fail(`Can't use -${optChar(OPT.VIANAMEIN)} with ${p.chain}\n`);
  }

  if (warnings) p.warnings = warnings;
  if (!ruleCmd) return p;

  const finished: NfMatch[] = matches.map((m) => (m.ext.finish ? m.ext.finish(m.data as never) : (m.data as NfMatch)));
  let nfTarget: NfTarget = { kind: "none" };
  if (target) nfTarget = target.ext.finish ? target.ext.finish(target.data as never) : (target.data as NfTarget);
  else if (standardTarget) nfTarget = { kind: jumpto as "ACCEPT" | "DROP" | "RETURN" };
  else if (jumpto) {
    nfTarget = gotoSet ? { kind: "goto", chain: jumpto } : { kind: "jump", chain: jumpto };
    p.jumpChain = jumpto;
  }
  const iface = (name: string | undefined, bit: number): NfIfaceMatch | undefined => (name === undefined ? undefined : { name, invert: (invflags & bit) !== 0 });
  for (const s of srcs)
    for (const d of dsts) {
      const rule: NfRule = { matches: structuredClone(finished), target: structuredClone(nfTarget), counters: counters ? { ...counters } : { packets: 0, bytes: 0 } };
      if (proto !== 0) rule.proto = { num: proto, invert: (invflags & OPT.PROTOCOL) !== 0 };
      const sInv = (invflags & OPT.SOURCE) !== 0;
      const dInv = (invflags & OPT.DESTINATION) !== 0;
      if (s.prefixlen !== 0 || sInv) rule.src = { addr: s.addr, prefixlen: s.prefixlen, invert: sInv };
      if (d.prefixlen !== 0 || dInv) rule.dst = { addr: d.addr, prefixlen: d.prefixlen, invert: dInv };
      const inI = iface(iniface, OPT.VIANAMEIN);
      const outI = iface(outiface, OPT.VIANAMEOUT);
      if (inI) rule.in = inI;
      if (outI) rule.out = outI;
      if (p.options & OPT.FRAGMENT) rule.fragment = { invert: (invflags & OPT.FRAGMENT) !== 0 };
      p.rules.push(ordered(rule));
    }
  return p;
}

/** a rule's fields in one order, so that equal rules serialise equally */
function ordered(r: NfRule): NfRule {
  const out: NfRule = { matches: r.matches, target: r.target, counters: r.counters };
  if (r.proto) out.proto = r.proto;
  if (r.src) out.src = r.src;
  if (r.dst) out.dst = r.dst;
  if (r.in) out.in = r.in;
  if (r.out) out.out = r.out;
  if (r.fragment) out.fragment = r.fragment;
  return out;
}

/** xtables_parse_protocol */
export function parseProtocol(db: NetDb, s: string, fail: (msg: string) => never): number {
  const n = strtouiWhole(s, 0, 255);
  if (n !== undefined) return n;
  const own = CHAIN_PROTOS.find(([name]) => name === s);
  if (own) return own[1];
  const p = db.protocolNumber(s);
  if (p !== undefined) return p;
  return fail(`unknown protocol "${s}" specified`);
}

/** assert_valid_chain_name (-N, and chains iptables-restore declares) */
export function assertValidChainName(prog: XtProgram, name: string): void {
  const fail = (msg: string): void => xtError(prog, PARAMETER_PROBLEM, msg);
  if (name.length >= MAXNAMELEN) fail(`chain name \`${name}' too long (must be under ${MAXNAMELEN} chars)`);
  if (name[0] === "-" || name[0] === "!") fail(`chain name not allowed to start with \`${name[0]}'`);
  if (STANDARD.has(name) || targetExt(name) || UNSIMULATED_TARGETS.has(name)) fail("chain name may not clash with target name");
  if (/\s/.test(name)) fail(`Invalid chain name \`${name}'`);
}

/** generic_opt_check: options that make no sense with the command */
function genericOptCheck(prog: XtProgram, command: number, options: number): void {
  for (let i = 0; i < OPT_CHARS.length; i++) {
    let legal = 0;
    for (let j = 0; j < LEGAL.length; j++) {
      if (!(command & (1 << j))) continue;
      if (!(options & (1 << i))) continue;
      if (LEGAL[j][i] !== "x") legal = 1;
      else if (legal === 0) legal = -1;
    }
    if (legal === -1) xtError(prog, PARAMETER_PROBLEM, `Illegal option \`-${OPT_CHARS[i]}' with this command`);
  }
}

