import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { evaluateSpec } from "./index.js";

describe("sql checks", () => {
  it("match the rows a query answers, as tab-separated lines", () => {
    const s = LabSession.create("mysql-backup");
    const spec = { kind: "sql", host: "db", query: "SELECT COUNT(*) FROM shop.orders; SELECT name, email FROM shop.customers WHERE id = 4", matches: "^7\\nTom Berg\\tNULL$" } as const;
    expect(evaluateSpec(s, spec)).toMatchObject({ passed: true });
    s.run("db", "mysql -e 'DELETE FROM shop.orders WHERE id > 5'");
    const r = evaluateSpec(s, spec);
    expect(r.passed).toBe(false);
    expect(r.detail).toBe("`SELECT COUNT(*) FROM shop.orders; SELECT name, email FROM shop.customers WHERE id = 4` on db's MariaDB answered \"5 | Tom Berg NULL\", not what was expected.");
  });

  it("fail with the server's error when the database is gone or the server is down", () => {
    const s = LabSession.create("mysql-backup");
    s.run("db", "mysql -e 'DROP DATABASE shop'");
    expect(evaluateSpec(s, { kind: "sql", host: "db", query: "SELECT COUNT(*) FROM orders", database: "shop", matches: "^7$" }).detail).toMatch(
      /failed: ERROR 1049 \(42000\): Unknown database 'shop'$/,
    );
    s.run("db", "systemctl stop mariadb");
    expect(evaluateSpec(s, { kind: "sql", host: "db", query: "SELECT 1" }).detail).toMatch(/failed: ERROR 2002 \(HY000\): Can't connect to local server/);
  });

  it("never touch the learner's lab", () => {
    const s = LabSession.create("mysql-backup");
    const before = JSON.stringify(s.world.snapshot());
    evaluateSpec(s, { kind: "sql", host: "db", query: "DROP DATABASE shop" });
    expect(JSON.stringify(s.world.snapshot())).toBe(before);
  });

  it("equals compares the whole answer, so one row too many fails", () => {
    const s = LabSession.create("mysql-backup");
    const spec = { kind: "sql", host: "db", query: "SHOW TABLES FROM shop", equals: "customers\norders" } as const;
    const r = evaluateSpec(s, spec);
    expect(r.detail).toBe('`SHOW TABLES FROM shop` on db\'s MariaDB answered "customers | orders | products", not "customers | orders".');
    s.run("db", "mysql -e 'DROP TABLE shop.products'");
    expect(evaluateSpec(s, spec).passed).toBe(true);
  });

  it("notMatches fails when the rows show what must be gone", () => {
    const s = LabSession.create("mysql-backup");
    const spec = { kind: "sql", host: "db", query: "SHOW DATABASES", notMatches: "^library$" } as const;
    expect(evaluateSpec(s, spec).passed).toBe(false);
    s.run("db", "mysql -e 'DROP DATABASE library'");
    expect(evaluateSpec(s, spec).passed).toBe(true);
  });
});
