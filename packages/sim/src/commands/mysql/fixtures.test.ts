/**
 * The simulated MariaDB against recordings of the real one (fixtures/,
 * made by fixtures/record.sh on Debian 12 with MariaDB 10.11.19): every
 * client layout, error text and exit status, and mysqldump's output byte
 * for byte except the date on its last line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureLab, normalize, parseRecording, runCase } from "./test-support.js";

const dir = join(import.meta.dirname, "fixtures");
const read = (f: string) => readFileSync(join(dir, f), "utf8");
const lab = fixtureLab(read("setup.sql"));

it("every recorded case is read", () => {
  for (const [cases, recording] of [["pipe-cases.txt", "pipe.txt"], ["tty-cases.txt", "tty.txt"], ["dump-cases.txt", "dump.txt"]]) {
    const n = read(cases).split("\n").filter((l) => l.trim() !== "").length;
    expect(parseRecording(read(recording)).length).toBe(n);
  }
});

for (const [file, mode] of [["pipe.txt", "pipe"], ["tty.txt", "tty"], ["dump.txt", "pipe"]] as const) {
  describe(`recorded ${file}`, () => {
    for (const c of parseRecording(read(file))) {
      it(c.command, () => {
        const got = runCase(lab, c.command, mode);
        expect(normalize(got.output)).toBe(normalize(c.output));
        expect(got.exit).toBe(c.exit);
      });
    }
  });
}
