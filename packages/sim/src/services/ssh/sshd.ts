/**
 * OpenSSH's server as far as the firewall lessons need it: Debian 12's sshd
 * listening on port 22 (0.0.0.0 and [::], as `ss -tlnp` shows it), sending
 * its identification string to every connection and hanging up on a client
 * that does not speak SSH, as the real one does. There is no login: a lab
 * uses it to have something real on port 22 that a firewall must keep
 * reachable (`nc 192.168.1.10 22` prints the banner). Driven by its
 * sockets' events like the web server, so it needs no process of its own.
 */
import type { Host } from "../../host/host.js";
import type { SocketEvent } from "../../kernel/net/packet/env.js";
import { registerSocketApp } from "../../world/network.js";
import { SSHD_WANTS } from "./install.js";

export const APP = "sshd";
/** Debian 12's openssh-server 1:9.2p1-2+deb12u6 */
export const SSH_BANNER = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n";
/** the pid ss -p shows for the listener */
export const SSHD_PID = 611;

function onEvent(host: Host, sockId: number, event: SocketEvent): void {
  const net = host.kernel.net;
  const sock = net.get(sockId);
  if (!sock) return;
  if (sock.state === "LISTEN") {
    if (event !== "accept") return;
    for (let child = net.accept(sock); child; child = net.accept(sock)) {
      child.owners = [{ comm: "sshd", pid: SSHD_PID, fd: 4 }];
      child.app = APP;
      net.send(child, SSH_BANNER);
    }
    return;
  }
  if (event === "reset") {
    net.close(sock);
    return;
  }
  // a line that is not an SSH identification ends the conversation ("Invalid SSH identification string")
  if (sock.rx.includes("\n") && !sock.rx.startsWith("SSH-")) {
    net.read(sock);
    net.close(sock);
    return;
  }
  if (event === "eof") net.close(sock);
}

registerSocketApp(APP, onEvent);

/** start sshd on `host` if it is enabled: listening on 0.0.0.0:22 and [::]:22 */
export function startSshd(host: Host): boolean {
  if (!host.fs.stat(SSHD_WANTS).ok) return false;
  const net = host.kernel.net;
  const owner = (fd: number) => [{ comm: "sshd", pid: SSHD_PID, fd }];
  const v4 = net.socket("tcp");
  if (!net.bind(v4, "0.0.0.0", 22).ok) {
    net.close(v4);
    return false;
  }
  net.listen(v4, 128);
  v4.owners = owner(3);
  v4.app = APP;
  // the IPv6 wildcard listener: carries no traffic (IPv4 only), shown by ss
  const v6 = net.socket("tcp");
  v6.family = "inet6";
  v6.local = "::";
  v6.lport = 22;
  v6.state = "LISTEN";
  v6.backlog = 128;
  v6.acceptQueue = [];
  v6.owners = owner(4);
  return true;
}
