/**
 * Accounts, authentication and privileges: the grant tables of a MariaDB
 * server reduced to what a lesson needs. Passwords are kept as
 * mysql_native_password hashes (`*` + SHA1(SHA1(password)) in upper-case
 * hex, what `SELECT PASSWORD('x')` prints), never in clear.
 */
import { sha1 } from "@noble/hashes/legacy.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { toUint8Array, utf8Encode } from "../../bytes.js";
import { ER, type SqlError } from "./errors.js";
import { ALL_PRIVILEGES, type GrantState, type MysqldState, type UserAccount } from "./state.js";

export function nativePasswordHash(password: string): string {
  if (password === "") return "";
  return `*${bytesToHex(sha1(sha1(toUint8Array(utf8Encode(password))))).toUpperCase()}`;
}

/** How a client reaches the server: the unix socket (`-h localhost` or none) or TCP to 127.0.0.1. */
export interface ConnectRequest {
  user: string;
  /** undefined = no password sent ("using password: NO") */
  password?: string;
  /** the host the server sees the client from: "localhost" over the socket, "127.0.0.1" over TCP */
  fromHost: string;
  /** the OS user running the client (unix_socket authentication) */
  osUser: string;
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === "%" || pattern === host) return true;
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".")}$`, "i");
  return re.test(host);
}

/** The account a login maps to: exact host before wildcards, as the server sorts the user table. */
export function findAccount(state: MysqldState, user: string, host: string): UserAccount | undefined {
  const candidates = state.users.filter((u) => u.user === user && hostMatches(u.host, host));
  candidates.sort((a, b) => specificity(b.host) - specificity(a.host));
  return candidates[0];
}

function specificity(host: string): number {
  if (host === "%") return 0;
  return host.includes("%") || host.includes("_") ? 1 : 2;
}

/** Authenticate; the account, or 1045 with the real text. */
export function authenticate(state: MysqldState, req: ConnectRequest): UserAccount | SqlError {
  const acct = findAccount(state, req.user, req.fromHost);
  const denied = ER.accessDenied(req.user, req.fromHost, req.password !== undefined && req.password !== "");
  if (!acct) return req.password === undefined || req.password === "" ? ER.accessDeniedNoPassword(req.user, req.fromHost) : denied;
  if (acct.unixSocket && req.fromHost === "localhost" && req.osUser === acct.user) return acct;
  if (acct.authString === "invalid") return denied;
  const given = req.password === undefined ? "" : nativePasswordHash(req.password);
  return given === acct.authString ? acct : denied;
}

function covers(g: GrantState, db: string | undefined, table: string | undefined): boolean {
  if (g.db === undefined) return true; // *.*
  if (db === undefined) return false;
  if (g.db.toLowerCase() !== db.toLowerCase()) return false;
  if (g.table === undefined) return true;
  return table !== undefined && g.table.toLowerCase() === table.toLowerCase();
}

function grantHas(g: GrantState, priv: string): boolean {
  return g.privileges.includes("ALL PRIVILEGES") || g.privileges.includes(priv);
}

/** Does `acct` hold `priv` on db.table (db-level when table is undefined, global when db is too)? */
export function hasPrivilege(acct: UserAccount, priv: string, db?: string, table?: string): boolean {
  return acct.grants.some((g) => covers(g, db, table) && grantHas(g, priv));
}

/** Any privilege at all on the database (or on one of its tables): what USE and SHOW DATABASES need. */
export function canSeeDatabase(acct: UserAccount, db: string): boolean {
  if (db.toLowerCase() === "information_schema") return true;
  return acct.grants.some(
    (g) => g.privileges.length > 0 && (g.db === undefined ? true : g.db.toLowerCase() === db.toLowerCase()),
  );
}

export function isGlobalAll(acct: UserAccount): boolean {
  return acct.grants.some((g) => g.db === undefined && grantHas(g, "CREATE USER"));
}

/** Merge a GRANT into the account's grants. */
export function addGrant(acct: UserAccount, target: { db?: string; table?: string }, privileges: string[], withGrantOption: boolean): void {
  const db = target.db === "" ? undefined : target.db;
  const existing = acct.grants.find((g) => g.db === db && g.table === target.table);
  const privs = privileges.includes("ALL PRIVILEGES") ? ["ALL PRIVILEGES"] : privileges;
  if (existing) {
    existing.privileges = existing.privileges.includes("ALL PRIVILEGES") || privs.includes("ALL PRIVILEGES")
      ? ["ALL PRIVILEGES"]
      : [...new Set([...existing.privileges, ...privs])];
    existing.withGrantOption ||= withGrantOption;
  } else acct.grants.push({ db, table: target.table, privileges: privs, withGrantOption });
}

export function removeGrant(acct: UserAccount, target: { db?: string; table?: string }, privileges: string[]): boolean {
  const db = target.db === "" ? undefined : target.db;
  const g = acct.grants.find((x) => x.db === db && x.table === target.table);
  if (!g) return false;
  if (privileges.includes("ALL PRIVILEGES")) g.privileges = [];
  else {
    const expanded = g.privileges.includes("ALL PRIVILEGES") ? ALL_PRIVILEGES.slice(0, 17) : g.privileges;
    g.privileges = expanded.filter((p) => !privileges.includes(p));
  }
  if (g.privileges.length === 0 && !g.withGrantOption) acct.grants = acct.grants.filter((x) => x !== g);
  return true;
}

/** SHOW GRANTS lines, in the server's format. */
export function showGrants(acct: UserAccount): string[] {
  const who = `\`${acct.user}\`@\`${acct.host}\``;
  const lines: string[] = [];
  const global = acct.grants.find((g) => g.db === undefined);
  const auth = acct.unixSocket
    ? acct.authString === "invalid" || acct.authString === ""
      ? " IDENTIFIED VIA mysql_native_password USING 'invalid' OR unix_socket"
      : ` IDENTIFIED VIA mysql_native_password USING '${acct.authString}' OR unix_socket`
    : acct.authString && acct.authString !== "invalid"
      ? ` IDENTIFIED BY PASSWORD '${acct.authString}'`
      : "";
  const privText = (g: GrantState) => (g.privileges.includes("ALL PRIVILEGES") ? "ALL PRIVILEGES" : g.privileges.join(", "));
  lines.push(
    `GRANT ${global && global.privileges.length ? privText(global) : "USAGE"} ON *.* TO ${who}${auth}${global?.withGrantOption ? " WITH GRANT OPTION" : ""}`,
  );
  for (const g of acct.grants) {
    if (g.db === undefined || g.privileges.length === 0) continue;
    const on = g.table === undefined ? `\`${g.db}\`.*` : `\`${g.db}\`.\`${g.table}\``;
    lines.push(`GRANT ${privText(g)} ON ${on} TO ${who}${g.withGrantOption ? " WITH GRANT OPTION" : ""}`);
  }
  return lines;
}
