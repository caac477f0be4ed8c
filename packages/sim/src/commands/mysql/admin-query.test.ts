/** The grader's way to the server waits for this group's code where it loads on demand, then answers as the server does. */
import { describe, expect, it, vi } from "vitest";

describe("queryAsRoot before and after the mysql group loads", () => {
  it("asks for the group, then answers", async () => {
    vi.resetModules();
    const registry = await import("../registry.js");
    const { queryAsRoot } = await import("./admin-query.js");
    const { LabSession } = await import("../../lab/lab-session.js");
    await import("../../lab/build.js");
    const lab = LabSession.create("mysql-backup", 1);
    const host = lab.world.host("db")!;
    try {
      queryAsRoot(host, "SELECT 1");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(registry.CommandsPending);
      expect((e as InstanceType<typeof registry.CommandsPending>).groups).toEqual(["mysql"]);
    }
    await registry.loadCommandGroups(["mysql"]);
    expect(queryAsRoot(host, "SELECT 1")).toEqual({ ok: true, results: [[["1"]]] });
  });
});
