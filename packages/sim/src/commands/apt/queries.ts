/**
 * dpkg-query 1.21's actions: -l, -s, -L (which dpkg hands to it: its
 * messages carry dpkg-query's name) and -W with its --showformat.
 * `-l` sizes its columns by their contents (at least 14, 12, 12 and 33
 * wide), whatever the terminal. -L gives the recorded file lists of the
 * packages in file-lists.ts.
 */
import type { Process } from "../../process/process.js";
import { type DpkgDb, type DpkgRecord, globMatch, isInstalled, readDpkgDb } from "./dpkg-db.js";
import { FILE_LISTS } from "./file-lists.js";

const HEADER =
  "Desired=Unknown/Install/Remove/Purge/Hold\n" +
  "| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n" +
  "|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n";

/** "ii", "rc", "un" ... from a Status field */
export function abbrev(rec: DpkgRecord | undefined): string {
  if (!rec) return "un ";
  const [want, flag, state] = rec.status.split(" ");
  const w = { unknown: "u", install: "i", hold: "h", deinstall: "r", purge: "p" }[want] ?? "u";
  const s = { "not-installed": "n", "config-files": "c", "half-installed": "H", unpacked: "U", "half-configured": "F", "triggers-awaited": "W", "triggers-pending": "t", installed: "i" }[state] ?? "n";
  return `${w}${s}${flag === "reinstreq" ? "R" : " "}`;
}

export interface Row {
  name: string;
  rec: DpkgRecord | undefined;
}

function listRows(db: DpkgDb, patterns: string[], err: (m: string) => void): { rows: Row[]; failed: boolean } {
  if (patterns.length === 0) {
    const rows = [...db.records.values()].filter((r) => !r.status.endsWith("not-installed")).map((rec) => ({ name: rec.name, rec }));
    return { rows: rows.sort((a, b) => cmp(a.name, b.name)), failed: false };
  }
  const names = [...db.known].sort(cmp);
  const seen = new Set<string>();
  let failed = false;
  for (const p of patterns) {
    const hit = names.filter((n) => globMatch(p, n));
    if (hit.length === 0) {
      err(`dpkg-query: no packages found matching ${p}\n`);
      failed = true;
    }
    for (const n of hit) seen.add(n);
  }
  const rows = [...seen].sort(cmp).map((name) => ({ name, rec: db.records.get(name) }));
  return { rows, failed };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** the packages `-l` and `-W` show: with no pattern the installed ones (any state but not-installed), else every known name matching one */
export function selectPackages(db: DpkgDb, patterns: string[], err: (m: string) => void): { rows: Row[]; failed: boolean } {
  return listRows(db, patterns, err);
}

/** `dpkg -l [PATTERN...]` */
export function listPackages(proc: Process, patterns: string[]): number {
  const db = readDpkgDb(proc.host.fs);
  const errors: string[] = [];
  const { rows, failed } = listRows(db, patterns, (m) => errors.push(m));
  if (rows.length > 0) {
    const version = (r: Row) => r.rec?.version || "<none>";
    const arch = (r: Row) => r.rec?.arch || "<none>";
    const desc = (r: Row) => r.rec?.summary || "(no description available)";
    // a Multi-Arch: same package is named with its architecture (pkg_name's pnaw_nonambig)
    const name = (r: Row) => (r.rec?.multiArch === "same" ? `${r.name}:${r.rec.arch}` : r.name);
    const w = { name: 14, version: 12, arch: 12, desc: 33 };
    for (const r of rows) {
      w.name = Math.max(w.name, name(r).length);
      w.version = Math.max(w.version, version(r).length);
      w.arch = Math.max(w.arch, arch(r).length);
      w.desc = Math.max(w.desc, desc(r).length);
    }
    let out = HEADER;
    out += `||/ ${"Name".padEnd(w.name)} ${"Version".padEnd(w.version)} ${"Architecture".padEnd(w.arch)} Description\n`;
    out += `+++-${"=".repeat(w.name)}-${"=".repeat(w.version)}-${"=".repeat(w.arch)}-${"=".repeat(w.desc)}\n`;
    for (const r of rows) out += `${abbrev(r.rec)} ${name(r).padEnd(w.name)} ${version(r).padEnd(w.version)} ${arch(r).padEnd(w.arch)} ${desc(r)}\n`;
    proc.stdout.write(out);
  }
  for (const e of errors) proc.stderr.write(e);
  return failed ? 1 : 0;
}

/** `dpkg -s PACKAGE...`; with none, every installed package's */
export function showStatus(proc: Process, given: string[]): number {
  const db = readDpkgDb(proc.host.fs);
  const names = given.length > 0 ? given : [...db.records.values()].filter((r) => isInstalled(r)).map((r) => r.name);
  let status = 0;
  names.forEach((n, i) => {
    const rec = db.records.get(n);
    if (!rec || rec.status.endsWith("not-installed")) {
      proc.stderr.write(`dpkg-query: package '${n}' is not installed and no information is available\n`);
      status = 1;
    } else proc.stdout.write(rec.text);
    // a blank line after every argument but the last, found or not
    if (i < names.length - 1) proc.stdout.write("\n");
  });
  if (status !== 0) proc.stderr.write("Use dpkg --info (= dpkg-deb --info) to examine archive files.\n");
  return status;
}

/**
 * `dpkg -L PACKAGE...` as dpkg-query's listfiles: each package's file list
 * (file-lists.ts) or, for one not installed, a notice; a blank line after
 * every argument but the last, found or not; the --contents hint once at
 * the end if any was not installed. An installed package whose list the
 * simulation does not carry says so, and counts as a failure.
 */
export function listFiles(proc: Process, names: string[]): number {
  const db = readDpkgDb(proc.host.fs);
  let notInstalled = false;
  let failed = false;
  names.forEach((n, i) => {
    const rec = db.records.get(n);
    if (!rec || rec.status.endsWith("not-installed")) {
      proc.stderr.write(`dpkg-query: package '${n}' is not installed\n`);
      notInstalled = failed = true;
    } else if (Object.hasOwn(FILE_LISTS, n)) proc.stdout.write(FILE_LISTS[n][1]);
    else {
      proc.stderr.write(`dpkg-query: the file list of '${n}' is not simulated in Rootlab yet\n`);
      failed = true;
    }
    if (i < names.length - 1) proc.stdout.write("\n");
  });
  if (notInstalled) proc.stderr.write("Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n");
  return failed ? 1 : 0;
}
