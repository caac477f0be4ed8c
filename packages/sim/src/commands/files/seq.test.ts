/**
 * seq beyond the recorded transcripts (files/recorded.test.ts): printf's
 * rounding of ties (to even, from the exact binary value) and the step
 * budget that ends an endless sequence.
 */
import { describe, expect, it } from "vitest";
import { LimitExceeded } from "../../process/limits.js";
import { formatFloat } from "./cfloat.js";
import { seq } from "./seq.js";
import { run, testHost } from "./test-support.js";

describe("seq", () => {
  it("rounds as glibc's printf: exact halves to even, otherwise by the binary value", () => {
    // recorded with the real seq: seq -f %.0f 0.5 1 3.5 -> 0 2 2 4
    expect(run(testHost().host, ["seq", "-f", "%.0f", "0.5", "1", "3.5"], { commands: [seq] }).out).toBe("0\n2\n2\n4\n");
    expect(formatFloat({ flags: "", width: 0, precision: 2, conv: "f" }, 2.675)).toBe("2.67"); // 2.67499999...
    expect(formatFloat({ flags: "", width: 0, precision: 1, conv: "e" }, 16.25)).toBe("1.6e+01");
    expect(formatFloat({ flags: "", width: 0, conv: "g" }, 999999.5)).toBe("1e+06");
    expect(formatFloat({ flags: "#", width: 0, conv: "g" }, 0.0001)).toBe("0.000100000");
  });

  it("ends a sequence without end with the step limit", () => {
    const { host } = testHost();
    expect(() => run(host, ["seq", "1e300"], { commands: [seq] })).toThrow(LimitExceeded);
  });
});
