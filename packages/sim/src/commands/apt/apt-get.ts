/**
 * apt-get and apt (apt 2.6.1) on an offline host: the package lists are
 * empty and deb.debian.org does not resolve, so `update` fails to fetch
 * each source and `install` finds only what dpkg already has ("already the
 * newest version"); any other package cannot be located. Nothing is
 * downloaded. apt warns that its CLI is unstable when stdout is not a
 * terminal, and colours its E:/W: prefixes on one; on a terminal both draw
 * their "... Done" progress lines with carriage returns.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { isInstalled, readDpkgDb } from "./dpkg-db.js";
import { APT_GET_MAN, APT_MAN } from "./man-pages.js";

/** the sources of /etc/apt/sources.list.d/debian.sources, as apt numbers them */
const SOURCES = [
  { uri: "http://deb.debian.org/debian", suite: "bookworm" },
  { uri: "http://deb.debian.org/debian", suite: "bookworm-updates" },
  { uri: "http://deb.debian.org/debian-security", suite: "bookworm-security" },
];
const RESOLVE_ERROR = "Temporary failure resolving 'deb.debian.org'";

type Flavour = "apt" | "apt-get";

interface Out {
  proc: Process;
  flavour: Flavour;
  tty: boolean;
}

function message(o: Out, kind: "E" | "W", text: string): void {
  if (o.flavour === "apt" && o.tty) o.proc.stderr.write(`\x1b[1;${kind === "E" ? 31 : 33}m${kind}: \x1b[0m${text}\x1b[0m\n`);
  else o.proc.stderr.write(`${kind}: ${text}\n`);
}

/** "Reading package lists..." and the like: a plain line, or on a terminal the progress apt redraws */
function progress(o: Out, label: string, steps: string[]): void {
  if (!o.tty) {
    o.proc.stdout.write(`${label}...\n`);
    return;
  }
  o.proc.stdout.write(`${steps.map((p) => `\r${label}... ${p}\r`).join("")}\r${label}... Done\r\n`);
}

const READING = ["0%", "0%"];
const BUILDING = ["0%", "0%", "2%", "50%", "50%"];

function update(o: Out): number {
  const out = o.proc.stdout;
  const clear = o.tty ? "\r            \r" : "";
  const line = (l: string) => out.write(`${clear}${l}\n`);
  // apt tries each source three times (InRelease, then Release and its signature), then gives up
  for (let round = 0; round < 3; round++) SOURCES.forEach((s, i) => line(`Ign:${i + 1} ${s.uri} ${s.suite} InRelease`));
  SOURCES.forEach((s, i) => {
    line(`Err:${i + 1} ${s.uri} ${s.suite} InRelease`);
    out.write(`  ${RESOLVE_ERROR}\n`);
  });
  if (o.tty) out.write(clear);
  progress(o, "Reading package lists", READING);
  if (o.flavour === "apt") {
    progress(o, "Building dependency tree", BUILDING);
    out.write("All packages are up to date.\n");
  }
  for (const s of SOURCES) message(o, "W", `Failed to fetch ${s.uri}/dists/${s.suite}/InRelease  ${RESOLVE_ERROR}`);
  message(o, "W", "Some index files failed to download. They have been ignored, or old ones used instead.");
  return 0;
}

function install(o: Out, names: string[]): number {
  progress(o, "Reading package lists", READING);
  progress(o, "Building dependency tree", BUILDING);
  const db = readDpkgDb(o.proc.host.fs);
  const have: string[] = [];
  for (const n of names) {
    const rec = db.records.get(n);
    if (!isInstalled(rec)) {
      // the lists are empty: apt knows only what dpkg has, and the names its packages mention
      if (!db.known.has(n)) {
        message(o, "E", `Unable to locate package ${n}`);
        return 100;
      }
      const provider = [...db.records.values()].find((r) => isInstalled(r) && r.provides.includes(n));
      if (provider) {
        have.push(`${provider.name} is already the newest version (${provider.version}).\n`);
        continue;
      }
      let text = `Package ${n} is not available, but is referred to by another package.\nThis may mean that the package is missing, has been obsoleted, or\nis only available from another source\n`;
      // apt lists the packages that replace it last read first
      const replacers = [...db.records.values()].filter((r) => isInstalled(r) && r.replaces.includes(n)).reverse();
      if (replacers.length > 0) text += `However the following packages replace it:\n  ${replacers.map((r) => r.name).join(" ")}\n`;
      o.proc.stdout.write(`${text}\n`);
      message(o, "E", `Package '${n}' has no installation candidate`);
      return 100;
    }
    have.push(`${n} is already the newest version (${rec.version}).\n`);
  }
  o.proc.stdout.write(`${have.join("")}0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n`);
  return 0;
}

function run(proc: Process, flavour: Flavour): number {
  const tty = proc.stdout.isTTY === true;
  const o: Out = { proc, flavour, tty };
  const words = proc.argv.slice(1).filter((a) => !/^(-y|--yes|--assume-yes|-q|--quiet|--no-install-recommends)$/.test(a));
  const [verb, ...rest] = words;
  if (flavour === "apt" && !tty && verb !== undefined) proc.stderr.write("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n");
  if (verb === "update") return update(o);
  if (verb === "install") return install(o, rest);
  proc.stderr.write(`${flavour}: ${verb === undefined ? "running without a command" : `'${verb}'`} is not simulated in Rootlab yet: the hosts are offline; try ${flavour} update or ${flavour} install PACKAGE\n`);
  return 100;
}

export const aptGet: Command = {
  name: "apt-get",
  summary: "apt-get - APT package handling utility -- command-line interface",
  man: APT_GET_MAN,
  run: (proc) => run(proc, "apt-get"),
  complete: () => ["install", "update", "upgrade", "remove", "purge"],
};

export const apt: Command = {
  name: "apt",
  summary: "apt - command-line interface",
  man: APT_MAN,
  run: (proc) => run(proc, "apt"),
  complete: () => ["install", "update", "upgrade", "remove", "purge", "list", "search", "show"],
};
