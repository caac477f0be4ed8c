/**
 * crond: Debian's cron daemon on the virtual clock. It starts at boot (writes
 * /run/crond.pid, logs its startup, runs @reboot jobs) and then wakes once a
 * minute of virtual time through a world timer ("cron-minute", whose JSON
 * data is all the daemon's state: the host and boot it belongs to, the next
 * pid, the mail serial, the crontab files it has seen). At each wake-up it
 * reads /etc/crontab, /etc/cron.d/* and /var/spool/cron/crontabs/* (logging
 * RELOAD for a changed one), and runs the entries due that minute through
 * `/bin/sh -c` with cron's environment (SHELL=/bin/sh, HOME, PATH=/usr/bin:/bin,
 * LOGNAME, then the crontab's own variables), logging
 * `CRON[pid]: (user) CMD (command)` to /var/log/syslog and mailing any
 * output to the user (or MAILTO) as cron does, through local delivery.
 *
 * Minutes that would find nothing to do are skipped: a wake-up that changed
 * nothing on the host works out the next minute an entry is due and sleeps
 * until then, and records that (HostState.services.cron). Anything that
 * changes the host's filesystem meanwhile (host/fs-watch.ts), whoever does it,
 * brings the timer back to the next minute of the chain, where a wake-up
 * every minute would first have seen the change. A minute that finds the
 * files as the last one left them does nothing, so what the learner sees is
 * what a wake-up every minute gives. A wake-up that wrote anything (ran a
 * job, logged) reads the crontabs again before it sleeps: if a job changed
 * one, it wakes the next minute to log the RELOAD. The timer keeps its
 * chain's place among timers due at the same time (TimerState.order).
 *
 * The timer chain belongs to one boot: after a reboot the old chain stops
 * (its bootedAt no longer matches) and boot starts a new one. Running the
 * jobs' shell is the lab's business (it owns the shell): it registers a
 * `JobRunner`; without one, crond keeps time but runs nothing.
 */
import { type ByteString, utf8Decode, utf8Encode } from "../../bytes.js";
import { registerFsWatcher } from "../../host/fs-watch.js";
import { memoized } from "../../memo.js";
import type { Host } from "../../host/host.js";
import { EPOCH_MS, type TimerState } from "../../world/clock.js";
import { breakDown } from "../../world/strftime.js";
import { registerTimerHandler, type World } from "../../world/world.js";
import { deliverLocal } from "../mail/deliver.js";
import { syslog } from "../syslog/syslog.js";
import { cronEnabled, cronInstalled, writeCronPid } from "./unit.js";
import { type DaemonSignals, mainProcessSignal } from "../systemd/main-exit.js";
import { nextPid } from "../../process/pids.js";
import { type CronEntry, type CrontabParse, entryDue, nextDue, parseCrontab, splitPercent } from "./crontab-file.js";
import { type LocalZone, localRule } from "../../tzdata/local-zone.js";
import { ruleTime } from "../../tzdata/localtime.js";

export const CRON_TIMER = "cron-minute";
/** cron's pid on every host (fixed, so that replays log the same lines) */
export const CROND_PID = 612;
export const CROND_PIDFILE = "/run/crond.pid";
export const SPOOL_DIR = "/var/spool/cron/crontabs";
/** cron's default PATH for jobs (Debian: _PATH_DEFPATH) */
export const CRON_PATH = "/usr/bin:/bin";

interface CronTimerData {
  host: string;
  /** the boot this chain belongs to (HostState.bootedAt) */
  bootedAt: number;
  nextPid: number;
  mailSerial: number;
  /** crontab files and their contents' fingerprints at the last wake-up, to log RELOAD like cron */
  seen: Record<string, string>;
}

/**
 * A chain's timer that sleeps past the chain's next minute (HostState.services.cron):
 * its id and time, and the chain's last wake-up, whose phase the wake-ups keep.
 */
export interface CronSleep {
  timer: number;
  at: number;
  last: number;
}

const MINUTE_MS = 60_000;
/** how far ahead a wake-up looks for a due entry; with none, it wakes then and looks again */
const HORIZON_MS = 366 * 86_400_000;

