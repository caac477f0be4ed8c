import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../registry.js";
import { asBytes } from "../../bytes.js";
import { parseFixture } from "./fixture-cases.js";
import { run, testHost } from "./test-support.js";

const cases = parseFixture(readFileSync(new URL("./fixtures/behaviour.txt", import.meta.url), "utf8"));

describe("text programs match recorded GNU output", () => {
  const { host } = testHost();
  const fs = host.fs;
  fs.mkdir("/root/gx");
  fs.writeFile("/root/gx/g.txt", asBytes("alpha\nbeta\nGamma\ndelta\nepsilon\nzeta\neta\ntheta\n"));
  fs.writeFile("/root/gx/c.txt", asBytes("x\tyz\x01\n"));
  fs.mkdir("/root/gx/sub");
  fs.writeFile("/root/gx/sub/s.txt", asBytes("beta here\n"));
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(20));
  for (const c of cases) {
    it(c.command, () => {
      const r = run(host, c.argv, { cwd: "/root/gx", stdin: c.stdin });
      expect(r.out + r.err).toBe(c.output);
      expect(r.code).toBe(c.exit);
    });
  }
});
