import { describe, expect, it } from "vitest";
import { expiryDay, isoDate } from "./shadow-days.js";

// expected values from GNU date: date -u -d @$((DAYS*86400)) +%F, and $(date -u -d DATE +%s) / 86400
describe("shadow's day counts", () => {
  it("prints a day count as passwd -S does", () => {
    expect(isoDate(0)).toBe("1970-01-01");
    expect(isoDate(11016)).toBe("2000-02-29");
    expect(isoDate(20788)).toBe("2026-12-01");
  });

  it("reads -e's argument as strtoday does, a day past the month's end running on", () => {
    expect(expiryDay("2028-02-29")).toBe("21243");
    expect(expiryDay("2027-02-30")).toBe("20879"); // 2027-03-02
    expect(expiryDay("-1")).toBe("");
    expect(expiryDay("123")).toBe("123");
    expect(expiryDay("2027-13-01")).toBeUndefined();
    expect(expiryDay("tomorrow")).toBeUndefined();
  });
});
