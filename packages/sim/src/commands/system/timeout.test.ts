/**
 * timeout in virtual time (world/deadline.ts): the command's waits stop at
 * the deadline, the clock stands there, the rest of the line goes on. The
 * recorded comparison with Debian's timeout is in
 * commands/files/text-tools.test.ts (fixtures/timeout.txt).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("timeout", () => {
  it("timeout 2 sleep 5 ends after 2 virtual seconds with 124", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    expect(s.run(undefined, "timeout 2 sleep 5")).toMatchObject({ exit: 124, stdout: "", stderr: "" });
    expect(s.world.clock.now - t0).toBe(2000);
  });

  it("a command that ends in time keeps its status and moves the clock only by its own waits", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    expect(s.run(undefined, "timeout 5 sh -c 'sleep 1; exit 3'").exit).toBe(3);
    expect(s.world.clock.now - t0).toBe(1000);
  });

  it("cuts a script between its waits: what ran before the deadline stays done", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    const r = s.run(undefined, "timeout 2.5 sh -c 'for i in 1 2 3 4; do echo $i > /tmp/n; sleep 1; done'; echo $?; cat /tmp/n");
    expect(r.stdout).toBe("124\n3\n");
    expect(s.world.clock.now - t0).toBe(2500);
  });

  it("nested: the earlier deadline fires, and only its own timeout answers for it", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    expect(s.run(undefined, "timeout 3 timeout 10 sleep 20; echo $?").stdout).toBe("124\n");
    expect(s.world.clock.now - t0).toBe(3000);
    const t1 = s.world.clock.now;
    // the inner one fires first: the outer timeout sees a command that exited 124 in time
    expect(s.run(undefined, "timeout 10 sh -c 'timeout 1 sleep 20; echo inner $?; sleep 2'; echo $?").stdout).toBe("inner 124\n0\n");
    expect(s.world.clock.now - t1).toBe(3000);
  });

  it("-s KILL: 137 and the shell's Killed; --preserve-status: 128+TERM", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "timeout -s KILL 1 sleep 2")).toMatchObject({ exit: 137, stderr: "Killed\n" });
    expect(s.run(undefined, "timeout --foreground -s KILL 1 sleep 2")).toMatchObject({ exit: 137, stderr: "" });
    expect(s.run(undefined, "timeout --preserve-status 1 sleep 2").exit).toBe(143);
  });

  it("a signal the command ignores (CHLD) lets it run on: 124 at its end, or -k's KILL", () => {
    const s = LabSession.create("single");
    const t0 = s.world.clock.now;
    expect(s.run(undefined, "timeout -s CHLD 1 sleep 3").exit).toBe(124);
    expect(s.world.clock.now - t0).toBe(3000);
    const t1 = s.world.clock.now;
    expect(s.run(undefined, "timeout -v -s CHLD -k 1 1 sleep 5")).toMatchObject({
      exit: 137,
      stderr: "timeout: sending signal CHLD to command ‘sleep’\ntimeout: sending signal KILL to command ‘sleep’\nKilled\n",
    });
    expect(s.world.clock.now - t1).toBe(2000);
  });

  it("in a background job the deadline counts the job's own waits", () => {
    const s = LabSession.create("single");
    s.run(undefined, "timeout 2 sleep 100 &");
    expect(s.run(undefined, "sleep 1; jobs").stdout).toMatch(/Running\s+timeout 2 sleep 100 &/);
    // bash reports the job's end before the next prompt, on standard error
    expect(s.run(undefined, "sleep 1.5").stderr).toBe("[1]+  Exit 124                timeout 2 sleep 100\n");
  });

  it("a loop that never waits is ended by the step limit, not by the timeout", () => {
    const s = LabSession.create("single");
    const r = s.run(undefined, "timeout 1 sh -c 'while :; do :; done'");
    expect(r.exit).not.toBe(0);
    expect(r.stderr).not.toBe("");
  });
});
