import { describe, expect, it } from "vitest";
import fixtures from "../commands/disk/fixtures/real-blockdev.json" with { type: "json" };
import { kernfsNameHash, kernfsOrder } from "./kernfs.js";

describe("kernfs readdir order", () => {
  const { sysfs } = fixtures as unknown as { sysfs: { dir: string; order: string[] } };
  it("lists a real /sys/block/loopN directory in the recorded order", () => {
    expect(sysfs.order.length).toBeGreaterThan(20);
    expect(kernfsOrder([...sysfs.order].sort())).toEqual(sysfs.order);
  });
  it("puts sda5 before sda1, as blkid meets them", () => {
    expect(kernfsOrder(["sda1", "sda2", "sda5"])).toEqual(["sda2", "sda5", "sda1"]);
  });
  it("keeps hashes in the 31-bit range with 0, 1 and INT_MAX reserved", () => {
    for (const n of ["", "a", "sda", "loop0p1"]) {
      const h = kernfsNameHash(n);
      expect(h).toBeGreaterThanOrEqual(2);
      expect(h).toBeLessThan(0x7fffffff);
    }
  });
});
