/**
 * dd (coreutils 9.1): copy blocks between files and devices. Operands
 * if= of= bs= ibs= obs= count= skip= seek= conv=notrunc,sync,noerror,fsync,
 * fdatasync status=none|noxfer|progress; the "N+M records in/out" lines and
 * the transfer line on stderr. The time it reports is virtual: a copy
 * takes 0.2 ms plus 500 MB/s of the bytes copied, and the world's clock
 * moves by that much.
 */
import { EMPTY_BYTES, asBytes } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type ByteSink, type ByteSource, openSink, openSource, stdinSource, stdoutSink } from "./devio.js";
import { DD_MAN } from "./man-pages.js";
import { formatG, humanExact, humanRate, parseDdNumber } from "./units.js";

const CONVS = new Set(["notrunc", "sync", "noerror", "fsync", "fdatasync", "excl", "nocreat"]);

const HELP = `Usage: dd [OPERAND]...
  or:  dd OPTION
Copy a file, converting and formatting according to the operands.

  bs=BYTES        read and write up to BYTES bytes at a time (default: 512);
                  overrides ibs and obs
  conv=CONVS      convert the file as per the comma separated symbol list
  count=N         copy only N input blocks
  ibs=BYTES       read up to BYTES bytes at a time (default: 512)
  if=FILE         read from FILE instead of stdin
  obs=BYTES       write BYTES bytes at a time (default: 512)
  of=FILE         write to FILE instead of stdout
  seek=N          (or oseek=N) skip N obs-sized output blocks
  skip=N          (or iseek=N) skip N ibs-sized input blocks
  status=LEVEL    The LEVEL of information to print to stderr;
                  'none' suppresses everything but error messages,
                  'noxfer' suppresses the final transfer statistics,
                  'progress' shows periodic transfer statistics
`;

interface DdArgs {
  input?: string;
  output?: string;
  ibs: number;
  obs: number;
  bs?: number;
  count?: number;
  skip: number;
  seek: number;
  conv: Set<string>;
  status: "default" | "none" | "noxfer";
}

function parseArgs(proc: Process): DdArgs | number {
  const a: DdArgs = { ibs: 512, obs: 512, skip: 0, seek: 0, conv: new Set(), status: "default" };
  const fail = (msg: string, hint = false) => {
    proc.stderr.write(`dd: ${msg}\n${hint ? "Try 'dd --help' for more information.\n" : ""}`);
    return 1;
  };
  for (const arg of proc.argv.slice(1)) {
    const eq = arg.indexOf("=");
    if (eq < 0) return fail(`unrecognized operand ‘${arg}’`, true);
    const key = arg.slice(0, eq);
    const value = arg.slice(eq + 1);
    const num = () => parseDdNumber(value);
    switch (key) {
      case "if":
        a.input = value;
        break;
      case "of":
        a.output = value;
        break;
      case "bs":
      case "ibs":
      case "obs":
      case "count":
      case "skip":
      case "iseek":
      case "seek":
      case "oseek": {
        const n = num();
        if (n === undefined || ((key === "bs" || key === "ibs" || key === "obs") && n === 0)) return fail(`invalid number: ‘${value}’`);
        if (key === "bs") a.bs = n;
        else if (key === "ibs") a.ibs = n;
        else if (key === "obs") a.obs = n;
        else if (key === "count") a.count = n;
        else if (key === "skip" || key === "iseek") a.skip = n;
        else a.seek = n;
        break;
      }
      case "conv":
        for (const c of value.split(",")) {
          if (!CONVS.has(c)) return fail(`invalid conversion: ‘${c}’`, true);
          a.conv.add(c);
        }
        break;
      case "status":
        if (value === "none" || value === "noxfer") a.status = value;
        else if (value !== "progress") return fail(`invalid status level: ‘${value}’`, true);
        break;
      case "iflag":
      case "oflag":
        break;
      default:
        return fail(`unrecognized operand ‘${arg}’`, true);
    }
  }
  if (a.bs !== undefined) {
    a.ibs = a.bs;
    a.obs = a.bs;
  }
  return a;
}

/** the copy's virtual duration in seconds */
function copySeconds(bytes: number): number {
  return 0.0002 + bytes / 500e6;
}

