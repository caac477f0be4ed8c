/**
 * A fake host for the file programs' tests: a Debian tree, a minimal kernel
 * (lo and eth0, a few sysctls), and a `run` that builds a `Process` with
 * collecting streams. Pure (no Node built-ins) so it type-checks with the core.
 */
import { World } from "../../world/world.js";
import { type ByteString, EMPTY_BYTES, utf8Decode, utf8Encode } from "../../bytes.js";
import { newDebianFs } from "../../fs/debian-tree.js";
import { resolvePath } from "../../fs/path.js";
import type { Host, HostState } from "../../host/host.js";
import type { KernelState, LinkState } from "../../kernel/state.js";
import { Budget } from "../../process/limits.js";
import { Collector, inputFrom } from "../../process/streams.js";
import type { Clock } from "../../world/clock.js";
import type { Command } from "../types.js";
import { fileCommands } from "./index.js";

function link(ifindex: number, name: string, kind: LinkState["kind"], mac: string): LinkState {
  return {
    ifindex,
    name,
    kind,
    mac,
    mtu: kind === "loopback" ? 65536 : 1500,
    up: true,
    carrier: true,
    qdisc: kind === "loopback" ? "noqueue" : "fq_codel",
    txqlen: kind === "loopback" ? 1000 : 1000,
    altnames: kind === "loopback" ? [] : ["enp0s3"],
    stats: {
      rxBytes: 0, rxPackets: 0, rxErrors: 0, rxDropped: 0, rxMissed: 0, rxMulticast: 0,
      txBytes: 0, txPackets: 0, txErrors: 0, txDropped: 0, txCarrier: 0, txCollisions: 0,
    },
  };
}

/** A hand-made kernel state: lo and eth0, up, with the sysctls tests touch. */
export function testKernelState(hostname = "debian"): KernelState {
  return {
    hostname,
    nextIfindex: 3,
    links: [link(1, "lo", "loopback", "00:00:00:00:00:00"), link(2, "eth0", "ether", "52:54:00:12:34:56")],
    addrs4: [],
    addrs6: [],
    routes: [],
    sysctl: {
      "net.ipv4.ip_forward": "0",
      "net.ipv4.conf.all.forwarding": "0",
      "net.ipv4.ip_local_port_range": "32768\t60999",
      "kernel.ostype": "Linux",
      "kernel.pid_max": "4194304",
    },
    dmesg: [],
  };
}

export interface TestHost {
  host: Host;
  clock: Clock;
  state: HostState;
}

export function testHost(hostname = "debian"): TestHost {
  const world = World.empty("test", 1);
  const clock = world.clock;
  const state: HostState = {
    name: hostname,
    flavor: "debian",
    hardware: { nics: [{ name: "eth0", mac: "52:54:00:12:34:56" }] },
    kernel: testKernelState(hostname),
    fs: newDebianFs({ hostname, clock }),
    bootedAt: 0,
    rebootRequested: false,
  };
  return { host: world.addHost(state), clock, state };
}

export interface RunResult {
  code: number;
  /** stdout decoded as UTF-8 */
  out: string;
  err: string;
  outBytes: ByteString;
}

export interface RunOptions {
  stdin?: string;
  /** stdout is a terminal (default false: a pipe) */
  tty?: boolean;
  cwd?: string;
  env?: Record<string, string>;
  commands?: Command[];
}

/** Run `argv` (argv[0] names the program) on `host` as root. */
export function run(host: Host, argv: string[], opts: RunOptions = {}): RunResult {
  const cmd = (opts.commands ?? fileCommands).find((c) => c.name === argv[0]);
  if (!cmd) throw new Error(`test-support: no command ${argv[0]}`);
  const budget = new Budget();
  const stdout = new Collector(budget, opts.tty ?? false);
  const stderr = new Collector(budget, opts.tty ?? false);
  const cwd = opts.cwd ?? "/root";
  const code = cmd.run({
    argv,
    env: { HOME: "/root", PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", LANG: "C.UTF-8", ...opts.env },
    cwd,
    umask: 0o022,
    stdin: opts.stdin === undefined ? inputFrom(EMPTY_BYTES, true) : inputFrom(utf8Encode(opts.stdin)),
    stdout,
    stderr,
    host,
    budget,
    resolve: (p) => resolvePath(cwd, p),
  });
  return { code, out: utf8Decode(stdout.bytes()), err: utf8Decode(stderr.bytes()), outBytes: stdout.bytes() };
}
