import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("sleep", () => {
  it("moves the lab's virtual clock and returns at once", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    expect(s.run(undefined, "sleep 2.5").exit).toBe(0);
    expect(s.world.clock.now - t0).toBe(2500);
    s.run(undefined, "sleep 1m 2");
    expect(s.world.clock.now - t0).toBe(2500 + 62_000);
  });

  it("rejects what coreutils rejects", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "sleep")).toMatchObject({ exit: 1, stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n" });
    expect(s.run(undefined, "sleep 5x")).toMatchObject({
      exit: 1,
      stderr: "sleep: invalid time interval ‘5x’\nTry 'sleep --help' for more information.\n",
    });
  });
});
