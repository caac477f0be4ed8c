/**
 * A lab being worked on: the world, one login shell per host, and the
 * transcript of everything done so far. Every way of driving the simulation
 * goes through `run()` and `advance()` — the in-page terminal, the headless
 * CLI, the grader's replay — so that a transcript replays to the same world
 * and the same output, byte for byte.
 */
import { type ByteString, utf8Decode } from "../bytes.js";
import { type CommandGroup, CommandsPending, findCommand, loadCommandGroups } from "../commands/registry.js";
import { CONSOLE_HINT, powerOn } from "../firmware/power.js";
import { consoleLine, consolePrompt } from "../firmware/console.js";
import { type PacketDecision, traceMark } from "../kernel/net/packet/trace.js";
import { OS_RELEASE } from "../kernel/power-on.js";
import { Budget } from "../process/limits.js";
import type { UserLogin } from "../process/process.js";
import type { OutputStream } from "../process/streams.js";
import { utf8Encode } from "../bytes.js";
import { builtinNames, Shell, type ShellState, newShellState } from "../shell/index.js";
import { type Download, World, type WorldSnapshot, type WorldState } from "../world/world.js";
import type { buildWorld } from "./build.js";
import "./daemons.js";
import { getLab } from "./labs/index.js";
import type { LineOutput, LineTty, Transcript, TranscriptEntry } from "./transcript.js";
import { DEFAULT_TTY_SIZE, KeyTerminal } from "../process/key-terminal.js";
import { type TtyInput, TtyInputPending } from "../process/tty.js";
import type { LabSpec } from "./types.js";
import { formatWallTime } from "../world/calendar.js";
import { type ProbeRequest, type ProbeResult, probe } from "./probe.js";

/** What one line produced: the separate streams, and the screen as a terminal shows them interleaved. */
export interface LineResult extends LineOutput {
  /** stdout and stderr in the order they were written, UTF-8 decoded, "\n" line ends */
  screen: string;
  /** files the line handed to the browser (`sz FILE`); present only when there are some */
  downloads?: Download[];
}

/**
 * A line run at a live terminal: finished, or waiting for more keys (then the
 * world is as it was before the line, and `screen` is what it drew so far),
 * or waiting for programs' code (the world is as before the line, nothing
 * was shown: `loadCommandGroups(groups)`, then run the line again).
 */
export type TerminalLine =
  | { state: "waiting"; screen: string }
  | { state: "loading"; groups: CommandGroup[] }
  | { state: "done"; result: LineResult; unread: TtyInput[] };

/** the lab as it was (world, shells, transcript's length), saved to go back to */
interface LineCheckpoint {
  world: WorldState;
  shells: Map<string, Shell>;
  outerShells: Map<string, Shell[]>;
  /** every shell's own state (login shells, and those a `bash` or `chroot` left waiting) */
  shellStates: [Shell, ReturnType<Shell["checkpoint"]>][];
  /** the transcript's length */
  entries: number;
}

/**
 * Lines run between two copies of the lab kept for undoing a line: a copy
 * every line cost 20-110 us of each; undoing one now runs at most this many
 * recorded lines again from the last copy.
 */
const UNDO_EVERY = 32;

/** A replayed transcript did more work than its caller allows. */
export class TranscriptTooCostly extends Error {
  constructor(readonly maxSteps: number) {
    super(`the transcript does more than ${maxSteps} shell steps of work`);
  }
}

/**
 * What builds a lab's world (lab/build.ts: the installer's files, disks,
 * packages, the first boot). It hands itself over when imported, so that a
 * browser restoring snapshots never downloads it.
 */
let builder: typeof buildWorld | undefined;

export function provideLabBuilder(build: typeof buildWorld): void {
  builder = build;
}

/** Load the lab builder, for `LabSession.create` where it is not loaded up front (a browser without a snapshot). */
export async function loadLabBuilder(): Promise<void> {
  if (!builder) await import("./build.js");
}

/** virtual ms a reboot takes, from `reboot` to the login prompt */
export const REBOOT_MS = 20_000;

export class LabSession {
  readonly transcript: Transcript;
  private shells = new Map<string, Shell>();
  /** shells waiting under a `chroot DIR` shell, innermost last; `exit` goes back to them */
  private outerShells = new Map<string, Shell[]>();
  /** the copy a line that has to wait goes back to (see execLine) */
  private undoBase: LineCheckpoint | undefined;
  private packetTrace: PacketDecision[] = [];
  /** shell steps used by all lines so far (see `replay`'s maxSteps) */
  stepsUsed = 0;

