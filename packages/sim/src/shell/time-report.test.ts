/** TIMEFORMAT as bash 5.2 formats it (recorded from bash on Debian) */
import { describe, expect, it } from "vitest";
import { DEFAULT_TIMEFORMAT, POSIX_TIMEFORMAT, timeReport } from "./time-report.js";

describe("timeReport", () => {
  it("formats bash's default, POSIX's and each directive", () => {
    expect(timeReport(DEFAULT_TIMEFORMAT, { realMs: 2000, userMs: 1, sysMs: 0 })).toEqual({ text: "\nreal\t0m2.000s\nuser\t0m0.001s\nsys\t0m0.000s\n" });
    expect(timeReport(POSIX_TIMEFORMAT, { realMs: 0, userMs: 0, sysMs: 0 })).toEqual({ text: "real 0.00\nuser 0.00\nsys 0.00\n" });
    // bash: TIMEFORMAT="%3lR"; time sleep 61.5 -> 1m1.504s (truncated, not rounded)
    expect(timeReport("%3lR", { realMs: 61504.9, userMs: 0, sysMs: 0 })).toEqual({ text: "1m1.504s\n" });
    expect(timeReport("%R|%U|%S|%P|%0R|%1lR|%%|%2lU", { realMs: 1, userMs: 0, sysMs: 0 })).toEqual({ text: "0.001|0.000|0.000|0.00|0|0m0.0s|%|0m0.00s\n" });
    expect(timeReport("[%3R]", { realMs: 251, userMs: 0, sysMs: 0 })).toEqual({ text: "[0.251]\n" });
  });

  it("refuses a bad format character with bash's words", () => {
    expect(timeReport("%R|%x", { realMs: 0, userMs: 0, sysMs: 0 })).toEqual({ error: "TIMEFORMAT: `x': invalid format character" });
  });
});
