/**
 * adduser 3.134's settings: /etc/adduser.conf read at each run (KEY=VALUE
 * lines, "#" comments, values optionally quoted) over the built-in defaults
 * Debian 12's file only documents, and its name checks: the fixed "To avoid
 * problems" rule, then NAME_REGEX (SYS_NAME_REGEX for system accounts).
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

const DEFAULTS: Record<string, string> = {
  DSHELL: "/bin/bash",
  DHOME: "/home",
  SKEL: "/etc/skel",
  FIRST_SYSTEM_UID: "100",
  LAST_SYSTEM_UID: "999",
  FIRST_SYSTEM_GID: "100",
  LAST_SYSTEM_GID: "999",
  FIRST_UID: "1000",
  LAST_UID: "59999",
  FIRST_GID: "1000",
  LAST_GID: "59999",
  USERS_GID: "100",
  DIR_MODE: "0700",
  SYS_DIR_MODE: "0755",
  NAME_REGEX: "^[a-z][-a-z0-9_]*\\$?$",
  SYS_NAME_REGEX: "^[a-z_][-a-z0-9_]*\\$?$",
  EXTRA_GROUPS: "users",
  ADD_EXTRA_GROUPS: "1",
};

export class AdduserConf {
  private readonly values = new Map(Object.entries(DEFAULTS));
  constructor(fs: Vfs) {
    const r = fs.readFile("/etc/adduser.conf");
    if (!r.ok) return;
    for (const line of utf8Decode(r.value).split("\n")) {
      const m = /^\s*([A-Z_]+)\s*=\s*(.*?)\s*$/.exec(line);
      if (m) this.values.set(m[1], m[2].replace(/^"(.*)"$/, "$1"));
    }
  }
  get(key: string): string {
    return this.values.get(key) ?? "";
  }
  number(key: string): number {
    return Number(this.get(key));
  }
}

/** adduser's complaint about `name`, or undefined when it is acceptable */
export function badNameText(conf: AdduserConf, name: string, system: boolean): string | undefined {
  if (/^[-+~]/.test(name) || /[:,/\s]/.test(name))
    return (
      "To avoid problems, the username must not start with a\n            dash, plus sign, or tilde, and it must not contain any of the\n" +
      "            following: colon, comma, slash, or any whitespace characters\n            including spaces, tabs, and newlines."
    );
  let re: RegExp;
  try {
    re = new RegExp(conf.get(system ? "SYS_NAME_REGEX" : "NAME_REGEX"));
  } catch {
    return undefined;
  }
  if (!re.test(name))
    return (
      "Please enter a username matching the regular expression\n            configured via the NAME_REGEX configuration variable.  Use the\n" +
      "            `--allow-bad-names' option to relax this check or reconfigure\n            NAME_REGEX in configuration."
    );
  return undefined;
}

/** the lowest id in [first, last] free in every `used` set */
export function firstFree(first: number, last: number, ...used: Set<number>[]): number | undefined {
  for (let id = first; id <= last; id++) if (used.every((u) => !u.has(id))) return id;
  return undefined;
}
