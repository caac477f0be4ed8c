/**
 * A host: hardware that survives a reboot (its NICs), a kernel whose state is
 * lost at reboot, and a disk (the filesystem) that is kept. `Host` is a view
 * over `HostState`, which lives in the world's snapshot.
 */
import type { ByteString } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import type { KernelState } from "../kernel/state.js";
import type { FsState, VfsMount } from "../fs/vfs.js";
import { DEFAULT_MOUNTS, createVfs } from "../fs/vfs.js";
import type { DiskState, FsRef, MountEntry } from "../kernel/block/state.js";
import type { MachineState } from "../firmware/state.js";
import type { Vfs } from "../fs/types.js";
import type { Clock } from "../world/clock.js";
import type { Prng } from "../world/prng.js";
import type { World } from "../world/world.js";
import type { MysqldState } from "../services/mysqld/state.js";
import type { SshdState } from "../services/sshd/state.js";
import type { CronSleep } from "../services/cron/crond.js";
import type { OneshotState } from "../services/systemd/oneshot.js";
import type { MainExit } from "../services/systemd/main-exit.js";
import { netEnvFor } from "../world/network.js";
import { fsChanged } from "./fs-watch.js";

export interface NicSpec {
  name: string;
  mac: string;
  altnames?: string[];
  /** a cable is plugged in (the NIC is an end of one of the world's segments); absent means plugged */
  carrier?: boolean;
}

export interface HardwareSpec {
  nics: NicSpec[];
}

export interface HostState {
  name: string;
  /** which distribution's conventions the host follows (file layout, tools) */
  flavor: "debian" | "redhat";
  hardware: HardwareSpec;
  kernel: KernelState;
  fs: FsState;
  /** ms of virtual time of the last boot */
  bootedAt: number;
  /** set by `reboot`; the session carries it out once the command line ends */
  rebootRequested: boolean;
  /** the disks (hardware, kept across reboots); absent on hosts made before disks were simulated */
  disks?: DiskState[];
  /** what the machine runs when not Linux from its disk (firmware stop, GRUB prompt, rescue system); absent: Linux from disk */
  machine?: MachineState;
  /** installed daemons' state (data on disk and whether they run), by service */
  services?: {
    /** mariadb-server: absent when the package is not installed */
    mysqld?: MysqldState;
    /** openssh-server: absent when the package is not installed */
    sshd?: SshdState;
    /** netfilter-persistent.service's runtime state (this boot's runs and journal); absent until boot or systemctl touches it */
    netfilterPersistent?: OneshotState;
    /** networking.service's runtime state (ifupdown's unit: this boot's runs and journal); absent until boot or systemctl touches it */
    networking?: OneshotState;
    /** cron asleep past its next minute (services/cron/crond.ts); absent while it wakes every minute */
    cron?: CronSleep;
    /** ms of virtual time `systemctl stop cron` last stopped cron (services/cron/unit.ts); absent while it runs from boot */
    cronStoppedAt?: number;
    /** a signal ended cron since it last started (services/cron/crond.ts): its pid file stays, stale */
    cronDown?: boolean;
    /** how a signal last ended cron, for systemctl status (services/systemd/main-exit.ts) */
    cronExit?: MainExit;
    /** cron's pid when started after boot (absent: CROND_PID, as at boot), and when (ms of virtual time) */
    cronPid?: number;
    cronStartedAt?: number;
  };
}

/** The stored tree a mount names. */
function fsOf(state: HostState, ref: FsRef): FsState | undefined {
  if (ref === "root") return state.fs;
  return state.machine?.kind === "rescue" ? state.machine.fs : undefined;
}

/** The kernel's mount table as the Vfs walks it ("/" is the Vfs's own root and is left out). */
function vfsMounts(state: HostState, mounts: readonly MountEntry[]): VfsMount[] {
  const out: VfsMount[] = [];
  for (const m of mounts) {
    if (m.target === "/" || "stored" in m.root) continue;
    if ("pseudo" in m.root) out.push({ target: m.target, source: { pseudo: m.root.pseudo } });
    else if ("bind" in m.root) out.push({ target: m.target, source: { bind: m.root.bind } });
    else {
      const fs = fsOf(state, m.root.fs);
      if (fs) out.push({ target: m.target, source: { fs, ino: m.root.ino } });
    }
  }
  return out;
}

/**
 * vfsMounts, remembered while what it reads is the same: the walk of every
 * path component asks for the table, and it changes only with mount(2),
 * umount(2), a reboot or a rescue boot. The key holds the entries
 * themselves (they are replaced, never edited) and the file systems fsOf reads.
 */
const mountsMemo = new WeakMap<HostState, { fs: unknown; machine: unknown; list: unknown; entries: unknown[]; value: readonly VfsMount[] }>();

function mountsOf(state: HostState): readonly VfsMount[] {
  const block = state.kernel.block;
  if (!block) return DEFAULT_MOUNTS;
  const list = block.mounts;
  const memo = mountsMemo.get(state);
  if (memo && memo.fs === state.fs && memo.machine === state.machine && memo.list === list && sameEntries(memo.entries, list)) return memo.value;
  const value = vfsMounts(state, list);
  mountsMemo.set(state, { fs: state.fs, machine: state.machine, list, entries: [...list], value });
  return value;
}

function sameEntries(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class Host {
  readonly kernel: Kernel;
  readonly fs: Vfs;
  readonly clock: Clock;
  readonly prng: Prng;

  constructor(
    readonly state: HostState,
    /**
     * The world this host lives in. Programs that wait (sleep, ping's interval,
     * a TCP timeout) let virtual time pass with `world.advance(ms)`, which also
     * delivers packets and fires other hosts' timers; nothing else in userland
     * should reach past its own host.
     */
    readonly world: World,
    /** a chrooted view: the directory shown as "/", and the kernel of the host it is a view of */
    chroot?: { root: string; kernel: Kernel },
  ) {
    const clock = world.clock;
    this.clock = clock;
    this.prng = world.prng;
    this.kernel = chroot?.kernel ?? new Kernel(state.kernel, clock, netEnvFor(world, state.name), () => state.disks ?? [], () => state.bootedAt);
    this.root = chroot?.root ?? "/";
    const machine = state.machine;
    this.machine = machine;
    const rootFs = machine?.kind === "rescue" ? machine.fs : state.fs;
    this.fs = createVfs(rootFs, {
      kernel: this.kernel,
      clock,
      bootedAt: () => state.bootedAt,
      // a kernel from before block devices were simulated has no mount table: /proc and /sys as always
      mounts: () => mountsOf(state),
      root: chroot?.root,
      onChange: () => fsChanged(this),
    });
  }

  /** the machine state this view was made for (World.host makes a new view when it changes) */
  readonly machine: HostState["machine"];

  /** "/" unless this is a chrooted view (the path of its root in the host's namespace) */
  readonly root: string;

  /** The same host seen from inside `chroot DIR` (DIR absolute, in this view's namespace). */
  chrooted(dir: string): Host {
    const inNamespace = this.root === "/" ? dir : dir === "/" ? this.root : `${this.root}${dir}`;
    return new Host(this.state, this.world, { root: inNamespace, kernel: this.kernel });
  }

  get name(): string {
    return this.state.name;
  }

  /** Hand a file to the learner's browser as a download (`sz`); see `Download` in world.ts. */
  offerDownload(name: string, bytes: ByteString): void {
    this.world.offerDownload({ host: this.name, name, bytes });
  }

  /** Ask for a reboot; it happens when the current command line has finished. */
  requestReboot(): void {
    this.state.rebootRequested = true;
  }
}
