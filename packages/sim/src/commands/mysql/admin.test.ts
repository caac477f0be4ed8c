/**
 * mysqladmin against recordings of the real mariadb-admin 10.11.19
 * (fixtures/admin.txt, made by fixtures/admin-record.sh): texts, layouts and
 * exit statuses byte for byte, with what differs between two servers masked
 * — the status line's counters, thread ids, widths of table columns (the
 * simulation knows fewer variables) and the uptime (the recording server's
 * clock had been set back, so its uptime was a wrapped negative number and
 * `version` printed no status line; the simulation's own is checked in
 * mysqladmin.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureLab, parseRecording, runCase } from "./test-support.js";

const dir = join(import.meta.dirname, "fixtures");
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const lab = fixtureLab(read("setup.sql"));

/** mask what two servers legitimately disagree on; keep every word and separator */
export function maskServer(text: string): string {
  return text
    .replace(/^Uptime: \d+ {2}Threads: \d+ {2}Questions: \d+ {2}Slow queries: \d+ {2}Opens: \d+ {2}Open tables: \d+ {2}Queries per second avg: \d+\.\d{3}$/gm, "STATUS")
    .replace(/^Uptime:\t\t\t.*\n(\n.*\n)?/gm, "Uptime:\t\t\tUPTIME\n")
    .replace(/^\| (Uptime|Open_tables|Opened_tables|Questions|Queries|Connections|Uptime_since_flush_status) +\| \d+ +\|$/gm, "| $1 | N |")
    .replace(/^\| \d+ +\|/gm, "| ID |")
    .replace(/^\d+\t(root|nikesh)\t/gm, "ID\t$1\t")
    .replace(/^(\+-+)+\+$/gm, "+---+")
    .replace(/^\|.*\|?$/gm, (line) => line.replace(/ {2,}\|/g, " |").replace(/ +$/, ""));
}

it("every recorded case is read", () => {
  const n = read("admin-cases.txt").split("\n").filter((l) => l.trim() !== "").length;
  expect(parseRecording(read("admin.txt")).length).toBe(n);
});

it("the masking keeps what it must compare", () => {
  expect(maskServer("| datadir    | /var/lib/mysql/     |\n")).toBe("| datadir | /var/lib/mysql/ |\n");
  expect(maskServer("Uptime: 5  Threads: 1  Questions: 2  Slow queries: 0  Opens: 17  Open tables: 10  Queries per second avg: 0.400\n")).toBe("STATUS\n");
  expect(maskServer("Uptime: 5  Threads: 1\n")).not.toBe("STATUS\n");
});

describe("recorded admin.txt", () => {
  for (const c of parseRecording(read("admin.txt"))) {
    it(c.command, () => {
      const got = runCase(lab, c.command, "pipe");
      expect(maskServer(got.output)).toBe(maskServer(c.output));
      expect(got.exit).toBe(c.exit);
    });
  }
});