  private constructor(
    readonly lab: LabSpec,
    readonly world: World,
  ) {
    this.transcript = { labId: lab.id, seed: world.state.seed, entries: [] };
    // the lab copies itself to undo lines (execLine): freeze what copies share while it starts, not at the learner's first line
    world.shareFilesystems();
  }

  /**
   * A fresh lab, built-in by id or from a spec; throws for an unknown id (callers validate ids they take from users).
   * Needs the lab builder (lab/build.ts): Node's entry loads it up front; a browser, which restores snapshots
   * instead, awaits `loadLabBuilder()` first.
   */
  static create(labOrId: string | LabSpec, seed = 1): LabSession {
    const lab = typeof labOrId === "string" ? getLab(labOrId) : labOrId;
    if (!lab) throw new Error(`unknown lab "${labOrId}"`);
    if (!builder) throw new Error("the lab builder is not loaded: await loadLabBuilder() (Node's entry loads it)");
    const world = builder(lab, seed, initRunner);
    return new LabSession(lab, world);
  }

  /**
   * A lab as `create(lab, seed)` leaves it, from a snapshot of its world
   * taken then (lab/lab-snapshot.ts): what a browser restores instead of
   * building and booting the lab itself. The same lines then give the same
   * output and the same world (lab-snapshot.test.ts).
   */
  static fromSnapshot(labOrId: string | LabSpec, snapshot: WorldSnapshot): LabSession {
    const lab = typeof labOrId === "string" ? getLab(labOrId) : labOrId;
    if (!lab) throw new Error(`unknown lab "${labOrId}"`);
    if (snapshot.world.labId !== lab.id) throw new Error(`snapshot of lab ${snapshot.world.labId}, not ${lab.id}`);
    return new LabSession(lab, World.restore(snapshot));
  }

  /**
   * Rebuild a lab from a transcript; the outputs are those the learner saw.
   * `maxSteps` bounds the whole replay (each line is bounded on its own too),
   * so a server replaying an untrusted transcript spends bounded time:
   * past it, `TranscriptTooCostly` is thrown.
   */
  static replay(transcript: Transcript, opts: { maxSteps?: number } = {}): { session: LabSession; outputs: LineResult[] } {
    const session = LabSession.create(transcript.labId, transcript.seed);
    const outputs: LineResult[] = [];
    session.playEntries(transcript.entries, opts.maxSteps, outputs);
    return { session, outputs };
  }

  /** Run transcript entries in order, stopping with `TranscriptTooCostly` past `maxSteps` shell steps in all. */
  playEntries(entries: Transcript["entries"], maxSteps = Infinity, outputs: LineResult[] = []): LineResult[] {
    for (const entry of entries) {
      if (this.stepsUsed > maxSteps) throw new TranscriptTooCostly(maxSteps);
      if ("advance" in entry) this.advance(entry.advance);
      else outputs.push(this.run(entry.host, entry.line, entry.tty));
    }
    if (this.stepsUsed > maxSteps) throw new TranscriptTooCostly(maxSteps);
    return outputs;
  }

  /**
   * A copy of this lab to probe (ping, reboot, run a command) without touching
   * the learner's world: same world state, fresh login shells, empty transcript.
   */
  fork(): LabSession {
    return new LabSession(this.lab, this.world.clone());
  }

  /** Reboot `host` as `reboot` would, returning what its terminal shows. */
  rebootHost(host: string): string {
    const out = new ScreenRecorder();
    this.reboot(host, out);
    return out.result().screen;
  }

  /** the host a terminal opens on: the lab's first */
  get defaultHost(): string {
    return this.lab.hosts[0].name;
  }

  /** the shell's builtin names (Tab completes them at command position) */
  builtinNames(): string[] {
    return builtinNames();
  }

  hasHost(name: string): boolean {
    return this.world.host(name) !== undefined;
  }

  /** The login shell of `host`, started on first use. */
  shell(host: string): Shell {
    let shell = this.shells.get(host);
    if (!shell) {
      shell = this.newLoginShell(host, []);
      this.shells.set(host, shell);
    }
    return shell;
  }

