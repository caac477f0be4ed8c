/**
 * netfilter-persistent.service as systemd 252 runs it on Debian 12: a
 * Type=oneshot unit with RemainAfterExit=yes. Starting runs ExecStart
 * (`/usr/sbin/netfilter-persistent start`, the real script, through init's
 * or the caller's shell) and the unit stays "active (exited)"; stopping runs
 * ExecStop (`... stop`, which only says that automatic flushing is off) and
 * the unit goes "inactive (dead)"; a non-zero exit leaves it "failed".
 * What the script prints goes to the unit's journal as
 * `netfilter-persistent[PID]: ...`, beside systemd's own Starting/Finished
 * lines, for `systemctl status`.
 *
 * The script's output is captured the way a service's stdout reaches
 * journald: the command line's output is sent to a stream file under
 * /run/systemd (made for the run, removed after).
 */
import { utf8Decode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import type { ExecRun, JournalLine, OneshotStatus, UnitDriver, UnitRunner } from "../systemd/unit.js";
import { NETFILTER_PERSISTENT_ALIASES, NETFILTER_PERSISTENT_BIN, NETFILTER_PERSISTENT_UNIT, NETFILTER_PERSISTENT_WANTS } from "./install.js";

/** the unit's runtime state: what systemd remembers until the next boot */
export interface NetfilterPersistentState {
  /** "active" after a successful ExecStart, "failed" after a failed one; absent: inactive */
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
  /** the ExecStart / ExecStop runs since the last start (systemd resets them when a start begins) */
  runs: ExecRun[];
  /** the unit's journal lines of this boot, oldest first (the last 50) */
  journal: JournalLine[];
  /** boot this state belongs to (HostState.bootedAt) */
  boot: number;
}

const UNIT = "netfilter-persistent.service";
const DESCRIPTION = "netfilter persistent configuration";
const STREAM = "/run/systemd/netfilter-persistent.stream";
const JOURNAL_KEEP = 50;
/** exit_status_to_string(EXIT_STATUS_FULL) for the statuses a script exits with: libc's and LSB's names */
const EXIT_STATUS_FULL: Record<number, string> = {
  0: "SUCCESS", 1: "FAILURE", 2: "INVALIDARGUMENT", 3: "NOTIMPLEMENTED", 4: "NOPERMISSION", 5: "NOTINSTALLED", 6: "NOTCONFIGURED", 7: "NOTRUNNING",
};

function stateOf(host: Host): NetfilterPersistentState {
  const services = (host.state.services ??= {});
  const s = services.netfilterPersistent;
  // systemd's memory does not survive a reboot
  if (s && s.boot === host.state.bootedAt) return s;
  services.netfilterPersistent = { runs: [], journal: [], logged: 0, boot: host.state.bootedAt };
  return services.netfilterPersistent;
}

/** the state of this boot, or undefined (a read never creates it) */
function current(host: Host): NetfilterPersistentState | undefined {
  const s = host.state.services?.netfilterPersistent;
  return s && s.boot === host.state.bootedAt ? s : undefined;
}

function log(host: Host, s: NetfilterPersistentState, ident: string, pid: number | undefined, message: string): void {
  s.journal.push({ at: host.clock.now, ident, pid, message });
  s.logged++;
  if (s.journal.length > JOURNAL_KEEP) s.journal.splice(0, s.journal.length - JOURNAL_KEEP);
}

/** a new process id: small early in boot, then growing as other processes come and go */
function newPid(host: Host, s: NetfilterPersistentState): number {
  s.lastPid = s.lastPid === undefined ? 300 + host.prng.int(0, 200) : s.lastPid + host.prng.int(40, 900);
  return s.lastPid;
}

/** run `/usr/sbin/netfilter-persistent VERB` as systemd would, its output into the journal; returns the run */
function exec(host: Host, run: UnitRunner, name: ExecRun["name"], verb: "start" | "stop"): ExecRun {
  const s = stateOf(host);
  const pid = newPid(host, s);
  const argv = `${NETFILTER_PERSISTENT_BIN} ${verb}`;
  host.fs.mkdir("/run/systemd", { parents: true });
  const status = run(`${argv} >${STREAM} 2>&1`);
  const out = host.fs.readFile(STREAM);
  host.fs.unlink(STREAM);
  if (out.ok)
    for (const line of utf8Decode(out.value).split("\n").filter((l) => l !== "")) log(host, s, "netfilter-persistent", pid, line);
  const r: ExecRun = { name, argv, pid, status };
  s.runs = s.runs.filter((x) => x.name !== name).concat(r);
  return r;
}

function start(host: Host, run?: UnitRunner): boolean {
  const s = stateOf(host);
  if (s.state === "active" || !run) return s.state === "active";
  const sys = (m: string) => log(host, s, "systemd", 1, m);
  s.runs = [];
  s.startMark = s.logged;
  sys(`Starting ${UNIT} - ${DESCRIPTION}...`);
  const r = exec(host, run, "ExecStart", "start");
  s.since = host.clock.now;
  if (r.status === 0) {
    s.state = "active";
    s.activeEnter = host.clock.now;
    sys(`Finished ${UNIT} - ${DESCRIPTION}.`);
    return true;
  }
  s.state = "failed";
  sys(`${UNIT}: Main process exited, code=exited, status=${r.status}/${EXIT_STATUS_FULL[r.status] ?? "n/a"}`);
  sys(`${UNIT}: Failed with result 'exit-code'.`);
  sys(`Failed to start ${UNIT} - ${DESCRIPTION}.`);
  return false;
}

function stop(host: Host, run?: UnitRunner): void {
  const s = stateOf(host);
  if (s.state !== "active") {
    // stopping a failed unit only forgets the failure
    if (s.state === "failed") s.state = undefined;
    return;
  }
  const sys = (m: string) => log(host, s, "systemd", 1, m);
  sys(`Stopping ${UNIT} - ${DESCRIPTION}...`);
  if (run) exec(host, run, "ExecStop", "stop");
  s.state = undefined;
  s.since = host.clock.now;
  s.activeExit = host.clock.now;
  sys(`${UNIT}: Deactivated successfully.`);
  sys(`Stopped ${UNIT} - ${DESCRIPTION}.`);
}

/** systemd at boot (init/boot.ts, before networking): the enabled unit is started with init's shell */
export function bootNetfilterPersistent(host: Host, run: UnitRunner): void {
  if (netfilterPersistentUnit.installed(host) && netfilterPersistentUnit.isEnabled(host)) start(host, run);
}

export const netfilterPersistentUnit: UnitDriver = {
  name: UNIT,
  aliases: NETFILTER_PERSISTENT_ALIASES,
  path: NETFILTER_PERSISTENT_UNIT,
  description: DESCRIPTION,
  docs: ["man:netfilter-persistent(8)"],
  dropIns: [`${NETFILTER_PERSISTENT_UNIT}.d/iptables.conf`],
  // /etc/init.d/netfilter-persistent's actions that have no systemctl verb
  initScript: {
    path: "/etc/init.d/netfilter-persistent",
    usage: "{start|restart|reload|force-reload|save|flush}",
    actions: {
      save: { message: "Saving netfilter rules", run: `${NETFILTER_PERSISTENT_BIN} save` },
      flush: { message: "Flushing netfilter rules", run: `${NETFILTER_PERSISTENT_BIN} flush` },
    },
  },
  installed: (host) => host.fs.stat(NETFILTER_PERSISTENT_UNIT).ok && host.fs.stat(NETFILTER_PERSISTENT_BIN).ok,
  isActive: (host) => current(host)?.state === "active",
  isEnabled: (host) => host.fs.lstat(NETFILTER_PERSISTENT_WANTS).ok,
  start: (host, run) => {
    start(host, run);
  },
  stop,
  setEnabled(host, enabled) {
    if (enabled && !host.fs.lstat(NETFILTER_PERSISTENT_WANTS).ok) {
      host.fs.mkdir("/etc/systemd/system/multi-user.target.wants", { parents: true });
      host.fs.symlink(NETFILTER_PERSISTENT_UNIT, NETFILTER_PERSISTENT_WANTS);
    } else if (!enabled) host.fs.unlink(NETFILTER_PERSISTENT_WANTS);
  },
  runningLines: () => [],
  since: (host) => current(host)?.since,
  // started earlier in boot, before networking (bootNetfilterPersistent)
  boot: () => {},
  oneshot(host): OneshotStatus {
    const s = current(host);
    if (!s) return { state: "inactive", runs: [], journal: [] };
    const first = s.logged - s.journal.length;
    return {
      state: s.state ?? "inactive",
      runs: s.runs,
      activeEnter: s.activeEnter,
      activeExit: s.activeExit,
      journal: s.journal.filter((_, i) => first + i >= (s.startMark ?? 0)),
    };
  },
};
