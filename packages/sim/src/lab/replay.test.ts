import { describe, expect, it } from "vitest";
import { World } from "../world/world.js";
import { LabSession } from "./lab-session.js";

const LINES = [
  "ip addr add 192.168.1.11/24 dev eth0 label eth0:1",
  "ifconfig eth0:0 192.168.1.20 netmask 255.255.255.0 up",
  "ip addr show dev eth0",
  "ip addr add 192.168.1.11/24 dev eth0",
  "echo '    up ip addr add 192.168.1.11/24 dev eth0 label eth0:1' >> /etc/network/interfaces",
  "cd /etc; ls network; cat network/interfaces | grep -c up",
  "reboot",
  "ip -br addr",
  "nosuchcommand --x",
];

function play(seed = 7) {
  const s = LabSession.create("single", seed);
  const outputs = LINES.map((l) => s.run(undefined, l));
  s.advance(5_000);
  return { s, outputs };
}

describe("determinism", () => {
  it("the same lab, seed and lines give the same output and the same world", () => {
    const a = play();
    const b = play();
    expect(b.outputs).toEqual(a.outputs);
    expect(JSON.stringify(b.s.world.snapshot())).toBe(JSON.stringify(a.s.world.snapshot()));
  });

  it("a transcript replays to a byte-identical world and output", () => {
    const a = play();
    const { session, outputs } = LabSession.replay(structuredClone(a.s.transcript));
    expect(outputs).toEqual(a.outputs);
    expect(JSON.stringify(session.world.snapshot())).toBe(JSON.stringify(a.s.world.snapshot()));
  });

  it("the transcript records lines and time in order", () => {
    const { s } = play();
    expect(s.transcript.entries).toHaveLength(LINES.length + 1);
    expect(s.transcript.entries.at(-1)).toEqual({ advance: 5_000 });
  });

  it("a snapshot round-trips through JSON and the restored world behaves the same", () => {
    const { s } = play();
    const json = JSON.stringify(s.world.snapshot());
    const restored = World.restore(JSON.parse(json));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    expect(restored.host("host")!.kernel.state).toEqual(s.world.host("host")!.kernel.state);
  });

  it("rejects a snapshot of another format or version", () => {
    const snap = play().s.world.snapshot();
    expect(() => World.restore({ ...snap, version: 99 })).toThrow(/version 99/);
    expect(() => World.restore({ ...snap, format: "x" } as never)).toThrow(/not a Rootlab/);
  });

  it("a fork is independent of the original", () => {
    const { s } = play();
    const before = JSON.stringify(s.world.snapshot());
    const f = s.fork();
    f.run(undefined, "ip addr flush dev eth0");
    f.rebootHost("host");
    expect(JSON.stringify(s.world.snapshot())).toBe(before);
  });

  it("different seeds draw different random MACs but the same configured ones", () => {
    const lab = {
      id: "t",
      title: "t",
      description: "t",
      hosts: [{ name: "a", interfaces: [{ name: "eth0" }, { name: "eth1", mac: "52:54:00:00:00:01" }] }],
    };
    const m = (seed: number) => LabSession.create(lab, seed).world.host("a")!.state.hardware.nics.map((n) => n.mac);
    expect(m(1)[0]).not.toBe(m(2)[0]);
    expect(m(1)[0]).toMatch(/^52:54:00(:[0-9a-f]{2}){3}$/);
    expect(m(1)[1]).toBe("52:54:00:00:00:01");
  });
});