  /**
   * What `host`'s machine is running: Linux from its disk, the rescue system,
   * GRUB's prompt, or nothing (the firmware stopped or the boot hung). While
   * it is not Linux, the page may offer the console's words as buttons:
   * `run(host, "rescue")` boots the rescue disc, `run(host, "reset")` the disk.
   */
  machineState(host: string): "linux" | "rescue" | "grub" | "stopped" {
    const m = this.world.host(host)?.state.machine;
    return !m ? "linux" : m.kind === "rescue" ? "rescue" : m.kind === "grub" ? "grub" : "stopped";
  }

  /** the shell's prompt, or the machine console's while it is not running Linux ("grub rescue> ") */
  prompt(host: string): string {
    const h = this.world.host(host);
    return (h && consolePrompt(h)) ?? this.shell(host).prompt();
  }

  /**
   * Run one command line at `host`'s prompt (the lab's first host when
   * undefined). Headless: programs that read the terminal get `tty`'s
   * recorded input, then a hang-up; nothing ever waits.
   */
  run(host: string | undefined, line: string, tty?: LineTty): LineResult {
    const r = this.execLine(host, line, tty, "headless");
    if (r.state !== "done") throw new Error("a headless line cannot wait for input");
    return r.result;
  }

  /**
   * `run`, for a browser where command groups load on demand: a line that
   * needs a group not loaded yet is undone, the group loaded, and the line
   * run again (commands/registry.ts). In Node every group is loaded and this
   * is `run`.
   */
  async runLoading(host: string | undefined, line: string, tty?: LineTty): Promise<LineResult> {
    for (;;) {
      const r = this.execLine(host, line, tty, "undoable");
      if (r.state === "done") return r.result;
      if (r.state === "loading") await loadCommandGroups(r.groups);
      else throw new Error("a headless line cannot wait for input");
    }
  }

  /** `playEntries` through `runLoading` and `advanceLoading` (a browser restoring saved work). */
  async playEntriesLoading(entries: Transcript["entries"], outputs: LineResult[] = []): Promise<LineResult[]> {
    for (const entry of entries) {
      if ("advance" in entry) await this.advanceLoading(entry.advance);
      else outputs.push(await this.runLoading(entry.host, entry.line, entry.tty));
    }
    return outputs;
  }

  /**
   * Run a line typed at a live terminal, with the input the terminal has sent
   * since the line was entered. When a program wants more keys than that, the
   * line is undone (world and shell as before it) and `waiting` comes back
   * with the screen drawn so far; call again with more input, and the line
   * runs again from the start on the same state, so it draws the same bytes
   * up to where it stopped (session/README.md). Once it finishes, it goes
   * into the transcript with the input it consumed; `unread` is the rest.
   */
  runAtTerminal(host: string, line: string, tty: LineTty): TerminalLine {
    return this.execLine(host, line, tty, "live");
  }

  /**
   * Let virtual time pass, for a browser where command groups load on demand
   * (a cron job may run any program): undone, loaded and done again as
   * `runLoading` does. In Node this is `advance`.
   */
  async advanceLoading(ms: number): Promise<void> {
    for (;;) {
      const saved = this.checkpoint();
      try {
        this.advance(ms);
        return;
      } catch (e) {
        if (!(e instanceof CommandsPending)) throw e;
        this.rewindTo(saved);
        await loadCommandGroups(e.groups);
      }
    }
  }

  /**
   * `live`: at a terminal, may wait for keys or code; `undoable`: headless,
   * may wait for code; `headless`: neither (every group must be loaded).
   *
   * A line that has to wait is undone: the lab goes back to the copy taken
   * at most UNDO_EVERY lines ago (`undoBase`; the copy shares file contents,
   * world/clone.ts) and runs the transcript's lines since then again, as a
   * replay does (the same lines give the same world, replay.test.ts). The
   * next attempt of that line then starts from a copy taken right before it.
   * Lines that never wait, nearly all, copy nothing.
   */
  private execLine(host: string | undefined, line: string, tty: LineTty | undefined, mode: "live" | "undoable" | "headless"): TerminalLine {
    const name = host ?? this.defaultHost;
    if (!this.hasHost(name)) {
      const msg = `rootlab: no host named "${name}" in lab ${this.lab.id}\n`;
      return { state: "done", result: { host: name, cmd: line, stdout: "", stderr: msg, exit: 255, screen: msg }, unread: tty?.input ?? [] };
    }
    this.world.takeDownloads(); // drop anything raised outside a line (init scripts)
    const live = mode === "live";
    // the login shell, started before a copy may be taken below, so that the copy holds it
    if (consolePrompt(this.world.host(name)!) === undefined) this.shell(name);
    const undoable = mode !== "headless";
    if (undoable && (!this.undoBase || this.transcript.entries.length - this.undoBase.entries >= UNDO_EVERY)) this.undoBase = this.checkpoint();
    const before = this.transcript.entries.length;
    try {
      return this.execLineOnce(name, line, tty, live);
    } catch (e) {
      if (!undoable) throw e;
      if (e instanceof TtyInputPending && live) {
        this.undoTo(before);
        return { state: "waiting", screen: e.screen };
      }
      if (e instanceof CommandsPending) {
        this.undoTo(before);
        return { state: "loading", groups: e.groups };
      }
      throw e;
    }
  }

