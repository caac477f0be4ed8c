import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../registry.js";
import { parseFixture } from "./fixture-cases.js";
import { run, testHost } from "./test-support.js";

const cases = parseFixture(readFileSync(new URL("./fixtures/errors.txt", import.meta.url), "utf8"));

describe("error texts and exit codes match GNU coreutils 9.1 / grep 3.8 / man-db", () => {
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(60));
  for (const c of cases) {
    it(c.command, () => {
      const { host } = testHost();
      const fs = host.fs;
      fs.mkdir("/root/w");
      fs.writeFile("/root/w/f", "" as never);
      fs.mkdir("/root/w/d");
      fs.writeFile("/root/w/d/f", "" as never);
      const r = run(host, c.argv, { cwd: "/root/w", stdin: "" });
      expect(r.err + r.out).toBe(c.output);
      expect(r.code).toBe(c.exit);
    });
  }
});
