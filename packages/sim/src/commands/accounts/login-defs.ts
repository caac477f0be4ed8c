/**
 * The settings shadow's tools read: /etc/login.defs (KEY VALUE lines) and
 * /etc/default/useradd (KEY=VALUE lines), each read when a tool runs, so
 * that a learner's edit counts; a key missing from the file takes the value
 * compiled into shadow 4.13 (or Debian's default where Debian's file sets it).
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

function readLines(fs: Vfs, path: string): string[] {
  const r = fs.readFile(path);
  return r.ok ? utf8Decode(r.value).split("\n") : [];
}

export class LoginDefs {
  private readonly values = new Map<string, string>();
  constructor(fs: Vfs) {
    for (const line of readLines(fs, "/etc/login.defs")) {
      const m = /^\s*([A-Z0-9_]+)\s+(\S.*?)\s*$/.exec(line);
      if (m) this.values.set(m[1], m[2].replace(/^"(.*)"$/, "$1"));
    }
  }
  get(key: string): string | undefined {
    return this.values.get(key);
  }
  number(key: string, fallback: number): number {
    const v = this.values.get(key);
    return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : fallback;
  }
  bool(key: string, fallback: boolean): boolean {
    const v = this.values.get(key);
    return v === undefined ? fallback : v.toLowerCase() === "yes";
  }
}

/** /etc/default/useradd, with useradd's compiled defaults */
export interface UseraddDefaults {
  group: number;
  home: string;
  inactive: number;
  expire: string;
  shell: string;
  skel: string;
  createMailSpool: boolean;
}

export function useraddDefaults(fs: Vfs): UseraddDefaults {
  const d: UseraddDefaults = { group: 100, home: "/home", inactive: -1, expire: "", shell: "", skel: "/etc/skel", createMailSpool: false };
  for (const line of readLines(fs, "/etc/default/useradd")) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    const v = m[2];
    if (m[1] === "GROUP" && /^\d+$/.test(v)) d.group = Number(v);
    else if (m[1] === "HOME") d.home = v;
    else if (m[1] === "INACTIVE" && /^-?\d+$/.test(v)) d.inactive = Number(v);
    else if (m[1] === "EXPIRE") d.expire = v;
    else if (m[1] === "SHELL") d.shell = v;
    else if (m[1] === "SKEL") d.skel = v;
    else if (m[1] === "CREATE_MAIL_SPOOL") d.createMailSpool = v.toLowerCase() === "yes";
  }
  return d;
}

/** where mail spools are: MAIL_DIR, /var/mail on Debian */
export function mailDir(defs: LoginDefs): string {
  return defs.get("MAIL_DIR") ?? "/var/mail";
}
