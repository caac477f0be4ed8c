/**
 * sshd on a host: listening on port 22 (0.0.0.0 and, for `ss`, [::]) when
 * started, its unit for systemctl (ssh.service, alias sshd.service), and
 * what boot does. Connections are answered by server.ts inside the kernel's
 * event flow, so the daemon needs no process of its own.
 */
import type { Host } from "../../host/host.js";
import type { UnitDriver } from "../systemd/unit.js";
import { SSH_PORT } from "./protocol.js";
import { APP } from "./server.js";
import type { SshdState } from "./state.js";
import { type DaemonSignals, type MainExit, mainProcessSignal } from "../systemd/main-exit.js";
import { utf8Encode } from "../../bytes.js";
import { nextPid } from "../../process/pids.js";

/** sshd's PidFile (sshd_config's default): written by the listener, removed when it exits on a signal it handles */
export const SSHD_PIDFILE = "/run/sshd.pid";

export function sshdOf(host: Host): SshdState | undefined {
  return host.state.services?.sshd;
}

export function startSshd(host: Host): void {
  const s = sshdOf(host);
  if (!s || s.running) return;
  const net = host.kernel.net;
  // at boot among the services' pids, before any login; started again later (systemctl, Restart=), after what runs
  // then (the draw is made either way: the PRNG moves on as it always did)
  const atBoot = 500 + host.prng.int(0, 300);
  const pid = host.clock.now === host.state.bootedAt ? atBoot : host.kernel.allocPid(nextPid(host));
  const owners = [{ comm: "sshd", pid, fd: 3 }];
  const v4 = net.socket("tcp");
  if (!net.bind(v4, "0.0.0.0", SSH_PORT).ok) {
    net.close(v4);
    return;
  }
  net.listen(v4, 128);
  v4.owners = owners;
  v4.app = APP;
  // the IPv6 wildcard listener sshd also opens: carries no traffic (IPv4 only), shown by ss
  const v6 = net.socket("tcp");
  v6.family = "inet6";
  v6.local = "::";
  v6.lport = SSH_PORT;
  v6.state = "LISTEN";
  v6.backlog = 128;
  v6.acceptQueue = [];
  v6.owners = [{ comm: "sshd", pid, fd: 4 }];
  v6.app = APP;
  s.running = true;
  s.pid = pid;
  s.startedAt = host.clock.now;
  delete s.mainExit;
  host.fs.writeFile(SSHD_PIDFILE, utf8Encode(`${pid}\n`));
}

export function stopSshd(host: Host): void {
  const s = sshdOf(host);
  if (!s || !s.running) return;
  const net = host.kernel.net;
  // the listener goes; sessions already open would live on as their own processes (none outlive a command here)
  for (const sock of [...net.sockets()]) if (sock.app === APP && sock.state === "LISTEN") net.close(sock);
  s.running = false;
  s.pid = undefined;
  s.startedAt = host.clock.now;
  delete s.mainExit;
  // sshd unlinks its pid file on SIGTERM (systemctl stop's signal)
  if (host.fs.stat(SSHD_PIDFILE).ok) host.fs.unlink(SSHD_PIDFILE);
}

/**
 * sshd's listener and signals (OpenSSH 9.2 sshd.c): SIGTERM and SIGQUIT
 * reach sigterm_handler, and the accept loop logs "Received signal N;
 * terminating.", unlinks the pid file and exits 0 for SIGTERM, 255 else;
 * SIGHUP re-executes it in place (same pid). ssh.service: Restart=on-failure,
 * RestartPreventExitStatus=255 (config-files.ts), RestartSec= the default 100ms.
 */
export const SSH_SIGNALS: DaemonSignals = {
  unit: "ssh.service",
  description: "OpenBSD Secure Shell server",
  execStart: "/usr/sbin/sshd -D $SSHD_OPTS",
  ident: "sshd",
  handles(sig) {
    if (sig === 15 || sig === 3) return { exit: sig === 15 ? 0 : 255, log: `Received signal ${sig}; terminating.` };
    if (sig === 1) return "ignore";
    return undefined;
  },
  restart: "on-failure",
  restartPreventExitStatus: [255],
  restartSecMs: 100,
  start(host) {
    const s = sshdOf(host);
    const exit = s?.mainExit;
    startSshd(host);
    if (s && exit) s.mainExit = exit;
  },
};

/** kill(2) to sshd's listener: true when `pid` is it */
export function signalSshd(host: Host, pid: number, sig: number): boolean {
  const s = sshdOf(host);
  if (!s?.running || s.pid !== pid) return false;
  const exit = mainProcessSignal(host, SSH_SIGNALS, pid, s.startedAt ?? host.state.bootedAt, sig, s.mainExit?.restarts ?? 0);
  if (!exit) return true;
  const handled = exit.code === "exited";
  const net = host.kernel.net;
  for (const sock of [...net.sockets()]) if (sock.app === APP && sock.state === "LISTEN") net.close(sock);
  s.running = false;
  s.pid = undefined;
  s.startedAt = exit.at;
  s.mainExit = exit;
  // only the handler unlinks the pid file; a process killed outright leaves it
  if (handled && host.fs.stat(SSHD_PIDFILE).ok) host.fs.unlink(SSHD_PIDFILE);
  return true;
}

/** the last signal-ended run of sshd, for systemctl status */
export function sshdMainExit(host: Host): MainExit | undefined {
  return sshdOf(host)?.mainExit;
}

export const sshUnit: UnitDriver = {
  name: "ssh.service",
  aliases: ["sshd.service"],
  path: "/lib/systemd/system/ssh.service",
  description: "OpenBSD Secure Shell server",
  docs: ["man:sshd(8)", "man:sshd_config(5)"],
  installed: (host) => sshdOf(host) !== undefined,
  isActive: (host) => sshdOf(host)?.running === true,
  isEnabled: (host) => sshdOf(host)?.enabled === true,
  start: startSshd,
  stop: stopSshd,
  setEnabled(host, enabled) {
    const s = sshdOf(host);
    if (s) s.enabled = enabled;
  },
  runningLines(host) {
    const pid = sshdOf(host)?.pid ?? 0;
    return [
      `   Main PID: ${pid} (sshd)`,
      "      Tasks: 1 (limit: 4645)",
      "     Memory: 5.1M",
      "        CPU: 41ms",
      "     CGroup: /system.slice/ssh.service",
      `             └─${pid} "sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"`,
    ];
  },
  since: (host) => sshdOf(host)?.startedAt,
  mainExit: (host) => {
    const e = sshdOf(host)?.mainExit;
    return e ? { exit: e, signals: SSH_SIGNALS } : undefined;
  },
  boot(host) {
    const s = sshdOf(host);
    if (!s) return;
    // the kernel's sockets are gone with the reboot
    s.running = false;
    s.pid = undefined;
    // a restart systemd had scheduled went with the old boot
    delete s.mainExit;
    if (s.enabled) startSshd(host);
    else s.startedAt = undefined;
  },
};
