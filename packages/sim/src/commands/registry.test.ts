/**
 * The registry's table against the groups' modules, and programs loaded on
 * demand: a stand-in until its group is loaded, a line that needs it undone
 * and run again with the same result. The lazy side runs on a fresh module
 * graph (vi.resetModules), without the setup file's commands/all.ts.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it, vi } from "vitest";
import * as eager from "./registry.js";

async function freshModules() {
  vi.resetModules();
  const registry = await import("./registry.js");
  const { LabSession } = await import("../lab/lab-session.js");
  await import("../lab/build.js"); // labs are built here; only programs load on demand
  return { registry, LabSession };
}

describe("the table of programs", () => {
  it("lists exactly the programs of every group's module (all.ts registered each one, registerCommandGroup checks both ways)", () => {
    expect(eager.commandGroupsLoaded()).toBe(true);
    for (const name of eager.commandNames()) {
      const c = eager.findCommand(name)!;
      expect(c.name).toBe(name);
      expect(typeof c.summary).toBe("string");
    }
  });

  it("loads each group on its own from a fresh registry, and knows every name before any is loaded", async () => {
    const { registry } = await freshModules();
    expect(registry.commandGroupsLoaded()).toBe(false);
    expect(registry.commandNames()).toEqual(eager.commandNames());
    expect(registry.commandGroupOf("ip")).toBe("net");
    expect(registry.commandGroupOf("no-such-program")).toBeUndefined();
    expect(registry.findCommand("no-such-program")).toBeUndefined();
    for (const group of registry.commandGroups()) await registry.loadCommandGroups([group]);
    expect(registry.commandGroupsLoaded()).toBe(true);
    for (const name of registry.commandNames()) expect(registry.findCommand(name)!.summary).toBe(eager.findCommand(name)!.summary);
  });

  it("finds a stand-in before the group is loaded: its name is known, using it asks for the group", async () => {
    const { registry } = await freshModules();
    const ip = registry.findCommand("ip")!;
    expect(ip.name).toBe("ip");
    expect(() => ip.summary).toThrow(registry.CommandsPending);
    try {
      ip.run({} as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(registry.CommandsPending);
      expect((e as InstanceType<typeof registry.CommandsPending>).groups).toEqual(["net"]);
    }
    await registry.loadCommandGroups(["net"]);
    expect(registry.findCommand("ip")!.summary).toBe(eager.findCommand("ip")!.summary);
    expect(registry.commandGroupsLoaded(["files"])).toBe(false);
  });
});

describe("a lab whose programs load on demand", () => {
  it("undoes a live line that needs a group, then runs it again to the same output and world as with everything loaded", async () => {
    const { registry, LabSession } = await freshModules();
    const lazy = LabSession.create("single", 1);
    lazy.shell("host"); // logging in starts processes: the line is undone to after the login
    const before = lazy.world.snapshot();
    const tty = { cols: 80, rows: 24, input: [] };
    const first = lazy.runAtTerminal("host", "cd /tmp && ip addr add 192.168.1.11/24 dev eth0 && ip -br addr", tty);
    expect(first.state).toBe("loading");
    if (first.state !== "loading") return;
    expect(first.groups).toEqual(["net"]);
    // (compared as values: a world's rendering is too long for a readable diff)
    expect(isDeepStrictEqual(lazy.world.snapshot(), before)).toBe(true);
    expect(lazy.transcript.entries).toEqual([]);
    expect(lazy.shell("host").state.history).toEqual([]);
    expect(lazy.shell("host").state.cwd).toBe("/root");
    await registry.loadCommandGroups(first.groups);
    const again = lazy.runAtTerminal("host", "cd /tmp && ip addr add 192.168.1.11/24 dev eth0 && ip -br addr", tty);
    expect(again.state).toBe("done");

    vi.resetModules();
    await import("../eager.js");
    const { LabSession: EagerLab } = await import("../lab/lab-session.js");
    const ref = EagerLab.create("single", 1);
    const want = ref.run("host", "cd /tmp && ip addr add 192.168.1.11/24 dev eth0 && ip -br addr");
    if (again.state === "done") expect(again.result).toEqual(want);
    ref.shell("host");
    expect(isDeepStrictEqual(lazy.world.snapshot(), ref.world.snapshot())).toBe(true);
    expect(lazy.transcript.entries).toEqual(ref.transcript.entries);
    expect(lazy.shell("host").state.cwd).toBe("/tmp");
  });

  it("runLoading loads what a headless line needs (man -k wants every group) and gives the eager output", async () => {
    const { registry, LabSession } = await freshModules();
    const lazy = LabSession.create("single", 1);
    const got = await lazy.runLoading(undefined, "man -k address | head -3; echo done");
    expect(registry.commandGroupsLoaded()).toBe(true);
    vi.resetModules();
    await import("../eager.js");
    const { LabSession: EagerLab } = await import("../lab/lab-session.js");
    expect(got).toEqual(EagerLab.create("single", 1).run(undefined, "man -k address | head -3; echo done"));
  });

  it("a plain headless run of an unloaded program throws rather than guess", async () => {
    const { registry, LabSession } = await freshModules();
    const lazy = LabSession.create("single", 1);
    expect(() => lazy.run(undefined, "hostname")).toThrow(registry.CommandsPending);
  });
});
