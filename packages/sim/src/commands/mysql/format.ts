/**
 * The mysql client's result layouts, as MariaDB 10.11 prints them:
 * - boxed tables (`+----+`, numbers right-aligned, NULL as NULL), on a
 *   terminal or with -t; widths count characters, and tabs/newlines inside
 *   values are printed raw;
 * - tab-separated (batch: piped output, -B, -s), with \t \n \\ \0 escaped
 *   unless --raw;
 * - vertical (`\G`): `*** N. row ***` and right-aligned column names.
 */
import type { ResultSet } from "../../services/mysqld/sql/result.js";

const width = (s: string) => [...s].length;

export function boxTable(rs: ResultSet, header: boolean): string {
  // mysql.cc: a column that may be NULL is at least 4 wide, whatever it holds
  const widths = rs.columns.map((c, k) =>
    Math.max(header ? width(c.name) : 0, ...rs.rows.map((r) => width(r[k] ?? "NULL")), header ? 0 : 1, c.maybeNull ? 4 : 0),
  );
  const line = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+\n`;
  let out = line;
  if (header) {
    out += `|${rs.columns.map((c, k) => ` ${c.name}${" ".repeat(widths[k] - width(c.name))} `).join("|")}|\n`;
    out += line;
  }
  for (const r of rs.rows) {
    out += `|${r
      .map((cell, k) => {
        const s = cell ?? "NULL";
        const pad = " ".repeat(widths[k] - width(s));
        return rs.columns[k].numeric ? ` ${pad}${s} ` : ` ${s}${pad} `;
      })
      .join("|")}|\n`;
  }
  return out + line;
}

function escapeBatch(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\0/g, "\\0");
}

export function tabSeparated(rs: ResultSet, header: boolean, raw: boolean): string {
  const esc = raw ? (s: string) => s : escapeBatch;
  let out = "";
  if (header) out += `${rs.columns.map((c) => esc(c.name)).join("\t")}\n`;
  for (const r of rs.rows) out += `${r.map((c) => (c === null ? "NULL" : esc(c))).join("\t")}\n`;
  return out;
}

export function vertical(rs: ResultSet): string {
  const w = Math.max(0, ...rs.columns.map((c) => width(c.name)));
  let out = "";
  rs.rows.forEach((r, n) => {
    out += `*************************** ${n + 1}. row ***************************\n`;
    r.forEach((cell, k) => {
      const name = rs.columns[k].name;
      out += `${" ".repeat(w - width(name))}${name}: ${cell ?? "NULL"}\n`;
    });
  });
  return out;
}

/** "4 rows in set", "1 row in set", "Empty set" with the fixed timing of the simulation */
export function rowsInSet(n: number, timing: boolean): string {
  const t = timing ? " (0.000 sec)" : "";
  if (n === 0) return `Empty set${t}`;
  return `${n} ${n === 1 ? "row" : "rows"} in set${t}`;
}

export function queryOk(affected: number, timing: boolean): string {
  return `Query OK, ${affected} ${affected === 1 ? "row" : "rows"} affected${timing ? " (0.000 sec)" : ""}`;
}