export const dd: Command = {
  name: "dd",
  summary: "dd - convert and copy a file",
  man: DD_MAN,
  run(proc) {
    if (proc.argv[1] === "--help") {
      proc.stdout.write(HELP);
      return 0;
    }
    if (proc.argv[1] === "--version") {
      proc.stdout.write("dd (coreutils) 9.1\n");
      return 0;
    }
    const args = parseArgs(proc);
    if (typeof args === "number") return args;
    const quoted = (p: string) => `'${p}'`;
    let src: ByteSource;
    if (args.input === undefined) src = stdinSource(proc);
    else {
      const r = openSource(proc, args.input);
      if (!r.ok) {
        proc.stderr.write(`dd: failed to open ${quoted(args.input)}: ${STRERROR[r.errno]}\n`);
        return 1;
      }
      src = r.value;
    }
    let sink: ByteSink;
    if (args.output === undefined) sink = stdoutSink(proc);
    else {
      const r = openSink(proc, args.output);
      if (!r.ok) {
        proc.stderr.write(`dd: failed to open ${quoted(args.output)}: ${STRERROR[r.errno]}\n`);
        return 1;
      }
      sink = r.value;
      if (!args.conv.has("notrunc")) sink.truncate(args.seek * args.obs);
    }
    const outName = args.output ?? "standard output";
    const stats = { fullIn: 0, partIn: 0, fullOut: 0, partOut: 0, bytes: 0 };
    let inPos = args.skip * args.ibs;
    let outPos = args.seek * args.obs;
    let pending = "";
    let status = 0;
    const flush = (final: boolean): boolean => {
      while (pending.length >= args.obs || (final && pending.length > 0)) {
        const chunk = asBytes(pending.slice(0, args.obs));
        const w = sink.write(outPos, chunk);
        if (!w.ok || w.value < chunk.length) {
          const n = w.ok ? w.value : 0;
          if (n > 0) stats.partOut++;
          stats.bytes += n;
          proc.stderr.write(`dd: error writing ${quoted(outName)}: ${STRERROR[w.ok ? "ENOSPC" : w.errno]}\n`);
          status = 1;
          return false;
        }
        if (chunk.length === args.obs) stats.fullOut++;
        else stats.partOut++;
        stats.bytes += chunk.length;
        outPos += chunk.length;
        pending = pending.slice(chunk.length);
      }
      return true;
    };
    for (let blocks = 0; args.count === undefined || blocks < args.count; blocks++) {
      proc.budget.charge(1 + Math.floor(args.ibs / 65536));
      let block: string = src.size !== undefined && inPos >= src.size ? EMPTY_BYTES : src.read(inPos, args.ibs);
      if (block.length === 0) break;
      inPos += block.length;
      if (block.length === args.ibs) stats.fullIn++;
      else {
        stats.partIn++;
        if (args.conv.has("sync")) block += "\0".repeat(args.ibs - block.length);
      }
      pending += block;
      // bs= writes each block as it was read (a short read is a short write)
      if (args.bs !== undefined) {
        if (!flush(true)) break;
      } else if (!flush(false)) break;
    }
    if (status === 0) flush(true);
    const closed = sink.close();
    if (!closed.ok && status === 0) {
      proc.stderr.write(`dd: failed to open ${quoted(outName)}: ${STRERROR[closed.errno]}\n`);
      status = 1;
    }
    const seconds = copySeconds(stats.bytes);
    proc.host.world.advance(Math.floor(seconds * 1000));
    if (args.status !== "none") {
      proc.stderr.write(`${stats.fullIn}+${stats.partIn} records in\n${stats.fullOut}+${stats.partOut} records out\n`);
      if (args.status !== "noxfer") proc.stderr.write(transferLine(stats.bytes, seconds));
    }
    return status;
  },
  complete: () => ["if=", "of=", "bs=", "count=", "skip=", "seek=", "conv=notrunc", "status=none"],
};

/** "512 bytes copied, 0.000201024 s, 2.5 MB/s" and its longer forms */
export function transferLine(bytes: number, seconds: number): string {
  const si = humanExact(bytes, 1000);
  const iec = humanExact(bytes, 1024);
  const rate = bytes === 0 ? "0.0 kB/s" : humanRate(bytes / seconds);
  const time = `${formatG(seconds)} s`;
  if (si.endsWith(" B")) return `${bytes} byte${bytes === 1 ? "" : "s"} copied, ${time}, ${rate}\n`;
  if (iec.endsWith(" B")) return `${bytes} bytes (${si}) copied, ${time}, ${rate}\n`;
  return `${bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}\n`;
}