export interface CronJob {
  user: string;
  command: string;
  stdin: string | undefined;
  env: Record<string, string>;
  cwd: string;
}

/** Runs one job's command line on `host`; returns everything it wrote (stdout and stderr interleaved) and its status. */
export type JobRunner = (host: Host, job: CronJob) => { output: string; status: number };

let jobRunner: JobRunner | undefined;

export function setCronJobRunner(runner: JobRunner): void {
  jobRunner = runner;
}

/** Start cron on a booting host: pid file, startup log lines, @reboot jobs, the first wake-up. */
export function startCron(world: World, host: Host): void {
  if (!cronInstalled(host)) return;
  // a fresh machine: cron as every boot starts it (CROND_PID), nothing of the last boot's ends
  const services = host.state.services;
  if (services) for (const k of ["cronStoppedAt", "cronDown", "cronExit", "cronPid", "cronStartedAt"] as const) delete services[k];
  // a disabled cron.service does not start; the minute timer runs all the same and does nothing until a start writes the pid file
  const enabled = cronEnabled(host);
  if (enabled) writeCronPid(host, CROND_PID);
  const data: CronTimerData = { host: host.name, bootedAt: host.state.bootedAt, nextPid: CROND_PID + 100, mailSerial: 0, seen: {} };
  const tabs = readCrontabs(host);
  for (const t of tabs) data.seen[t.path] = t.fingerprint;
  if (enabled) {
    syslog(host, "cron", CROND_PID, "(CRON) INFO (Running @reboot jobs)");
    for (const t of tabs) if (t.parse.ok) for (const e of t.parse.entries) if (e.reboot) runJob(host, data, t, e);
  }
  // the last boot's chain, asleep, would only wake to find it is over: drop it now
  const old = host.state.services?.cron;
  if (old) {
    world.clock.cancel(old.timer);
    delete host.state.services!.cron;
  }
  const msIntoMinute = host.clock.unixMs % MINUTE_MS;
  world.clock.schedule(MINUTE_MS - msIntoMinute, CRON_TIMER, data);
}

/**
 * cron runs: its pid file is there (removed when stopped) and no signal
 * ended it since it last started. A signal does not remove the file: cron
 * 3.0pl1 has no handler for SIGTERM and dies of it, leaving a stale
 * /run/crond.pid.
 */
export function crondRunning(host: Host): boolean {
  return host.fs.stat(CROND_PIDFILE).ok && host.state.services?.cronDown !== true;
}

/** the running cron's pid: CROND_PID from boot, another once started again after boot */
export function crondPid(host: Host): number {
  return host.state.services?.cronPid ?? CROND_PID;
}

/**
 * kill(2) to cron (true when `pid` is it): SIGHUP makes it re-read its
 * crontabs (its handler), the harmless signals do nothing, anything else
 * ends it by the signal's default action. What systemd makes of that
 * (cron.service: Restart=on-failure) is main-exit.ts's: a clean end
 * (SIGTERM, SIGINT, SIGPIPE) leaves the unit inactive, SIGKILL and other
 * signals fail it and it starts again 100 ms later, with a new pid.
 */
export function signalCrond(host: Host, pid: number, sig: number): boolean {
  if (pid !== crondPid(host) || !crondRunning(host)) return false;
  const services = host.state.services!;
  const exit = mainProcessSignal(host, CRON_SIGNALS, pid, services.cronStartedAt ?? host.state.bootedAt, sig, services.cronExit?.restarts ?? 0);
  if (!exit) return true;
  services.cronExit = exit;
  services.cronDown = true;
  return true;
}

/** cron 3.0pl1's signals (cron.c: SIGHUP re-reads the crontabs, SIGCHLD reaps jobs) and cron.service's Restart=on-failure */
export const CRON_SIGNALS: DaemonSignals = {
  unit: "cron.service",
  description: "Regular background program processing daemon",
  execStart: "/usr/sbin/cron -f $EXTRA_OPTS",
  ident: "cron",
  handles: (sig) => (sig === 1 ? "ignore" : undefined),
  restart: "on-failure",
  restartSecMs: 100,
  // the Restart= job: cron starts again, its last end kept for status
  start(host) {
    const exit = host.state.services?.cronExit;
    startCronDaemon(host);
    if (exit) host.state.services!.cronExit = exit;
  },
};