  /** The lab as it was when the transcript had `entries` entries: back to the last copy, then its lines since, again. */
  private undoTo(entries: number): void {
    const base = this.undoBase!;
    const redo = this.transcript.entries.slice(base.entries, entries);
    // what the lines run again must not change: the last line's packet path, the steps the transcript has used
    const trace = this.packetTrace;
    const steps = this.stepsUsed;
    this.rewindTo(base);
    for (const entry of redo) {
      if ("advance" in entry) this.advance(entry.advance);
      else this.execLineOnce(entry.host, entry.line, entry.tty, false);
    }
    this.world.takeDownloads();
    this.packetTrace = trace;
    this.stepsUsed = steps;
    // the line will be tried again (more keys, its code loaded): from here, without running these lines once more
    if (redo.length > 0) this.undoBase = this.checkpoint();
  }

  /** the world, every shell and the transcript's length as they are */
  private checkpoint(): LineCheckpoint {
    const shells = new Set<Shell>(this.shells.values());
    for (const stack of this.outerShells.values()) for (const sh of stack) shells.add(sh);
    return {
      world: this.world.copyState(),
      shells: new Map(this.shells),
      outerShells: new Map([...this.outerShells].map(([k, v]) => [k, [...v]])),
      shellStates: [...shells].map((sh) => [sh, sh.checkpoint()]),
      entries: this.transcript.entries.length,
    };
  }

  /** back to `saved`, which stays as it was (it may be gone back to again) */
  private rewindTo(saved: LineCheckpoint): void {
    this.world.rewind(saved.world);
    this.shells = new Map(saved.shells);
    this.outerShells = new Map([...saved.outerShells].map(([k, v]) => [k, [...v]]));
    for (const [sh, state] of saved.shellStates) sh.rewind(state);
    this.transcript.entries.length = saved.entries;
  }

  private execLineOnce(name: string, line: string, tty: LineTty | undefined, live: boolean): TerminalLine {
    if (consolePrompt(this.world.host(name)!) !== undefined) return this.consoleLineAt(name, line, tty);
    const shell = this.shell(name);
    shell.addHistory(line);
    const mark = traceMark();
    const out = new ScreenRecorder();
    const size = { cols: tty?.cols ?? DEFAULT_TTY_SIZE.cols, rows: tty?.rows ?? DEFAULT_TTY_SIZE.rows };
    const term = new KeyTerminal({ ...size, input: tty?.input ?? [], screen: (text) => out.tty(text), live });
    let exit: number;
    try {
      exit = shell.execute(line, { stdout: out.stream("stdout"), stderr: out.stream("stderr"), tty: term });
    } catch (e) {
      // the screen drawn so far goes with the wait, for the terminal to show
      if (e instanceof TtyInputPending) e.screen = out.result().screen;
      throw e;
    }
    const entry: TranscriptEntry = { host: name, line };
    if (term.used) entry.tty = { ...term.startSize, input: term.consumed() };
    this.transcript.entries.push(entry);
    if (this.world.host(name)!.state.rebootRequested) this.reboot(name, out);
    this.stepsUsed += shell.lastSteps;
    const outer = this.outerShells.get(name) ?? [];
    if (shell.exitRequested && outer.length > 0) this.shells.set(name, outer.pop()!);
    else if (shell.exitRequested) {
      this.shells.set(name, this.newLoginShell(name, shell.state.history));
    } else if (shell.enteredRoot !== undefined && this.shells.get(name) === shell) {
      outer.push(shell);
      this.outerShells.set(name, outer);
      this.shells.set(name, this.newChrootShell(name, shell.enteredRoot, shell.state.history));
    } else if (shell.enteredUser !== undefined && this.shells.get(name) === shell) {
      outer.push(shell);
      this.outerShells.set(name, outer);
      this.shells.set(name, this.newUserShell(name, shell.enteredUser, shell.state.history, outer.length + 1));
    }
    this.collectTrace(mark);
    const downloads = this.world.takeDownloads();
    const result = { host: name, cmd: line, exit, ...out.result(), ...(downloads.length > 0 ? { downloads } : {}) };
    return { state: "done", result, unread: term.unread() };
  }

