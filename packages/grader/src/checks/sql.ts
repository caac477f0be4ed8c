/**
 * A query on a host's MariaDB, run as root on a copy of the lab, and what it
 * answered: the rows of every statement, one line each, columns separated by
 * tabs and NULL written NULL (what `mysql -N -B -e` prints, unescaped). For
 * "the rows are back": `SELECT COUNT(*) FROM shop.orders` must match `^7$`.
 */
import { type LabSession, queryAsRoot } from "@rootlab/sim";
import { z } from "zod";
import { hostOf } from "./host-of.js";
import { regexField } from "./regex.js";
import type { Outcome } from "./types.js";

export const sqlSpec = z.object({
  kind: z.literal("sql"),
  host: z.string().describe("the host whose MariaDB server answers"),
  query: z.string().min(1).describe("one or more SQL statements separated by ;, run as root"),
  database: z.string().optional().describe("the database to connect to (USE), when the query names tables without one"),
  equals: z.string().optional().describe("the rows exactly, as lines of tab-separated columns (\"6\\n5\\n4\" for three counts)"),
  matches: regexField("a JavaScript regular expression (multiline mode) the rows, as tab-separated lines, must match"),
  notMatches: regexField("a JavaScript regular expression (multiline mode) the rows must not match"),
});
export type SqlSpec = z.infer<typeof sqlSpec>;

export function evaluateSql(session: LabSession, spec: SqlSpec): Outcome {
  const r = queryAsRoot(hostOf(session, spec.host), spec.query, spec.database);
  const shown = `\`${spec.query}\` on ${spec.host}'s MariaDB`;
  if (!r.ok) return { passed: false, detail: `${shown} failed: ${r.error}` };
  const text = r.results
    .flat()
    .map((row) => row.map((c) => c ?? "NULL").join("\t"))
    .join("\n");
  if (spec.equals !== undefined && text !== spec.equals)
    return { passed: false, detail: `${shown} answered ${summarize(text)}, not ${summarize(spec.equals)}.` };
  if (spec.matches && !new RegExp(spec.matches, "m").test(text))
    return { passed: false, detail: `${shown} answered ${summarize(text)}, not what was expected.` };
  if (spec.notMatches && new RegExp(spec.notMatches, "m").test(text))
    return { passed: false, detail: `${shown} answered ${summarize(text)}, which it should not.` };
  return { passed: true, detail: `${shown} answered as expected.` };
}

/** the answer, short enough for a message */
function summarize(text: string): string {
  if (text === "") return "no rows";
  const one = text.replace(/\t/g, " ").replace(/\n/g, " | ");
  return `"${one.length > 80 ? `${one.slice(0, 77)}...` : one}"`;
}
