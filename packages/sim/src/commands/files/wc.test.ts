import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../registry.js";
import { asBytes, utf8Encode } from "../../bytes.js";
import { parseFixture } from "./fixture-cases.js";
import { run, testHost } from "./test-support.js";

const cases = parseFixture(readFileSync(new URL("./fixtures/wc.txt", import.meta.url), "utf8"));

describe("wc column widths match GNU wc", () => {
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(10));
  for (const c of cases) {
    it(c.command, () => {
      const { host } = testHost();
      const fs = host.fs;
      fs.mkdir("/root/w");
      fs.writeFile("/root/w/a.txt", asBytes("one two\nthree\n"));
      fs.writeFile("/root/w/u.txt", utf8Encode("héllo wörld\nx\n\n"));
      fs.writeFile("/root/w/huge.bin", asBytes("\0".repeat(2_100_000)));
      fs.writeFile("/root/w/empty", asBytes(""));
      const r = run(host, c.argv, { cwd: "/root/w", stdin: c.stdin });
      expect(r.out).toBe(c.output.replace(/^(wc: .*\n)/m, ""));
      if (c.output.includes("wc: ")) expect(r.err).toBe("wc: nosuch: No such file or directory\n");
    });
  }
});
