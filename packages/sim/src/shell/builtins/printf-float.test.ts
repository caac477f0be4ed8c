/**
 * printf's floating-point conversions round as C's printf does (bash 5.2 on
 * Debian, recorded): from the exact binary value with ties to even (0.5 ->
 * 0, 2.5 -> 2, 1.005 -> 1.00), %g choosing its form after rounding
 * (999999.5 -> 1e+06), and flags, widths and case as before.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("printf %f %e %g", () => {
  it("prints what bash's printf prints", () => {
    const s = LabSession.create("single");
    const line = "printf '%.0f %.0f %g %e %.2f %g %g %08.3f %-8.2f| %+.1e %#.0f %G %5.1f\\n' 0.5 2.5 999999.5 12345.678 1.005 0.0001 1e-5 -3.14159 2.5 12345 3 1e-10 -0.05";
    expect(s.run("host", line).stdout).toBe("0 2 1e+06 1.234568e+04 1.00 0.0001 1e-05 -003.142 2.50    | +1.2e+04 3. 1E-10  -0.1\n");
  });
});
