/**
 * A host: hardware that survives a reboot (its NICs), a kernel whose state is
 * lost at reboot, and a disk (the filesystem) that is kept. `Host` is a view
 * over `HostState`, which lives in the world's snapshot.
 */
import type { ByteString } from "../bytes.js";
import { Kernel } from "../kernel/kernel.js";
import type { KernelState } from "../kernel/state.js";
import type { FsState } from "../fs/vfs.js";
import { createVfs } from "../fs/vfs.js";
import type { Vfs } from "../fs/types.js";
import type { Clock } from "../world/clock.js";
import type { Prng } from "../world/prng.js";
import type { World } from "../world/world.js";
import type { MysqldState } from "../services/mysqld/state.js";
import type { SshdState } from "../services/sshd/state.js";
import { netEnvFor } from "../world/network.js";

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
  /** installed daemons' state (data on disk and whether they run), by service */
  services?: {
    /** mariadb-server: absent when the package is not installed */
    mysqld?: MysqldState;
    /** openssh-server: absent when the package is not installed */
    sshd?: SshdState;
  };
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
  ) {
    const clock = world.clock;
    this.clock = clock;
    this.prng = world.prng;
    this.kernel = new Kernel(state.kernel, clock, netEnvFor(world, state.name));
    this.fs = createVfs(state.fs, { kernel: this.kernel, clock, bootedAt: () => state.bootedAt });
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
