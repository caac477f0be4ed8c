/**
 * The real MariaDB server for interoperability tests: make sure it runs
 * (start it as the machine notes say when it does not), run the real
 * clients against it over TCP as root with an empty password, and give each
 * test run its own database.
 */
import { execFileSync, spawnSync } from "node:child_process";

const CONN = ["--protocol=TCP", "-h", "127.0.0.1", "-P", "3306", "-u", "root"];

function ping(): boolean {
  return spawnSync("mysql", [...CONN, "-N", "-e", "SELECT 1"], { encoding: "utf8" }).status === 0;
}

/** Wait for the server, starting it first when it is down; throws after ~30 s. */
export function ensureMariadb(): void {
  if (ping()) return;
  spawnSync("start-stop-daemon", ["--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd"], { stdio: "ignore" });
  for (let i = 0; i < 60; i++) {
    if (ping()) return;
    spawnSync("sleep", ["0.5"]);
  }
  throw new Error("MariaDB did not come up at 127.0.0.1:3306");
}

/** Run the real mysql client; returns stdout (throws with stderr on failure). */
export function realMysql(args: string[], input?: string): string {
  return execFileSync("mysql", [...CONN, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** Run the real mysqldump. */
export function realMysqldump(args: string[]): string {
  return execFileSync("mysqldump", [...CONN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** A database name no other run uses (pid and a counter; dropped by `dropDatabase`). */
let counter = 0;
export function uniqueDatabase(prefix: string): string {
  counter++;
  return `${prefix}_${process.pid}_${counter}_${Math.floor(performance.now())}`;
}

export function createDatabase(name: string): void {
  realMysql(["-e", `CREATE DATABASE \`${name}\``]);
}

export function dropDatabase(name: string): void {
  realMysql(["-e", `DROP DATABASE IF EXISTS \`${name}\``]);
}
