/**
 * /proc as a live view of the kernel: /proc/sys is the sysctl tree (a write
 * is `sysctlSet`), the rest are the few files learners and tools read
 * (version, uptime, loadavg, net/dev, net/route, net/nf_conntrack, mounts, cpuinfo,
 * meminfo). Nothing here
 * is stored; every read formats the kernel's state at that moment.
 *
 * Write semantics follow Linux: proc files without a write handler open for
 * writing as root but write(2) fails with EIO; a sysctl write that does not
 * parse fails with EINVAL. Both come back with `detail: "write"` so the shell
 * can print `-bash: echo: write error: ...` rather than an open error.
 */
import type { ByteString } from "../bytes.js";
import { type Result, fail, ok } from "../kernel/errno.js";
import type { Kernel } from "../kernel/kernel.js";
import type { Clock } from "../world/clock.js";
import { procNfConntrack } from "./proc-nf-conntrack.js";
import { procNetRoute } from "./proc-net-route.js";
import { type PseudoDir, type PseudoFile, type PseudoNode, dirOf, textFile } from "./pseudo.js";

export interface ProcDeps {
  kernel: Kernel;
  clock: Clock;
  /** ms of virtual time of the last boot */
  bootedAt: () => number;
}

/** What `uname -r` / `/proc/version` report: Debian 12's stock kernel. */
export const KERNEL_RELEASE = "6.1.0-28-amd64";
export const PROC_VERSION =
  `Linux version ${KERNEL_RELEASE} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, ` +
  "GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)\n";

function writeFailed(errno: "EIO" | "EINVAL"): Result {
  return fail(errno, "write");
}

function sysctlFile(deps: ProcDeps, name: string): PseudoFile {
  if (name === "kernel.hostname") {
    return {
      type: "file",
      mode: 0o644,
      read: () => ok(`${deps.kernel.hostname}\n` as ByteString),
      write: (data) => {
        const r = deps.kernel.setHostname(data.replace(/\n$/, ""));
        return r.ok ? r : writeFailed("EINVAL");
      },
    };
  }
  const read = () => {
    const r = deps.kernel.sysctlGet(name);
    return r.ok ? ok(`${r.value}\n` as ByteString) : r;
  };
  // a read-only sysctl does not even open for writing (proc_sys_permission), root included
  if (!deps.kernel.sysctlWritable(name)) return { type: "file", mode: 0o444, read, openWriteErrno: "EACCES" };
  return {
    type: "file",
    mode: 0o644,
    read,
    write: (data) => {
      const cur = deps.kernel.sysctlGet(name);
      if (!cur.ok) return cur;
      // Opening with O_TRUNC (a shell's `>`) writes nothing yet: the value stays.
      if (data === "") return ok();
      // the kernel parses and validates (Kernel.sysctlSet, as proc_dointvec does)
      const r = deps.kernel.sysctlSet(name, data);
      return r.ok ? r : writeFailed("EINVAL");
    },
  };
}

/** The /proc/sys subtree under `prefix` ("" for /proc/sys itself, else "net.ipv4."). */
function sysctlDir(deps: ProcDeps, prefix: string): PseudoDir {
  return dirOf(() => {
    const out: Record<string, PseudoNode> = {};
    const names = new Set(deps.kernel.sysctlNames());
    names.add("kernel.hostname");
    for (const full of names) {
      if (!full.startsWith(prefix)) continue;
      const rest = full.slice(prefix.length);
      const dot = rest.indexOf(".");
      if (dot < 0) out[rest] = sysctlFile(deps, full);
      else {
        const sub = rest.slice(0, dot);
        if (!(sub in out)) out[sub] = sysctlDir(deps, `${prefix}${sub}.`);
      }
    }
    return out;
  });
}

function fixed2(n: number): string {
  return (Math.floor(n * 100) / 100).toFixed(2);
}

function netDev(kernel: Kernel): string {
  const pad = (n: number, w: number) => String(n).padStart(w, " ");
  let out =
    "Inter-|   Receive                                                |  Transmit\n" +
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
  for (const l of kernel.links()) {
    const s = l.stats;
    out +=
      `${l.name.padStart(6, " ")}: ${pad(s.rxBytes, 7)} ${pad(s.rxPackets, 7)} ${pad(s.rxErrors, 4)} ` +
      `${pad(s.rxDropped + s.rxMissed, 4)} ${pad(0, 4)} ${pad(0, 5)} ${pad(0, 10)} ${pad(s.rxMulticast, 9)} ` +
      `${pad(s.txBytes, 8)} ${pad(s.txPackets, 7)} ${pad(s.txErrors, 4)} ${pad(s.txDropped, 4)} ${pad(0, 4)} ` +
      `${pad(s.txCollisions, 5)} ${pad(s.txCarrier, 7)} ${pad(0, 10)}\n`;
  }
  return out;
}

const MOUNTS =
  "sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0\n" +
  "proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\n" +
  "udev /dev devtmpfs rw,nosuid,relatime,size=983908k,nr_inodes=245977,mode=755,inode64 0 0\n" +
  "devpts /dev/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000 0 0\n" +
  "tmpfs /run tmpfs rw,nosuid,nodev,noexec,relatime,size=201120k,mode=755,inode64 0 0\n" +
  "/dev/sda1 / ext4 rw,relatime,errors=remount-ro 0 0\n" +
  "tmpfs /dev/shm tmpfs rw,nosuid,nodev,inode64 0 0\n" +
  "tmpfs /run/lock tmpfs rw,nosuid,nodev,noexec,relatime,size=5120k,inode64 0 0\n";

