/**
 * file (5.44): what a file or, with -s, a device holds, from its first
 * bytes, for what the simulation's disks and files contain: an MBR or EBR
 * (with its partition entries unless the sector starts with a jump, as
 * GRUB's boot code does), an ext4 superblock, a swap area, gzip, tar,
 * shell scripts and text, and the programs (program-images.ts). Devices
 * without -s are "block special (8/0)". A set-user-ID, set-group-ID or
 * sticky program is named so first ("setuid ELF 64-bit ...").
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import { hasMbrSignature, rawEntries } from "../../kernel/block/mbr.js";
import { probeFilesystem } from "../../kernel/block/probe.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage, resolveOperand } from "../files/program.js";
import type { Command } from "../types.js";
import { canonicalize } from "../files/canonicalize.js";
import { openSource } from "./devio.js";
import { FILE_MAN } from "./man-pages.js";
import { describeElf } from "./program-images.js";

function mbrText(sector: ByteString): string {
  let out = "DOS/MBR boot sector";
  const c0 = sector.charCodeAt(0);
  // a boot sector that starts with a jump is described by its code (GRUB's), not its table
  if ((c0 === 0xeb && sector.charCodeAt(2) === 0x90) || c0 === 0xe9) return out;
  rawEntries(sector).forEach((e, i) => {
    if (e.type === 0) return;
    const chs = ([c, h, s]: [number, number, number]) => `(0x${c.toString(16)},${h},${s})`;
    out += `; partition ${i + 1} : ID=0x${e.type.toString(16)}${e.boot === 0x80 ? ", active" : ""}, start-CHS ${chs(e.chsStart)}, end-CHS ${chs(e.chsEnd)}, startsector ${e.start}, ${e.sectors} sectors`;
  });
  return out;
}

function u32(b: string, o: number): number {
  return (b.charCodeAt(o) | (b.charCodeAt(o + 1) << 8) | (b.charCodeAt(o + 2) << 16) | (b.charCodeAt(o + 3) << 24)) >>> 0;
}

function ext4Text(sb: string): string {
  const incompat = u32(sb, 0x60);
  const ro = u32(sb, 0x64);
  const fs = probeFilesystem((o, n) => (("\0".repeat(1024) + sb).slice(o, o + n) as ByteString));
  let out = `Linux rev ${u32(sb, 0x4c)}.${sb.charCodeAt(0x3e) | (sb.charCodeAt(0x3f) << 8)} ext4 filesystem data, UUID=${fs?.uuid}`;
  if (fs?.label) out += `, volume name "${fs.label}"`;
  if (incompat & 0x4) out += " (needs journal recovery)";
  if (incompat & 0x40) out += " (extents)";
  if (incompat & 0x80) out += " (64bit)";
  if (ro & 0x2) out += " (large files)";
  if (ro & 0x8) out += " (huge files)";
  return out;
}

function isText(b: string): "ascii" | "utf8" | false {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c === 0 || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27 && c !== 8)) return false;
    if (c >= 0x80) ascii = false;
  }
  if (ascii) return "ascii";
  // invalid UTF-8 decodes to U+FFFD (a real U+FFFD in the text is taken as invalid too)
  return utf8Decode(b as ByteString).includes("\ufffd") ? false : "utf8";
}

/** file's timezone magic: the first TZif header's version and counts ("no" for 0, one a singular word) */
function tzifText(data: string): string {
  const be = (o: number) => ((data.charCodeAt(o) << 24) | (data.charCodeAt(o + 1) << 16) | (data.charCodeAt(o + 2) << 8) | data.charCodeAt(o + 3)) >>> 0;
  const count = (o: number, one: string, many: string) => {
    const n = be(o);
    return n === 0 ? `no ${many}` : n === 1 ? `1 ${one}` : `${n} ${many}`;
  };
  const v = data.charCodeAt(4);
  return (
    `timezone data (fat), ${v === 0 ? "old version" : `version ${data[4]}`}, ${count(20, "gmt time flag", "gmt time flags")}, ` +
    `${count(24, "std time flag", "std time flags")}, ${count(28, "leap second", "leap seconds")}, ` +
    `${count(32, "transition time", "transition times")}, ${count(36, "local time type", "local time types")}, ` +
    `${count(40, "abbreviation char", "abbreviation chars")}`
  );
}

