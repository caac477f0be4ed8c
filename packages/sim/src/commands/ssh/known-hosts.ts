/**
 * ~/.ssh/known_hosts and /etc/ssh/ssh_known_hosts as ssh reads them: plain
 * or hashed (`|1|salt|hmac`) names, the host key that goes with them, and
 * adding a host after "yes" (hashed, as Debian's HashKnownHosts yes does).
 */
import { type ByteString, utf8Decode, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { hashedName, KEY_TYPE, nameMatches, saltFrom } from "../../services/sshd/keys.js";
import { memoized } from "../../memo.js";

export type HostKeyStatus = "known" | "unknown" | "changed";

interface KnownHost {
  names: string;
  type: string;
  blob: string;
}

function entries(proc: Process, path: string): readonly KnownHost[] {
  const f = proc.host.fs.readFile(path);
  return f.ok ? parsedKnownHosts(f.value) : [];
}

/** known_hosts parsed, by its content (every connection reads two files) */
const parsedKnownHosts = memoized(parseKnownHosts, 16);

function parseKnownHosts(text: ByteString): readonly KnownHost[] {
  const out: KnownHost[] = [];
  for (const raw of utf8Decode(text).split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("@")) continue;
    const [names, type, blob] = line.split(/\s+/);
    if (names && type && blob) out.push({ names, type, blob });
  }
  return out;
}

export function userKnownHosts(proc: Process): string {
  return `${proc.env.HOME || "/root"}/.ssh/known_hosts`;
}

/** Is `blob` the key known for `name` (as typed: a name or an address)? */
export function checkHostKey(proc: Process, name: string, port: number, blob: string): HostKeyStatus {
  let status: HostKeyStatus = "unknown";
  for (const path of [userKnownHosts(proc), "/etc/ssh/ssh_known_hosts"]) {
    for (const e of entries(proc, path)) {
      if (e.type !== KEY_TYPE || !nameMatches(e.names, name, port)) continue;
      if (e.blob === blob) return "known";
      status = "changed";
    }
  }
  return status;
}

/** "Warning: Permanently added ..." : append a hashed entry to the user's known_hosts */
export function addKnownHost(proc: Process, name: string, port: number, blob: string): boolean {
  const path = userKnownHosts(proc);
  const fs = proc.host.fs;
  const dir = path.slice(0, path.lastIndexOf("/"));
  if (!fs.stat(dir).ok && fs.mkdir(dir).ok) fs.chmod(dir, 0o700);
  const salt = saltFrom(() => proc.host.prng.nextU32());
  return fs.writeFile(path, utf8Encode(`${hashedName(name, port, salt)} ${KEY_TYPE} ${blob}\n`), { append: true }).ok;
}