/**
 * cron starting after boot (systemctl start, Restart=): a new pid, its pid
 * file and its startup lines. At boot startCron does it with CROND_PID.
 */
export function startCronDaemon(host: Host): void {
  if (crondRunning(host)) return;
  const services = (host.state.services ??= {});
  const pid = host.kernel.allocPid(nextPid(host));
  services.cronPid = pid;
  services.cronStartedAt = host.clock.now;
  delete services.cronDown;
  delete services.cronExit;
  delete services.cronStoppedAt;
  writeCronPid(host, pid);
}

let skipIdleMinutes = true;

/**
 * Tests only: `false` wakes cron at every minute, as it did before it skipped
 * idle minutes: the reference that skipping must not be told apart from.
 */
export function setCronSkipsIdleMinutes(on: boolean): void {
  skipIdleMinutes = on;
}

/** hosts whose cron is awake now, and whether their filesystem changed since it woke (transient: set and cleared within one wake-up) */
const awake = new Map<Host["state"], { changed: boolean }>();

function tick(world: World, timer: TimerState): void {
  const data = timer.data as CronTimerData;
  const host = world.host(data.host);
  if (!host || host.state.bootedAt !== data.bootedAt) return; // a reboot started a new chain
  const services = host.state.services;
  if (services?.cron?.timer === timer.id) delete services.cron;
  const next: CronTimerData = structuredClone(data);
  const watch = { changed: false };
  awake.set(host.state, watch);
  let tabs: Crontab[];
  try {
    // a stopped cron (pid file gone, or killed) sleeps on, as if killed and restarted by hand later
    tabs = crondRunning(host) ? runMinute(host, next) : readCrontabs(host);
  } finally {
    awake.delete(host.state);
  }
  // a job may have slept: the chain goes on from now, a minute at a time (as it always did)
  const last = world.clock.now;
  if (!skipIdleMinutes) {
    world.clock.schedule(MINUTE_MS, CRON_TIMER, next);
    return;
  }
  const order = timer.order ?? timer.id;
  if (watch.changed) {
    // it wrote (logged, ran jobs, which may have changed a crontab): the next minute would find the files as
    // they are now, and log a RELOAD unless they are what this one saw
    tabs = readCrontabs(host);
    if (crondRunning(host) && !sameAsSeen(tabs, next.seen)) {
      world.clock.schedule(MINUTE_MS, CRON_TIMER, next, order);
      return;
    }
  }
  // nothing for the next minute to notice: the next minute that has work, unless the filesystem changes first (the watcher below)
  const from = EPOCH_MS + last;
  let due = from + HORIZON_MS;
  const zone = cronZone(host);
  for (const t of tabs) {
    if (!t.parse.ok) continue;
    for (const e of t.parse.entries) due = Math.min(due, nextDueMemo(e, from, due, zone) ?? due);
  }
  const at = last + (due - from);
  const id = world.clock.schedule(at - last, CRON_TIMER, next, order);
  if (at > last + MINUTE_MS) (host.state.services ??= {}).cron = { timer: id, at, last };
}

registerTimerHandler(CRON_TIMER, tick);

/**
 * nextDue, remembered per entry (a pure memo: entries of unchanged files are
 * the same objects, readCached). An answer found from an earlier wake-up of
 * the same phase still holds while it lies ahead: nothing was due between.
 */
const dueMemo = new WeakMap<CronEntry, { from: number; due: number | undefined; limit: number; zone: string }>();

/**
 * cron's local time: the host's /etc/localtime (systemd starts it without TZ),
 * read again at every wake-up as glibc's localtime notices a changed link
 */
function cronZone(host: Host): { at: LocalZone; key: string } {
  const rule = localRule(host.fs, undefined);
  return { at: (ms) => ruleTime(rule, ms), key: JSON.stringify(rule) };
}

