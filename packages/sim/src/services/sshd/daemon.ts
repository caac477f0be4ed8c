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

export function sshdOf(host: Host): SshdState | undefined {
  return host.state.services?.sshd;
}

export function startSshd(host: Host): void {
  const s = sshdOf(host);
  if (!s || s.running) return;
  const net = host.kernel.net;
  const pid = 500 + host.prng.int(0, 3000);
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
  boot(host) {
    const s = sshdOf(host);
    if (!s) return;
    // the kernel's sockets are gone with the reboot
    s.running = false;
    s.pid = undefined;
    if (s.enabled) startSshd(host);
    else s.startedAt = undefined;
  },
};