  /**
   * The packet decisions of the last command line that sent traffic, every
   * host's in the order they happened (kernel/net/packet/trace.ts); empty
   * until one has. `host` is the lab's host name.
   */
  lastPacketTrace(): readonly PacketDecision[] {
    return this.packetTrace;
  }

  private collectTrace(mark: number): void {
    const all: PacketDecision[] = [];
    for (const name of this.world.hostNames()) {
      for (const d of this.world.host(name)!.kernel.net.decisions(mark)) {
        // each decision is a new object: name it by the lab's host name in place (a spread that adds a key is slow in V8)
        d.host = name;
        all.push(d);
      }
    }
    if (all.length === 0) return;
    all.sort((a, b) => a.seq - b.seq);
    this.packetTrace = all;
  }

  /**
   * Probe reachability from one host to an address (lab/probe.ts): a TCP
   * connection, a UDP datagram or a ping, and what the far side saw. It
   * changes the world (sockets, conntrack, time) and is not recorded in the
   * transcript: probe a `fork()`, never the learner's own lab.
   */
  probe(req: ProbeRequest): ProbeResult {
    return probe(this.world, req);
  }

  /** Let virtual time pass (sleep, the page's fast-forward control). */
  advance(ms: number): void {
    if (!(ms > 0)) return;
    this.transcript.entries.push({ advance: ms });
    this.world.advance(ms);
  }

  /** What a terminal shows when it logs in to `host`: the kernel line and /etc/motd. */
  loginBanner(host: string): string {
    const h = this.world.host(host);
    if (!h) return "";
    const motd = h.fs.readFile("/etc/motd");
    return (
      `Linux ${h.kernel.hostname} ${OS_RELEASE} #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64\n` +
      (motd.ok ? utf8Decode(motd.value) : "") +
      "\n"
    );
  }

  private reboot(name: string, out: ScreenRecorder): void {
    const stdout = out.stream("stdout");
    stdout.write(
      `\nBroadcast message from root@${this.world.host(name)!.kernel.hostname} on pts/0 (${formatWallTime(this.world.clock.unixMs)}):\n\n` +
        "The system will reboot now!\n\n",
    );
    this.world.advance(REBOOT_MS);
    stdout.write(powerOn(this.world, name, initRunner(this.world, name)));
    this.afterPower(name, stdout);
  }

  /** After the machine was powered on: a fresh login when Linux runs, else the console's hint. */
  private afterPower(name: string, stdout: OutputStream): void {
    const history = this.shells.get(name)?.state.history ?? [];
    this.outerShells.delete(name);
    if (consolePrompt(this.world.host(name)!) !== undefined) {
      stdout.write(CONSOLE_HINT);
      return;
    }
    this.shells.set(name, this.newLoginShell(name, history));
    stdout.write(this.loginBanner(name));
  }

  /** A line typed at the machine's console (GRUB's prompt, a stopped firmware); it goes into the transcript like any line. */
  private consoleLineAt(name: string, line: string, tty: LineTty | undefined): TerminalLine {
    const out = new ScreenRecorder();
    const stdout = out.stream("stdout");
    this.transcript.entries.push({ host: name, line });
    this.shells.get(name)?.addHistory(line);
    const wasStopped = this.world.host(name)!.state.machine?.kind === "firmware";
    const r = consoleLine(this.world, name, line, initRunner(this.world, name), () => this.world.advance(REBOOT_MS));
    stdout.write(r.screen);
    const host = this.world.host(name)!;
    if (r.powered || consolePrompt(host) === undefined) this.afterPower(name, stdout);
    else if (!wasStopped && host.state.machine?.kind === "firmware") stdout.write(CONSOLE_HINT);
    return { state: "done", result: { host: name, cmd: line, exit: 0, ...out.result() }, unread: tty?.input ?? [] };
  }