function nextDueMemo(e: CronEntry, from: number, limit: number, zone: { at: LocalZone; key: string }): number | undefined {
  const m = dueMemo.get(e);
  if (m && m.zone === zone.key && from >= m.from && (from - m.from) % MINUTE_MS === 0) {
    if (m.due !== undefined && m.due > from) return m.due <= limit ? m.due : undefined;
    if (m.due === undefined && limit <= m.limit) return undefined;
  }
  const due = nextDue(e, from, limit, zone.at);
  dueMemo.set(e, { from, due, limit, zone: zone.key });
  return due;
}

/** are these the crontab files, with the same fingerprints, that a wake-up saw */
function sameAsSeen(tabs: Crontab[], seen: Record<string, string>): boolean {
  if (tabs.length !== Object.keys(seen).length) return false;
  for (const t of tabs) if (!Object.hasOwn(seen, t.path) || seen[t.path] !== t.fingerprint) return false;
  return true;
}

/**
 * Something changed the host's filesystem: a sleeping cron wakes at its
 * chain's next minute, the first at which a wake-up every minute would have
 * looked (a change at a minute's very instant is seen by the next one, as
 * that minute's wake-up came before whatever made it).
 */
registerFsWatcher((host) => {
  const w = awake.get(host.state);
  if (w) {
    w.changed = true;
    return;
  }
  const sleep = host.state.services?.cron;
  if (!sleep) return;
  delete host.state.services!.cron;
  const clock = host.world.clock;
  const now = clock.now;
  const wake = sleep.last + (Math.floor((now - sleep.last) / MINUTE_MS) + 1) * MINUTE_MS;
  if (wake >= sleep.at) return;
  const timer = clock.state.timers.find((t) => t.id === sleep.timer);
  if (!timer) return;
  clock.cancel(timer.id);
  clock.schedule(wake - now, CRON_TIMER, timer.data, timer.order ?? timer.id);
});

interface Crontab {
  path: string;
  /** the user of a spool crontab; undefined for system crontabs (the entry names it) */
  owner?: string;
  /** what cron calls the file in its log: "crontabs/root", "/etc/crontab" */
  logName: string;
  fingerprint: string;
  parse: CrontabParse;
}

/**
 * What each crontab's bytes give: its fingerprint and parse. Most wake-ups
 * read files that did not change, and the file system hands back the same
 * string each time, so the lookup costs nothing once the string's hash is
 * known (bounded; a pure memo: the same bytes always give the same answer).
 */
const readCache = { system: new Map<ByteString, CrontabRead>(), user: new Map<ByteString, CrontabRead>() };

interface CrontabRead {
  hash: string;
  parse: CrontabParse;
  /** the /etc/passwd the parse checked users against: the memo holds while it is the same */
  passwd: ByteString | undefined;
}

function readCached(bytes: ByteString, system: boolean, host: Host, passwd: ByteString | undefined): CrontabRead {
  const cache = system ? readCache.system : readCache.user;
  const hit = cache.get(bytes);
  if (hit && hit.passwd === passwd) return hit;
  const text = utf8Decode(bytes);
  const parse = parseCrontab(text, { system, userExists: (u) => userHome(host, u) !== undefined });
  const r = { hash: hashText(text), parse, passwd };
  if (cache.size > 200) cache.clear();
  cache.set(bytes, r);
  return r;
}

/** cron reads only file names made of letters, digits, `_` and `-` in /etc/cron.d */
const CRON_D_NAME = /^[A-Za-z0-9_-]+$/;

function readCrontabs(host: Host): Crontab[] {
  const fs = host.fs;
  const out: Crontab[] = [];
  const pw = fs.readFile("/etc/passwd");
  const passwd = pw.ok ? pw.value : undefined;
  const add = (path: string, system: boolean, owner: string | undefined, logName: string) => {
    const st = fs.stat(path);
    if (!st.ok || st.value.type !== "file") return;
    const data = fs.readFile(path);
    if (!data.ok) return;
    const r = readCached(data.value, system, host, passwd);
    out.push({ path, owner, logName, fingerprint: `${st.value.mtime}:${data.value.length}:${r.hash}`, parse: r.parse });
  };
  add("/etc/crontab", true, undefined, "/etc/crontab");
  const sys = fs.readdir("/etc/cron.d");
  if (sys.ok) for (const n of [...sys.value].sort()) if (CRON_D_NAME.test(n)) add(`/etc/cron.d/${n}`, true, undefined, `/etc/cron.d/${n}`);
  const spool = fs.readdir(SPOOL_DIR);
  if (spool.ok) for (const n of [...spool.value].sort()) add(`${SPOOL_DIR}/${n}`, false, n, `crontabs/${n}`);
  return out;
}