/** /proc/mounts: the kernel's mount table (a kernel without block devices: the fixed Debian list) */
function mountsText(kernel: Kernel): string {
  if (!kernel.state.block) return MOUNTS;
  return kernel.block.mounts().map((m) => `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0\n`).join("");
}

/** /proc/partitions (block/genhd.c show_partition): 1 KiB blocks */
function partitionsText(kernel: Kernel): string {
  let out = "major minor  #blocks  name\n\n";
  for (const d of kernel.block.devices())
    out += `${String(d.major).padStart(4)}  ${String(d.minor).padStart(7)} ${String(Math.floor(d.sectors / 2)).padStart(10)} ${d.name}\n`;
  return out;
}

const CPUINFO =
  "processor\t: 0\n" +
  "vendor_id\t: GenuineIntel\n" +
  "cpu family\t: 6\n" +
  "model\t\t: 85\n" +
  "model name\t: Intel Xeon Processor (Cascadelake)\n" +
  "stepping\t: 6\n" +
  "microcode\t: 0x1\n" +
  "cpu MHz\t\t: 2194.842\n" +
  "cache size\t: 16384 KB\n" +
  "physical id\t: 0\n" +
  "siblings\t: 1\n" +
  "core id\t\t: 0\n" +
  "cpu cores\t: 1\n" +
  "apicid\t\t: 0\n" +
  "initial apicid\t: 0\n" +
  "fpu\t\t: yes\n" +
  "fpu_exception\t: yes\n" +
  "cpuid level\t: 13\n" +
  "wp\t\t: yes\n" +
  "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt tsc_deadline_timer aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch fsgsbase bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap clflushopt clwb avx512cd avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves arat pku ospke avx512_vnni\n" +
  "bugs\t\t: spectre_v1 spectre_v2 spec_store_bypass swapgs taa mmio_stale_data retbleed gds\n" +
  "bogomips\t: 4389.68\n" +
  "clflush size\t: 64\n" +
  "cache_alignment\t: 64\n" +
  "address sizes\t: 46 bits physical, 48 bits virtual\n" +
  "power management:\n\n";

/** /proc/meminfo of a 2 GiB VM; the first lines are the ones `free` reads. */
const MEMINFO = [
  ["MemTotal", 2011960],
  ["MemFree", 1512344],
  ["MemAvailable", 1753120],
  ["Buffers", 21460],
  ["Cached", 323140],
  ["SwapCached", 0],
  ["Active", 174832],
  ["Inactive", 230156],
  ["SwapTotal", 0],
  ["SwapFree", 0],
  ["Dirty", 12],
  ["Writeback", 0],
  ["AnonPages", 60424],
  ["Mapped", 72188],
  ["Shmem", 548],
  ["Slab", 52820],
  ["SReclaimable", 28908],
  ["SUnreclaim", 23912],
  ["KernelStack", 2064],
  ["PageTables", 1548],
  ["CommitLimit", 1005980],
  ["Committed_AS", 356704],
  ["VmallocTotal", 34359738367],
  ["VmallocUsed", 12968],
  ["HugePages_Total", -1],
]
  .map(([k, v]) =>
    v === -1
      ? `${`${k}:`.padEnd(16, " ")}${"0".padStart(8, " ")}\n`
      : `${`${k}:`.padEnd(16, " ")}${String(v).padStart(8, " ")} kB\n`,
  )
  .join("");

/** The root of /proc. */
/** /proc/net/ip_tables_names: present once iptables-legacy loaded a table (ip_tables), newest first */
function ipTablesNames(kernel: Kernel): Record<string, PseudoNode> {
  const names = () => Object.keys(kernel.netfilter.state.legacy?.tables ?? {});
  if (!names().length) return {};
  return { ip_tables_names: textFile(() => names().reverse().map((n) => `${n}\n`).join("")) };
}

export function procRoot(deps: ProcDeps): PseudoDir {
  const { kernel, clock } = deps;
  const uptimeSeconds = () => Math.max(0, clock.now - deps.bootedAt()) / 1000;
  return dirOf(() => ({
    cpuinfo: textFile(() => CPUINFO),
    loadavg: textFile(() => `0.00 0.00 0.00 1/${87 + kernel.links().length} ${400 + Math.floor(uptimeSeconds() / 7)}\n`),
    meminfo: textFile(() => MEMINFO),
    mounts: textFile(() => mountsText(kernel)),
    partitions: textFile(() => partitionsText(kernel)),
    net: dirOf(() => {
      const net: Record<string, PseudoNode> = { dev: textFile(() => netDev(kernel)), route: textFile(() => procNetRoute(kernel)) };
      // present once the nf_conntrack module is loaded (a rule needed it), mode 0440 as on Linux
      if (kernel.netfilter.conntrackLoaded) net.nf_conntrack = textFile(() => procNfConntrack(kernel) ?? "", 0o440);
      return { ...net, ...ipTablesNames(kernel) };
    }),
    sys: sysctlDir(deps, ""),
    uptime: textFile(() => {
      const up = uptimeSeconds();
      // one CPU, mostly idle: idle time is a little under uptime
      return `${fixed2(up)} ${fixed2(up * 0.97)}\n`;
    }),
    version: textFile(() => PROC_VERSION),
  }));
}
