/**
 * /usr/share/zoneinfo as Debian 12's tzdata installs it (zoneinfo-tree.ts):
 * its entries for the tree a new host starts with, and the bytes of each
 * file. A zone file's bytes are a TZif-shaped stand-in of the real size:
 * the real first header (magic, version and the six counts `file` reports),
 * zeros where the transition data would be, and the real footer, the POSIX
 * TZ rule glibc applies (zones.ts), between newlines at the end, which is
 * all localtime reads (local-zone.ts). Text files (zone.tab, tzdata.zi)
 * are a line saying what they stand for, padded to the real size.
 *
 * The bytes are made when read and shared by every host: a tree's inode only
 * names its image ("tzif:right/Europe/Paris"), so a world snapshot holds the
 * name, never the data (fs/file-image.ts).
 */
import { type ByteString, asBytes } from "../bytes.js";
import { civilToUnixMs } from "../world/calendar.js";
import { EPOCH_MS } from "../world/clock.js";
import { zoneRule } from "./localtime.js";
import { ZONEINFO_TABLE } from "./zoneinfo-tree.js";

export const ZONEINFO = "/usr/share/zoneinfo";

/** the dates the files carry, by the table's date class, as ms of virtual time */
const DATES: Record<string, number> = {
  a: civilToUnixMs(2025, 8, 24, 19, 55) + 23_000 - EPOCH_MS,
  b: civilToUnixMs(2025, 3, 20, 11, 43) + 2_000 - EPOCH_MS,
  c: civilToUnixMs(2025, 3, 26, 20, 52) + 28_000 - EPOCH_MS,
  d: civilToUnixMs(2023, 9, 6, 13, 53) + 46_000 - EPOCH_MS,
};

export type ZoneinfoEntry =
  | { type: "file"; path: string; mtime: number; size: number; image: string }
  | { type: "symlink"; path: string; mtime: number; target: string };

interface TzifHead {
  size: number;
  counts: number[];
  version: string;
}

let parsed: { entries: ZoneinfoEntry[]; tzif: Map<string, TzifHead>; text: Map<string, number> } | undefined;

function table() {
  if (parsed) return parsed;
  const entries: ZoneinfoEntry[] = [];
  const tzif = new Map<string, TzifHead>();
  const text = new Map<string, number>();
  for (const line of ZONEINFO_TABLE.split("\n")) {
    const [kind, rel, a, b, version = "2"] = line.split(" ");
    const path = `${ZONEINFO}/${rel}`;
    const mtime = DATES[kind[1]];
    if (kind[0] === "l") entries.push({ type: "symlink", path, mtime, target: a });
    else if (kind[0] === "z") {
      tzif.set(rel, { size: Number(a), counts: b.split(",").map(Number), version });
      entries.push({ type: "file", path, mtime, size: Number(a), image: `tzif:${rel}` });
    } else {
      text.set(rel, Number(a));
      entries.push({ type: "file", path, mtime, size: Number(a), image: `tzif:${rel}` });
    }
  }
  return (parsed = { entries, tzif, text });
}

/** every file and symlink under /usr/share/zoneinfo, sorted by path (directories are the paths' parents) */
export function zoneinfoEntries(): readonly ZoneinfoEntry[] {
  return table().entries;
}

const be32 = (n: number) => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);

/** the size of the file an image name stands for, or undefined for a name that is not one of ours */
export function zoneinfoImageSize(image: string): number | undefined {
  const rel = image.slice("tzif:".length);
  const t = table();
  return t.tzif.get(rel)?.size ?? t.text.get(rel);
}

/** the bytes of `tzif:REL` (see the header), or undefined for an unknown name */
export function zoneinfoImage(image: string): ByteString | undefined {
  const rel = image.slice("tzif:".length);
  const t = table();
  const head = t.tzif.get(rel);
  if (head) {
    const rule = zoneRule(rel.replace(/^(right|posix)\//, "")) ?? "";
    const start = `TZif${head.version}${"\0".repeat(15)}${head.counts.map(be32).join("")}`;
    const end = `\n${rule}\n`;
    return asBytes(start + "\0".repeat(Math.max(0, head.size - start.length - end.length)) + end);
  }
  const size = t.text.get(rel);
  if (size === undefined) return undefined;
  const line = `# ${rel}: Debian 12's tzdata 2025b carries this file; the simulation keeps only its size.\n`;
  const rest = Math.max(0, size - line.length);
  return asBytes((line + "#\n".repeat(Math.floor(rest / 2)) + (rest % 2 ? "\n" : "")).slice(0, size));
}
