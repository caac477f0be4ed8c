/**
 * A Type=oneshot, RemainAfterExit=yes unit as systemd 252 runs it, made
 * from a spec (`oneshotUnit`): its name, description, docs, unit file,
 * WantedBy= links and Exec lines. Owns the unit's runtime state (kept in
 * `HostState.services[stateKey]` for the current boot only), its journal,
 * the pids of its processes and the runs `systemctl status` shows.
 *
 * Starting runs the ExecStart lines in order (through init's or the
 * caller's shell); the first one that fails, unless prefixed "-", fails the
 * unit: later lines do not run, ExecStopPost runs, the unit is "failed".
 * Otherwise it stays "active (exited)". Stopping runs ExecStop then
 * ExecStopPost and leaves it "inactive (dead)" (a failing ExecStop is not
 * simulated: ifdown and netfilter-persistent's stop do not fail).
 *
 * What a line prints reaches the journal as a service's stdout reaches
 * journald, under the program's name (`ifup[PID]: ...`): the command
 * line's output is sent to a stream file under /run/systemd (made for the
 * run, removed after), or collected from a line done in place (`direct`).
 */
import { utf8Decode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import type { ExecRun, JournalLine, OneshotStatus, UnitDriver, UnitRunner } from "./unit.js";

/** one Exec line of the unit file */
export interface ExecLine {
  name: ExecRun["name"];
  /** the command and its arguments as systemd splits the line (quotes removed) */
  argv: string[];
  /** the "-" prefix: a failure is ignored */
  ignoreFailure?: boolean;
  /**
   * The program's work done in place rather than by a shell (ifup, whose
   * code the simulation's core has: a boot must not wait for a program
   * group to load, and stays quick); `run` is the shell for the lines it
   * runs itself (ifupdown's up/down lines). Returns its status and output.
   */
  direct?: (host: Host, run: UnitRunner) => { status: number; output: string };
}

/** the unit's runtime state: what systemd remembers until the next boot */
export interface OneshotState {
  /** "active" after a successful start, "failed" after a failed one; absent: inactive */
  state?: "active" | "failed";
  /** ms of virtual time of the last state change (systemctl status "since") */
  since?: number;
  /** journal lines logged this boot, and how many had been when the last start began (status shows the journal from there: InactiveExitTimestamp) */
  logged: number;
  startMark?: number;
  /** the last process id given out (pids grow, as a running system's do) */
  lastPid?: number;
  /** ms of virtual time the unit last became active, and left it */
  activeEnter?: number;
  activeExit?: number;
  /** the Exec runs since the last start (systemd resets them when a start begins) */
  runs: ExecRun[];
  /** the unit's journal lines of this boot, oldest first (the last 50) */
  journal: JournalLine[];
  /** boot this state belongs to (HostState.bootedAt) */
  boot: number;
}

/** where a unit's state lives in HostState.services (netfilterPersistent: the key snapshots already carry) */
export type OneshotStateKey = "netfilterPersistent" | "networking";

export interface OneshotSpec {
  /** "networking.service" */
  name: string;
  description: string;
  docs: string[];
  /** the unit file ("/lib/systemd/system/networking.service") */
  path: string;
  aliases?: string[];
  /** the WantedBy= links `systemctl enable` makes; present: the unit is enabled */
  wants: string[];
  exec: ExecLine[];
  stateKey: OneshotStateKey;
  /** the package is installed on this host */
  installed(host: Host): boolean;
  /** the cgroup's CPU time status shows, for the runs since the last start */
  cpuMs(runs: ExecRun[]): number;
  dropIns?: string[];
  initScript?: UnitDriver["initScript"];
}

/** a oneshot unit's driver, and what boot does with it */
export interface OneshotUnit extends UnitDriver {
  /** systemd at boot: start the unit, when installed and enabled, with init's shell; false: not installed */
  bootStart(host: Host, run: UnitRunner): boolean;
}

const JOURNAL_KEEP = 50;
/** exit_status_to_string(EXIT_STATUS_FULL) for the statuses a script exits with: libc's and LSB's names */
const EXIT_STATUS_FULL: Record<number, string> = {
  0: "SUCCESS", 1: "FAILURE", 2: "INVALIDARGUMENT", 3: "NOTIMPLEMENTED", 4: "NOPERMISSION", 5: "NOTINSTALLED", 6: "NOTCONFIGURED", 7: "NOTRUNNING",
};

/** an argument as a shell word: quoted when it holds anything but plain characters */
function shellWord(a: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`;
}

export function oneshotUnit(spec: OneshotSpec): OneshotUnit {
  const UNIT = spec.name;
  const STREAM = `/run/systemd/${UNIT.replace(/\.service$/, "")}.stream`;
  const lines = (name: ExecRun["name"]) => spec.exec.filter((e) => e.name === name);

  function stateOf(host: Host): OneshotState {
    const services = (host.state.services ??= {});
    const s = services[spec.stateKey];
    // systemd's memory does not survive a reboot
    if (s && s.boot === host.state.bootedAt) return s;
    const fresh: OneshotState = { runs: [], journal: [], logged: 0, boot: host.state.bootedAt };
    services[spec.stateKey] = fresh;
    return fresh;
  }

  /** the state of this boot, or undefined (a read never creates it) */
  function current(host: Host): OneshotState | undefined {
    const s = host.state.services?.[spec.stateKey];
    return s && s.boot === host.state.bootedAt ? s : undefined;
  }

  function log(host: Host, s: OneshotState, ident: string, pid: number | undefined, message: string): void {
    s.journal.push({ at: host.clock.now, ident, pid, message });
    s.logged++;
    if (s.journal.length > JOURNAL_KEEP) s.journal.splice(0, s.journal.length - JOURNAL_KEEP);
  }

  /** a new process id: small early in boot, then growing as other processes come and go */
  function newPid(host: Host, s: OneshotState): number {
    s.lastPid = s.lastPid === undefined ? 300 + host.prng.int(0, 200) : s.lastPid + host.prng.int(40, 900);
    return s.lastPid;
  }

  /** run one Exec line as systemd would, its output into the journal; returns the run */
  function exec(host: Host, run: UnitRunner, line: ExecLine): ExecRun {
    const s = stateOf(host);
    const pid = newPid(host, s);
    let status: number;
    let output = "";
    if (line.direct) ({ status, output } = line.direct(host, run));
    else {
      host.fs.mkdir("/run/systemd", { parents: true });
      status = run(`${line.argv.map(shellWord).join(" ")} >${STREAM} 2>&1`);
      const out = host.fs.readFile(STREAM);
      host.fs.unlink(STREAM);
      if (out.ok) output = utf8Decode(out.value);
    }
    const ident = line.argv[0].slice(line.argv[0].lastIndexOf("/") + 1);
    for (const l of output.split("\n")) if (l !== "") log(host, s, ident, pid, l);
    const r: ExecRun = { name: line.name, argv: line.argv.join(" "), pid, status };
    s.runs.push(r);
    return r;
  }

  function start(host: Host, run?: UnitRunner): void {
    const s = stateOf(host);
    if (s.state === "active" || !run) return;
    const sys = (m: string) => log(host, s, "systemd", 1, m);
    s.runs = [];
    s.startMark = s.logged;
    sys(`Starting ${UNIT} - ${spec.description}...`);
    let failed: ExecRun | undefined;
    for (const line of lines("ExecStart")) {
      const r = exec(host, run, line);
      if (r.status !== 0 && !line.ignoreFailure) {
        failed = r;
        break;
      }
    }
    s.since = host.clock.now;
    if (!failed) {
      s.state = "active";
      s.activeEnter = host.clock.now;
      sys(`Finished ${UNIT} - ${spec.description}.`);
      return;
    }
    s.state = "failed";
    sys(`${UNIT}: Main process exited, code=exited, status=${failed.status}/${EXIT_STATUS_FULL[failed.status] ?? "n/a"}`);
    for (const line of lines("ExecStopPost")) exec(host, run, line);
    sys(`${UNIT}: Failed with result 'exit-code'.`);
    sys(`Failed to start ${UNIT} - ${spec.description}.`);
  }

  function stop(host: Host, run?: UnitRunner): void {
    const s = stateOf(host);
    if (s.state !== "active") {
      // stopping a failed unit only forgets the failure
      if (s.state === "failed") s.state = undefined;
      return;
    }
    const sys = (m: string) => log(host, s, "systemd", 1, m);
    sys(`Stopping ${UNIT} - ${spec.description}...`);
    if (run) for (const line of [...lines("ExecStop"), ...lines("ExecStopPost")]) exec(host, run, line);
    s.state = undefined;
    s.since = host.clock.now;
    s.activeExit = host.clock.now;
    sys(`${UNIT}: Deactivated successfully.`);
    sys(`Stopped ${UNIT} - ${spec.description}.`);
  }

  const isEnabled = (host: Host) => spec.wants.some((w) => host.fs.lstat(w).ok);

  return {
    name: UNIT,
    aliases: spec.aliases ?? [],
    path: spec.path,
    description: spec.description,
    docs: spec.docs,
    wants: spec.wants,
    ...(spec.dropIns ? { dropIns: spec.dropIns } : {}),
    ...(spec.initScript ? { initScript: spec.initScript } : {}),
    installed: spec.installed,
    isActive: (host) => current(host)?.state === "active",
    isEnabled,
    start,
    stop,
    setEnabled(host, enabled) {
      for (const link of spec.wants) {
        const exists = host.fs.lstat(link).ok;
        if (enabled && !exists) {
          host.fs.mkdir(link.slice(0, link.lastIndexOf("/")), { parents: true });
          host.fs.symlink(spec.path, link);
        } else if (!enabled && exists) host.fs.unlink(link);
      }
    },
    runningLines: () => [],
    since: (host) => current(host)?.since,
    // started by bootStart, where boot orders it
    boot: () => {},
    bootStart(host, run) {
      if (!spec.installed(host)) return false;
      if (isEnabled(host)) start(host, run);
      return true;
    },
    oneshot(host): OneshotStatus {
      const s = current(host);
      if (!s) return { state: "inactive", runs: [], journal: [], cpuMs: 0 };
      const first = s.logged - s.journal.length;
      return {
        state: s.state ?? "inactive",
        runs: s.runs,
        activeEnter: s.activeEnter,
        activeExit: s.activeExit,
        journal: s.journal.filter((_, i) => first + i >= (s.startMark ?? 0)),
        cpuMs: spec.cpuMs(s.runs),
      };
    },
  };
}
