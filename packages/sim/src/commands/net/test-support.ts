/**
 * Test support for the networking commands: a fake host (a real `Kernel`
 * over `newKernelState`, a tiny in-memory `Vfs`), a runner for simple
 * command lines (`a; b; echo rc=$?` as `sh -c` runs them), and the reader of
 * recorded fixtures. Used only by *.test.ts files.
 */
import { asBytes, type ByteString, utf8Decode } from "../../bytes.js";
import { type Result, fail, ok } from "../../kernel/errno.js";
import { Kernel } from "../../kernel/kernel.js";
import { newKernelState } from "../../kernel/power-on.js";
import type { Stat, Vfs } from "../../fs/types.js";
import type { Host } from "../../host/host.js";
import { Budget } from "../../process/limits.js";
import type { Process } from "../../process/process.js";
import { Collector, TTY_STDIN } from "../../process/streams.js";
import { Clock, newClockState } from "../../world/clock.js";
import { netCommands } from "./index.js";

/** files and directories in a Map; enough of `Vfs` for /etc/network/interfaces, /etc/hosts and /run/network */
export function fakeVfs(files: Record<string, string> = {}): Vfs & { files: Map<string, string> } {
  const map = new Map<string, string>(Object.entries(files));
  const dirs = new Set<string>(["/"]);
  const addParents = (p: string) => {
    const parts = p.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) dirs.add(`/${parts.slice(0, i).join("/")}`);
  };
  for (const p of map.keys()) addParents(p);
  const st = (type: Stat["type"], size: number): Stat => ({ ino: 1, type, mode: 0o644, uid: 0, gid: 0, size, nlink: 1, mtime: 0 });
  const nosys = (): Result<never> => fail("EOPNOTSUPP");
  return {
    files: map,
    stat: (p) => (map.has(p) ? ok(st("file", map.get(p)!.length)) : dirs.has(p) ? ok(st("dir", 0)) : fail("ENOENT")),
    lstat: (p) => (map.has(p) ? ok(st("file", map.get(p)!.length)) : dirs.has(p) ? ok(st("dir", 0)) : fail("ENOENT")),
    readFile: (p) => (map.has(p) ? ok(asBytes(map.get(p)!) as ByteString) : dirs.has(p) ? fail("EISDIR") : fail("ENOENT")),
    writeFile: (p, data, opts) => {
      const dir = p.slice(0, p.lastIndexOf("/")) || "/";
      if (!dirs.has(dir)) return fail("ENOENT");
      map.set(p, (opts?.append ? (map.get(p) ?? "") : "") + utf8Decode(data));
      return ok();
    },
    readdir: (p) => {
      if (!dirs.has(p)) return fail("ENOENT");
      const prefix = p === "/" ? "/" : `${p}/`;
      const names = new Set<string>();
      for (const k of [...map.keys(), ...dirs]) if (k.startsWith(prefix) && k !== p) names.add(k.slice(prefix.length).split("/")[0]);
      return ok([...names].sort());
    },
    mkdir: (p, opts) => {
      if (opts?.parents) addParents(`${p}/x`);
      dirs.add(p);
      return ok();
    },
    rmdir: (p) => (dirs.delete(p) ? ok() : fail("ENOENT")),
    unlink: (p) => (map.delete(p) ? ok() : fail("ENOENT")),
    rename: nosys,
    symlink: nosys,
    readlink: nosys,
    chmod: nosys,
    chown: nosys,
    touch: nosys,
    utimes: nosys,
  };
}

export const LAB_INTERFACES = `# This file describes the network interfaces available on your system
# and how to activate them. For more information, see interfaces(5).

source /etc/network/interfaces.d/*

# The loopback network interface
auto lo
iface lo inet loopback

# The primary network interface
auto eth0
iface eth0 inet static
\taddress 192.168.1.10/24
\tgateway 192.168.1.1
`;

export const LAB_HOSTS = `127.0.0.1\tlocalhost
127.0.1.1\thost.example.lan\thost

# The following lines are desirable for IPv6 capable hosts
::1     localhost ip6-localhost ip6-loopback
ff02::1 ip6-allnodes
ff02::2 ip6-allrouters
`;

export interface FakeHost {
  host: Host;
  kernel: Kernel;
  fs: ReturnType<typeof fakeVfs>;
}

/** the `single` lab's host right after power-on (nothing configured yet) */
export function poweredOnHost(files: Record<string, string> = {}): FakeHost {
  const kernel = new Kernel(
    newKernelState({ hostname: "host", nics: [{ name: "eth0", mac: "52:54:00:12:34:56" }] }),
    new Clock(newClockState()),
  );
  const fs = fakeVfs({ "/etc/network/interfaces": LAB_INTERFACES, "/etc/hosts": LAB_HOSTS, ...files });
  const host = { kernel, fs, name: "host" } as unknown as Host;
  return { host, kernel, fs };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** run one simple command (words split on blanks) */
export function runCommand(h: FakeHost, line: string): RunResult {
  const argv = line.trim().split(/\s+/);
  const budget = new Budget();
  const stdout = new Collector(budget);
  const stderr = new Collector(budget);
  const cmd = netCommands.find((c) => c.name === argv[0]);
  let status: number;
  if (argv[0] === "sysctl" && argv[1] === "-w") {
    const [k, v] = argv[2].split("=");
    h.kernel.sysctlSet(k, v);
    stdout.write(`${k} = ${v}\n`);
    status = 0;
  } else if (!cmd) {
    stderr.write(`sh: 1: ${argv[0]}: not found\n`);
    status = 127;
  } else {
    const proc: Process & { runCommandLine: (l: string) => number } = {
      argv,
      env: {},
      cwd: "/root",
      umask: 0o022,
      stdin: TTY_STDIN,
      stdout,
      stderr,
      host: h.host,
      budget,
      resolve: (p) => (p.startsWith("/") ? p : `/root/${p}`),
      runCommandLine: (l) => {
        const r = runLine(h, l);
        stdout.write(r.stdout);
        stderr.write(r.stderr);
        return r.status;
      },
    };
    status = cmd.run(proc);
  }
  return { stdout: utf8Decode(stdout.bytes()), stderr: utf8Decode(stderr.bytes()), status };
}

/** `a; b; echo rc=$?` as sh -c runs it: outputs concatenated, status of the last command */
export function runLine(h: FakeHost, line: string): RunResult {
  let out = "";
  let err = "";
  let status = 0;
  for (const part of line.split(";").map((s) => s.trim()).filter(Boolean)) {
    if (part === "echo rc=$?") {
      out += `rc=${status}\n`;
      status = 0;
      continue;
    }
    const r = runCommand(h, part);
    out += r.stdout;
    err += r.stderr;
    status = r.status;
  }
  return { stdout: out, stderr: err, status };
}

export interface Fixture {
  command: string;
  status: number;
  stdout: string;
  stderr: string;
}

/** parse a recorded fixture: "$ CMD # exit N", stdout, then optionally "--- stderr" and stderr */
export function parseFixture(text: string): Fixture {
  const nl = text.indexOf("\n");
  const header = text.slice(0, nl);
  const m = /^\$ (.*) # exit (\d+)$/.exec(header);
  if (!m) throw new Error(`bad fixture header: ${header}`);
  const body = text.slice(nl + 1);
  const cut = body.indexOf("--- stderr\n");
  return {
    command: m[1],
    status: Number(m[2]),
    stdout: cut < 0 ? body : body.slice(0, cut),
    stderr: cut < 0 ? "" : body.slice(cut + "--- stderr\n".length),
  };
}