  /** the interactive shell `chroot DIR` starts: bash in the new root, from "/" */
  private newChrootShell(host: string, root: string, history: string[]): Shell {
    const world = this.world;
    const state: ShellState = newShellState({ user: "root", home: "/root", hostname: world.host(host)!.kernel.hostname });
    state.cwd = "/";
    state.vars.PWD = { value: "/", exported: true };
    state.vars.SHLVL = { value: "2", exported: true };
    state.history = [...history];
    return new Shell({ getHost: () => world.host(host)!.chrooted(root), state, commands: { find: findCommand }, login: false });
  }

  /**
   * The shell `su USER` starts: the user's environment (HOME, USER, LOGNAME,
   * SHELL, UID), in `login.cwd`. bash's prompt is Debian's PS1
   * ("alice@host:~$ "); for /bin/sh (dash, useradd's default) dash's "$ ".
   * Programs in it still run with root's powers: the simulation has no
   * permission checks.
   */
  private newUserShell(host: string, login: UserLogin, history: string[], level: number): Shell {
    const world = this.world;
    const state: ShellState = newShellState({ user: login.user, home: login.home, hostname: world.host(host)!.kernel.hostname });
    state.cwd = login.cwd;
    state.vars.PWD = { value: login.cwd, exported: true };
    state.vars.SHELL = { value: login.shell, exported: true };
    state.vars.SHLVL = { value: String(level), exported: true };
    state.vars.UID = { value: String(login.uid), exported: false };
    state.vars.EUID = { value: String(login.uid), exported: false };
    if (login.login && login.uid !== 0) state.vars.PATH = { value: "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games", exported: true };
    if (!/\/bash$/.test(login.shell)) state.vars.PS1 = { value: login.uid === 0 ? "# " : "$ ", exported: false };
    state.history = [...history];
    return new Shell({ getHost: () => world.host(host)!, state, commands: { find: findCommand }, login: login.login });
  }

  private newLoginShell(host: string, history: string[]): Shell {
    const world = this.world;
    const state: ShellState = newShellState({ user: "root", home: "/root", hostname: world.host(host)!.kernel.hostname });
    state.history = [...history];
    return new Shell({ getHost: () => world.host(host)!, state, commands: { find: findCommand } });
  }
}

/** Runs init's command lines (ifupdown's `up` lines) in a throwaway, non-interactive shell. */
function initRunner(world: World, host: string) {
  return (line: string): number => {
    const state = newShellState({ user: "root", home: "/root", hostname: world.host(host)!.kernel.hostname });
    const shell = new Shell({ getHost: () => world.host(host)!, state, commands: { find: findCommand } });
    const sink = new ScreenRecorder();
    return shell.execute(line, { stdout: sink.stream("stdout"), stderr: sink.stream("stderr") });
  };
}

/**
 * Collects a line's stdout and stderr separately and in their interleaved
 * order, with what interactive programs drew on the terminal (screen only).
 */
class ScreenRecorder {
  private chunks: { stream: "stdout" | "stderr" | "tty"; bytes: ByteString }[] = [];
  private budget = new Budget();

  stream(which: "stdout" | "stderr"): OutputStream {
    const chunks = this.chunks;
    const budget = this.budget;
    return {
      isTTY: true,
      write(text: string) {
        this.writeBytes(utf8Encode(text));
      },
      writeBytes(bytes: ByteString) {
        if (bytes.length === 0) return;
        budget.chargeOutput(bytes.length);
        chunks.push({ stream: which, bytes });
      },
    };
  }

  /** bytes an interactive program wrote to the terminal itself */
  tty(text: string): void {
    const bytes = utf8Encode(text);
    this.budget.chargeOutput(bytes.length);
    this.chunks.push({ stream: "tty", bytes });
  }

  result(): { stdout: string; stderr: string; screen: string } {
    const pick = (s?: "stdout" | "stderr") =>
      utf8Decode(this.chunks.filter((c) => !s || c.stream === s).map((c) => c.bytes).join("") as ByteString);
    return { stdout: pick("stdout"), stderr: pick("stderr"), screen: pick() };
  }
}