/** what the bytes of a file or device are; `realPath` is a file's canonical path (programs are known by where they live) */
export function describe(data: string, size: number, realPath = ""): string {
  if (size === 0) return "empty";
  if (data.length >= 512 && hasMbrSignature(data as ByteString)) return mbrText(data as ByteString);
  if (data.length >= 2048 && data.charCodeAt(1080) === 0x53 && data.charCodeAt(1081) === 0xef) return ext4Text(data.slice(1024, 2048));
  if (data.length >= 4096 && data.slice(4086, 4096) === "SWAPSPACE2") {
    const fs = probeFilesystem((o, n) => data.slice(o, o + n) as ByteString);
    return `Linux swap file, 4k page size, little endian, version 1, size ${u32(data, 1028)} pages, ${u32(data, 1032)} bad pages, ${fs?.label ? `LABEL=${fs.label}` : "no label"}, UUID=${fs?.uuid}`;
  }
  if (data.startsWith("\x1f\x8b")) return "gzip compressed data";
  if (data.startsWith("TZif") && data.length >= 44) return tzifText(data);
  if (data.length >= 262 && data.slice(257, 262) === "ustar") return data.slice(257, 265) === "ustar  \0" ? "POSIX tar archive (GNU)" : "POSIX tar archive";
  if (data.startsWith("\x7fELF")) return describeElf(data, realPath);
  const text = isText(data.slice(0, 65536));
  if (!text) return "data";
  const kind = text === "ascii" ? "ASCII text" : "Unicode text, UTF-8 text";
  const script = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(sh|bash|dash)\b/.exec(data);
  let out = script ? `${script[1] === "sh" || script[1] === "dash" ? "POSIX shell script" : "Bourne-Again shell script"}, ${kind} executable` : kind;
  if (!data.includes("\n")) out += ", with no line terminators";
  return out;
}

/** file's words for a regular file's set-ID and sticky bits, before what a magic test found */
function modeWords(mode: number): string {
  const words = [[0o4000, "setuid"], [0o2000, "setgid"], [0o1000, "sticky"]].filter(([bit]) => mode & (bit as number)).map(([, w]) => w);
  return words.length ? `${words.join(", ")} ` : "";
}

export const file: Command = {
  name: "file",
  summary: "file - determine file type",
  man: FILE_MAN,
  run(proc: Process) {
    const parsed = parseOrUsage(proc, "file", [
      { key: "-s", short: "s", long: "special-files" },
      { key: "-b", short: "b", long: "brief" },
      { key: "-L", short: "L", long: "dereference" },
    ], { version: "file-5.44\nmagic file from /etc/magic:/usr/share/misc/magic" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (operands.length === 0) {
      proc.stderr.write("Usage: file [-bcdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]\n            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]\n            <file> ...\n       file -C [-m <magicfiles>]\n       file [--help]\n");
      return 1;
    }
    const width = Math.max(...operands.map((o) => o.length)) + 1;
    for (const op of operands) {
      const prefix = opts.has("-b") ? "" : `${op}:`.padEnd(width + 1);
      const path = resolveOperand(proc, op);
      const st = opts.has("-L") ? proc.host.fs.stat(path) : proc.host.fs.lstat(path);
      let what: string;
      if (!st.ok) what = `cannot open \`${op}' (${STRERROR[st.errno]})`;
      else if (st.value.type === "dir") what = "directory";
      else if (st.value.type === "symlink") {
        const t = proc.host.fs.readlink(path);
        what = `symbolic link to ${t.ok ? t.value : ""}`;
      } else if ((st.value.type === "blockdev" || st.value.type === "chardev") && !opts.has("-s"))
        what = `${st.value.type === "blockdev" ? "block" : "character"} special (${st.value.rdev?.major}/${st.value.rdev?.minor})`;
      else {
        const src = openSource(proc, op);
        if (!src.ok) what = `cannot open \`${op}' (${STRERROR[src.errno]})`;
        else {
          const head = src.value.read(0, 65536);
          const real = canonicalize(proc, path, "existing");
          what = src.value.kind === "char" ? (head.length === 0 ? "empty" : "data") : describe(head, src.value.size ?? head.length, real.ok ? real.value : path);
          if (src.value.kind === "file" && head.startsWith("\x7fELF")) what = modeWords(st.value.mode) + what;
        }
      }
      proc.stdout.write(`${prefix}${what}\n`);
    }
    return 0;
  },
  complete: () => ["-s", "-b", "-L"],
};
