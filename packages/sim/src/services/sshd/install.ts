/**
 * Installing OpenSSH on a lab host, and the key-based logins a lab sets up
 * between hosts (as an administrator would with ssh-keygen, ssh-copy-id and
 * a first connection): the package's files and host key, root's key pair,
 * authorized_keys on the server, the server's host key in the client's
 * known_hosts (hashed, as Debian's HashKnownHosts yes writes it).
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { SSH_CONFIG, SSH_SERVICE, SSHD_CONFIG } from "./config-files.js";
import { hashedName, KEY_TYPE, labKey, privateKeyFile, publicLine, saltFrom, type SshKey } from "./keys.js";

export const HOST_KEY_PATH = "/etc/ssh/ssh_host_ed25519_key";
export const SSH_UNIT = "/lib/systemd/system/ssh.service";
export const SSH_WANTS = "/etc/systemd/system/multi-user.target.wants/ssh.service";

/** the host key of `hostname`, the same in every world of every lab */
export function hostKeyOf(hostname: string): SshKey {
  return labKey(`host:${hostname}`, `root@${hostname}`);
}

/** the ed25519 key pair a lab gives `user` on `hostname` */
export function userKeyOf(user: string, hostname: string): SshKey {
  return labKey(`user:${user}@${hostname}`, `${user}@${hostname}`);
}

function write(host: Host, path: string, text: string, mode: number): void {
  const dir = path.slice(0, path.lastIndexOf("/"));
  if (dir) host.fs.mkdir(dir, { parents: true });
  const r = host.fs.writeFile(path, utf8Encode(text), { append: false });
  if (!r.ok) throw new Error(`cannot write ${path} on ${host.state.name}: ${r.errno}`);
  host.fs.chmod(path, mode);
}

/** `apt-get install openssh-server`: configuration, host key, unit, enabled; the daemon starts at boot. */
export function installSshd(host: Host): void {
  const name = host.state.name;
  const key = hostKeyOf(name);
  write(host, "/etc/ssh/sshd_config", SSHD_CONFIG, 0o644);
  host.fs.mkdir("/etc/ssh/sshd_config.d", { parents: true });
  write(host, "/etc/ssh/ssh_config", SSH_CONFIG, 0o644);
  host.fs.mkdir("/etc/ssh/ssh_config.d", { parents: true });
  write(host, HOST_KEY_PATH, privateKeyFile(key, `host:${name}`), 0o600);
  write(host, `${HOST_KEY_PATH}.pub`, `${publicLine(key)}\n`, 0o644);
  write(host, SSH_UNIT, SSH_SERVICE, 0o644);
  write(host, SSH_WANTS, SSH_SERVICE, 0o644);
  host.state.services ??= {};
  host.state.services.sshd = { running: false, enabled: true };
}

function homeOf(user: string): string {
  return user === "root" ? "/root" : `/home/${user}`;
}

/** ssh-keygen -t ed25519 for `user` on `host`: ~/.ssh/id_ed25519 and .pub */
export function giveUserKey(host: Host, user: string): SshKey {
  const key = userKeyOf(user, host.state.name);
  const dir = `${homeOf(user)}/.ssh`;
  host.fs.mkdir(dir, { parents: true });
  host.fs.chmod(dir, 0o700);
  write(host, `${dir}/id_ed25519`, privateKeyFile(key, `user:${user}@${host.state.name}`), 0o600);
  write(host, `${dir}/id_ed25519.pub`, `${publicLine(key)}\n`, 0o644);
  return key;
}

function append(host: Host, path: string, line: string, mode: number): void {
  const dir = path.slice(0, path.lastIndexOf("/"));
  host.fs.mkdir(dir, { parents: true });
  host.fs.chmod(dir, 0o700);
  host.fs.writeFile(path, utf8Encode(`${line}\n`), { append: true });
  host.fs.chmod(path, mode);
}

/** ssh-copy-id: `key` may log in as `user` on `host` */
export function authorizeKey(host: Host, user: string, key: SshKey): void {
  append(host, `${homeOf(user)}/.ssh/authorized_keys`, publicLine(key), 0o600);
}

/** a first connection answered "yes": `names` (host name, address) with `hostKey` in `user`'s known_hosts on `host` */
export function knowHost(host: Host, user: string, names: string[], hostKey: SshKey): void {
  for (const n of names) {
    const salt = saltFrom(() => host.prng.nextU32());
    append(host, `${homeOf(user)}/.ssh/known_hosts`, `${hashedName(n, 22, salt)} ${KEY_TYPE} ${hostKey.blob}`, 0o644);
  }
}
