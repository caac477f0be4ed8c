/**
 * The world: hosts, the virtual clock and the seeded PRNG. `WorldState` is
 * plain JSON; `snapshot()` / `World.restore()` move it to and from a versioned
 * document, and the same lab, seed and transcript always give the same world.
 */
import type { ByteString } from "../bytes.js";
import { Host, type HostState } from "../host/host.js";
import { newNetState } from "../kernel/net/packet/state.js";
import { shareInodes } from "../fs/vfs.js";
import { cloneJson } from "./clone.js";
import { Clock, type ClockState, newClockState, type TimerState } from "./clock.js";
import { Prng, type PrngState, seedPrng } from "./prng.js";
import type { SegmentState } from "./segments.js";
import { timerHandler } from "./timers.js";
import { type Deadline, DeadlineReached } from "./deadline.js";
import { addMissingDisk } from "../init/disks.js";

export { registerTimerHandler, type TimerHandler } from "./timers.js";

export const SNAPSHOT_FORMAT = "rootlab-world";
/** 2: segments between hosts and each kernel's network stack state; 3: disks (HostState.disks, KernelState.block) */
export const SNAPSHOT_VERSION = 3;

export interface WorldState {
  labId: string;
  seed: number;
  clock: ClockState;
  prng: PrngState;
  hosts: HostState[];
  /** cables and switches between the hosts' NICs (segments.ts) */
  segments: SegmentState[];
}

export interface WorldSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  world: WorldState;
}

/** timers one `advance` may fire; far above any real workload (a ping flood of 10^5 packets fires ~4*10^5) */
const MAX_TIMERS_PER_ADVANCE = 20_000_000;

/** Snapshot migrations: version n -> n + 1, applied in order on restore. */
const MIGRATIONS: Record<number, (world: WorldState) => void> = {
  1: (w) => {
    // version 1 had no links between hosts and no packet path
    w.segments ??= [];
    for (const h of w.hosts) h.kernel.net ??= newNetState();
  },
  2: (w) => {
    // version 2 had no disks: give each host the one the installer leaves
    const world = new World(w);
    for (const h of w.hosts) addMissingDisk(world.host(h.name)!);
  },
};

/**
 * A file a program handed to the learner's browser (`sz`): an event for the
 * page, not state. It is not in the snapshot; replaying a transcript raises
 * it again, and whoever drives the world decides whether to act on it.
 */
export interface Download {
  /** the host the file came from */
  host: string;
  /** the file's base name, as the browser should save it */
  name: string;
  /** the file's bytes */
  bytes: ByteString;
}

export class World {
  readonly clock: Clock;
  readonly prng: Prng;
  private hostViews = new Map<string, Host>();
  /** downloads raised since the last `takeDownloads()` (see `Download`) */
  private outbox: Download[] = [];

  constructor(readonly state: WorldState) {
    this.clock = new Clock(state.clock);
    this.prng = new Prng(state.prng);
  }

  static empty(labId: string, seed: number): World {
    return new World({ labId, seed, clock: newClockState(), prng: seedPrng(seed), hosts: [], segments: [] });
  }

  static restore(snapshot: WorldSnapshot): World {
    if (snapshot?.format !== SNAPSHOT_FORMAT) throw new Error("not a Rootlab world snapshot");
    if (!(snapshot.version >= 1 && snapshot.version <= SNAPSHOT_VERSION))
      throw new Error(`unsupported snapshot version ${snapshot.version}`);
    const world = cloneJson(snapshot.world);
    for (let v = snapshot.version; v < SNAPSHOT_VERSION; v++) MIGRATIONS[v](world);
    return new World(world);
  }