/** a short fingerprint of a crontab's text (FNV-1a), so that a change of the same size is noticed */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/** one wake-up's work; returns the crontabs it read */
function runMinute(host: Host, data: CronTimerData): Crontab[] {
  const tabs = readCrontabs(host);
  const seen: Record<string, string> = {};
  for (const t of tabs) {
    seen[t.path] = t.fingerprint;
    if (data.seen[t.path] !== t.fingerprint) {
      const who = t.owner ?? "*system*";
      syslog(host, "cron", crondPid(host), `(${who}) RELOAD (${t.logName})`);
      if (!t.parse.ok) syslog(host, "cron", crondPid(host), `(${who}) ERROR (Syntax error, this crontab file will be ignored)`);
    }
  }
  data.seen = seen;
  const now = strftimeParts(host.clock.unixMs, cronZone(host).at);
  for (const t of tabs) {
    if (!t.parse.ok) continue;
    for (const e of t.parse.entries) if (entryDue(e, now)) runJob(host, data, t, e);
  }
  return tabs;
}

function strftimeParts(unixMs: number, zone: LocalZone) {
  const { minute, hour, day, month, wday } = breakDown(unixMs + zone(unixMs).utcOffset * 1000);
  return { minute, hour, day, month, wday };
}

/** the home directory of `user` from /etc/passwd, or undefined when there is no such user */
export function userHome(host: Host, user: string): string | undefined {
  const r = host.fs.readFile("/etc/passwd");
  return r.ok ? homes(r.value).get(user) : undefined;
}

/** user -> home directory of a passwd text (the first line for a user wins, as getpwnam), by its content: asked at every job */
const homes = memoized((passwd: ByteString): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const line of utf8Decode(passwd).split("\n")) {
    const f = line.split(":");
    if (f.length >= 7 && !out.has(f[0])) out.set(f[0], f[5]);
  }
  return out;
}, 16);

function runJob(host: Host, data: CronTimerData, tab: Crontab, entry: CronEntry): void {
  const user = entry.user ?? tab.owner ?? "root";
  const home = userHome(host, user) ?? "/";
  const pid = data.nextPid++;
  const { command, stdin } = splitPercent(entry.command);
  // cron's environment: the crontab's variables, then its defaults for those not set
  const env = new Map<string, string>(entry.env);
  for (const [k, v] of [["SHELL", "/bin/sh"], ["HOME", home], ["PATH", CRON_PATH], ["LOGNAME", user]] as const) if (!env.has(k)) env.set(k, v);
  syslog(host, "CRON", pid, `(${user}) CMD (${command})`);
  if (!jobRunner) return;
  const envObj: Record<string, string> = {};
  for (const [k, v] of env) Object.defineProperty(envObj, k, { value: v, enumerable: true, writable: true, configurable: true });
  const r = jobRunner(host, { user, command, stdin, env: envObj, cwd: home });
  const mailto = env.get("MAILTO");
  if (r.output === "" || mailto === "") return;
  const to = mailto ?? user;
  const hostname = host.kernel.hostname;
  deliverLocal(
    host,
    {
      from: user,
      fromName: "Cron Daemon",
      to,
      subject: `Cron <${user}@${hostname}> ${command}`,
      headers: [
        ["MIME-Version", "1.0"],
        ["Content-Type", "text/plain; charset=UTF-8"],
        ["Content-Transfer-Encoding", "8bit"],
        ...[...env].map(([k, v]) => ["X-Cron-Env", `<${k}=${v}>`] as [string, string]),
      ],
      body: r.output,
    },
    data.mailSerial++,
  );
}
