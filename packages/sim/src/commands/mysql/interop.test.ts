/**
 * Backups that cross between the simulation and the real MariaDB 10.11:
 * a dump made in the simulation loads into the real server with the same
 * rows, a dump made by the real mysqldump restores in the simulation with
 * the same rows, and both mysqldumps print the same text for the same data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { createDatabase, dropDatabase, ensureMariadb, realMysql, realMysqldump, uniqueDatabase } from "../../test-support/mariadb.js";
import { DB_LAB } from "./test-support.js";

const interopSql = readFileSync(join(import.meta.dirname, "fixtures", "interop.sql"), "utf8");
const TABLES: Record<string, string> = {
  customers: "SELECT * FROM customers ORDER BY id",
  orders: "SELECT * FROM orders ORDER BY id",
  kv: "SELECT * FROM kv",
  log: "SELECT * FROM log",
  empty_t: "SELECT * FROM empty_t",
};
const created: string[] = [];

function simWith(db: string, sql: string): LabSession {
  const s = LabSession.create(DB_LAB);
  s.world.host("host")!.fs.writeFile("/root/in.sql", utf8Encode(sql));
  const r = s.run(undefined, `mysql -e 'CREATE DATABASE ${db}' && mysql ${db} < /root/in.sql`);
  if (r.exit !== 0) throw new Error(r.screen);
  return s;
}

function simQuery(s: LabSession, db: string, query: string): string {
  s.world.host("host")!.fs.writeFile("/root/q.sql", utf8Encode(`${query};\n`));
  const r = s.run(undefined, `mysql -B ${db} < /root/q.sql > /root/q.out`);
  if (r.exit !== 0) throw new Error(r.screen);
  return s.run(undefined, "cat /root/q.out").stdout;
}

function simFile(s: LabSession, path: string): string {
  const f = s.world.host("host")!.fs.readFile(path);
  if (!f.ok) throw new Error(`${path}: ${f.errno}`);
  return Buffer.from(f.value, "latin1").toString("utf8");
}

/** the same dump text apart from the header's host (the tests reach the real server over TCP) and database name, and the date */
function comparable(dump: string, db: string): string {
  return dump
    .replace(/^-- Host: \S+ {4}Database: .*$/m, "-- Host: HOST    Database: DB").replace(/^-- Dump completed on .*$/m, "-- Dump completed on DATE");
}

beforeAll(() => ensureMariadb(), 60_000);
afterAll(() => {
  for (const db of created) dropDatabase(db);
});

describe("interoperability with the real MariaDB", () => {
  it("a dump made in the simulation loads into MariaDB with identical rows", () => {
    const sim = simWith("My_DB", interopSql);
    expect(sim.run(undefined, "mysqldump My_DB > /root/backup.sql").exit).toBe(0);
    const dump = simFile(sim, "/root/backup.sql");
    const real = uniqueDatabase("rootlab_from_sim");
    created.push(real);
    createDatabase(real);
    realMysql([real], dump);
    for (const [table, q] of Object.entries(TABLES)) {
      expect(realMysql(["-B", real, "-e", q]), table).toBe(simQuery(sim, "My_DB", q));
    }
    // and the real mysqldump of what was loaded is the simulation's dump, byte for byte
    expect(comparable(realMysqldump([real]), real)).toBe(comparable(dump, "My_DB"));
  });

  it("a dump made by the real mysqldump restores in the simulation with identical rows", () => {
    const real = uniqueDatabase("rootlab_to_sim");
    created.push(real);
    createDatabase(real);
    realMysql([real], interopSql);
    const dump = realMysqldump([real]);
    const sim = simWith("restored", dump);
    for (const [table, q] of Object.entries(TABLES)) {
      expect(simQuery(sim, "restored", q), table).toBe(realMysql(["-B", real, "-e", q]));
    }
    expect(sim.run(undefined, "mysqldump restored > /root/again.sql").exit).toBe(0);
    expect(comparable(simFile(sim, "/root/again.sql"), "restored")).toBe(comparable(dump, real));
  });

  it("a --databases dump from MariaDB recreates the database by name in the simulation", () => {
    const real = uniqueDatabase("rootlab_named");
    created.push(real);
    createDatabase(real);
    realMysql([real], interopSql);
    const dump = realMysqldump(["--databases", real, "--add-drop-database", "--single-transaction"]);
    const s = LabSession.create(DB_LAB);
    s.world.host("host")!.fs.writeFile("/root/all.sql", utf8Encode(dump));
    expect(s.run(undefined, "mysql < /root/all.sql").exit).toBe(0);
    expect(simQuery(s, real, TABLES.customers)).toBe(realMysql(["-B", real, "-e", TABLES.customers]));
  });
});