  snapshot(): WorldSnapshot {
    return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, world: this.copyState() };
  }

  /** a copy, for probes that must not touch the learner's world */
  clone(): World {
    return new World(this.copyState());
  }

  /**
   * A copy of the state that nothing done to this world changes, and that
   * changes nothing here. The filesystems' inodes are shared, not copied:
   * frozen first, then copied by whichever side writes one (fs/vfs.ts).
   */
  copyState(): WorldState {
    this.shareFilesystems();
    return cloneJson(this.state);
  }

  /**
   * Freeze the filesystems' inodes for sharing now (see `copyState`), so that
   * the next copy finds little left to freeze: a lab does it when it starts,
   * before the page copies the world at the learner's first line.
   */
  shareFilesystems(): void {
    for (const h of this.state.hosts) {
      shareInodes(h.fs);
      if (h.machine?.kind === "rescue") shareInodes(h.machine.fs);
    }
  }

  hostNames(): string[] {
    return this.state.hosts.map((h) => h.name);
  }

  host(name: string): Host | undefined {
    const state = this.state.hosts.find((h) => h.name === name);
    if (!state) return undefined;
    let view = this.hostViews.get(name);
    // A reboot replaces the kernel state object, booting other media the machine state; the view must follow.
    if (!view || view.state !== state || view.kernel.state !== state.kernel || view.machine !== state.machine) {
      view = new Host(state, this);
      this.hostViews.set(name, view);
    }
    return view;
  }

  addHost(state: HostState): Host {
    if (this.state.hosts.some((h) => h.name === state.name))
      throw new Error(`duplicate host ${state.name}`);
    this.state.hosts.push(state);
    return this.host(state.name)!;
  }

  /** Queue a download for the page (hosts call this through `Host.offerDownload`). */
  offerDownload(d: Download): void {
    this.outbox.push(d);
  }

  /** The downloads raised since the last call, oldest first; empties the queue. */
  takeDownloads(): Download[] {
    const out = this.outbox;
    this.outbox = [];
    return out;
  }

  /**
   * Go back to an earlier copy of this world's state (taken with
   * `copyState()`), in place: the clock and PRNG views keep
   * their state objects, host views are rebuilt on next use. The lab uses it
   * to undo a command line that waits for terminal input.
   */
  rewind(saved: WorldState): void {
    const copy = cloneJson(saved);
    const st = this.state as unknown as Record<string, unknown>;
    for (const k of Object.keys(st)) if (k !== "clock" && k !== "prng") delete st[k];
    for (const [k, v] of Object.entries(copy)) if (k !== "clock" && k !== "prng") st[k] = v;
    Object.assign(this.state.clock, copy.clock);
    this.state.prng.splice(0, this.state.prng.length, ...copy.prng);
    this.hostViews.clear();
    // the line is run again from the start and raises its downloads again
    this.outbox = [];
  }

  /** ms a background job's waits added up to (see `inBackground`); undefined outside one */
  private backgroundMs: number | undefined;

  /**
   * Run `f` as a shell's background job: the line that started it goes on
   * at once, so its waits (`sleep`) do not move the clock but add up to how
   * long the job runs; returns that many ms. The job's other effects happen
   * now. Waits for the network (`advanceNetwork`) still move the world:
   * frames must cross links.
   */
  inBackground(f: () => void): number {
    const outer = this.backgroundMs;
    this.backgroundMs = 0;
    try {
      f();
      return this.backgroundMs;
    } finally {
      this.backgroundMs = outer;
    }
  }

  /** inside a background job (`inBackground`): the ms its waits added up to so far; undefined outside one */
  get backgroundElapsed(): number | undefined {
    return this.backgroundMs;
  }

  /** the armed deadlines (`withDeadline`), innermost last; not state: they live as long as the command they bound */
  private deadlines: Deadline[] = [];

  /** ms where a wait starts: the clock, or inside a background job the ms its waits added up to */
  get waitClock(): number {
    return this.backgroundMs ?? this.clock.now;
  }

  /**
   * Run `f` with a deadline `ms` of waiting from now (world/deadline.ts):
   * its value, or `reached` when a wait inside it ran into the deadline
   * (time then stands at the deadline). A nested deadline that comes later
   * than this one never fires first.
   */
  withDeadline<T>(ms: number, f: () => T): { reached: false; value: T } | { reached: true } {
    const d: Deadline = { at: this.waitClock + Math.max(0, ms), token: {} };
    this.deadlines.push(d);
    try {
      return { reached: false, value: f() };
    } catch (e) {
      if (e instanceof DeadlineReached && e.token === d.token) return { reached: true };
      throw e;
    } finally {
      this.deadlines.splice(this.deadlines.indexOf(d), 1);
    }
  }

  /** the armed deadline a wait of `ms` from now would pass, the earliest */
  private passedDeadline(ms: number): Deadline | undefined {
    let first: Deadline | undefined;
    const end = this.waitClock + ms;
    for (const d of this.deadlines) if (end > d.at && (!first || d.at < first.at)) first = d;
    return first;
  }

  /** Let `ms` of virtual time pass, firing due timers in order (inside a background job: count them, see `inBackground`). */
  advance(ms: number): void {
    const d = this.passedDeadline(ms);
    if (d) ms = Math.max(0, d.at - this.waitClock);
    if (this.backgroundMs !== undefined) this.backgroundMs += Math.max(0, ms);
    else this.advanceClock(ms);
    if (d) throw new DeadlineReached(d.token);
  }

  /** Let `ms` pass for a program waiting for the network: the world moves even inside a background job. */
  advanceNetwork(ms: number): void {
    const d = this.passedDeadline(ms);
    if (d) ms = Math.max(0, d.at - this.waitClock);
    if (this.backgroundMs !== undefined) this.backgroundMs += Math.max(0, ms);
    this.advanceClock(ms);
    if (d) throw new DeadlineReached(d.token);
  }

  private advanceClock(ms: number): void {
    let fired = 0;
    this.clock.advance(ms, (timer) => {
      // a handler that keeps rescheduling itself at the same instant is a bug, not a workload
      if (++fired > MAX_TIMERS_PER_ADVANCE) throw new Error(`timer storm: more than ${MAX_TIMERS_PER_ADVANCE} timers in one advance (last: ${timer.kind})`);
      const handler = timerHandler(timer.kind);
      if (!handler) throw new Error(`no handler for timer kind ${timer.kind}`);
      handler(this, timer);
    });
  }
}
