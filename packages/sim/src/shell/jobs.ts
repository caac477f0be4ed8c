/**
 * The interactive shell's job table (bash's jobs.c): `cmd &` at the
 * terminal starts a job, whose processes are kernel tasks (kernel/task.ts)
 * that run for the virtual time their commands used; `jobs`, `kill %N`,
 * `wait`, `fg` and `bg` find jobs here, and the shell reports a job that
 * ended ("[1]+  Done                    sleep 10") after a foreground program
 * and before the next prompt, then forgets it, as bash does with job
 * control on. The job's commands run when it starts (their effects on files
 * and the network happen then); their waits are spread over the job's life,
 * and what they print appears when virtual time gets there (dropped if the
 * job is killed first).
 *
 * A job killed by this shell's `kill`, or one over as soon as it started, is
 * reported one step later than one that ended while time passed: bash
 * prints the prompt before that child is reaped, so at a real terminal the
 * notice comes after the next command line (recorded in fixtures/jobs.txt;
 * a child quicker than the prompt is a race real bash sometimes wins).
 */
import type { Host } from "../host/host.js";
import { type TaskPhase, taskPhase } from "../kernel/task.js";
import { signalDescription } from "../process/signal-names.js";
import { askerPid, LOGIN_TTY } from "../process/table.js";
import type { AndOr } from "./ast.js";
import { type Ctx, SHELL_PID } from "./ctx.js";
import { commandText, andOrText } from "./deparse.js";
import type { OutputStream } from "../process/streams.js";
import type { Terminal } from "../process/tty.js";
import { JobStopped } from "./signals.js";
import { type ByteString, utf8Encode } from "../bytes.js";
import type { JobState } from "./state.js";

/** the width bash pads a job's status to (LONGEST_SIGNAL_DESC) */
const STATUS_WIDTH = 24;

/** how long a job's processes count as running while its commands run (ms; replaced by what they used) */
const WHILE_STARTING_MS = 7 * 86_400_000;

/** jobs run as jobs only at the login's own prompt; in scripts and subshells `&` runs the command in place */
export function jobControl(ctx: Ctx): boolean {
  return ctx.mode.kind === "interactive" && !ctx.subshell && ctx.nest === 0;
}

function jobsOf(ctx: Ctx): JobState[] {
  return (ctx.state.jobs ??= []);
}

/** the command line a stage's process shows in ps: its words when literal, else the forked shell's */
function stageArgv(argv: string[] | undefined): string[] {
  return argv && argv.length > 0 ? argv : ["-bash"];
}

/**
 * Start `ao` as a job: run it now, counting its waits as the job's life
 * (World.inBackground), make its processes tasks, print `[N] PID` as bash
 * does, and set `$!`.
 */
export function startJob(ctx: Ctx, ao: AndOr, argvs: (string[] | undefined)[], run: (out: OutputStream, err: OutputStream) => number, out: OutputStream, err: OutputStream): void {
  const host = ctx.host;
  const started = host.clock.now;
  // a pipeline's stages are processes of their own; an and-or list runs in one forked shell
  const single = ao.rest.length === 0;
  const stages = single ? ao.first.cmds.map((c, i) => ({ text: commandText(c), argv: stageArgv(argvs[i]) })) : [{ text: andOrText(ao), argv: ["-bash"] }];
  if (single && ao.first.negate) stages[0].text = `! ${stages[0].text}`;
  const floor = askerPid(host);
  // the processes exist (and bash says so) before their commands run; how long they run is known after
  const procs = stages.map((s) => ({
    pid: host.kernel.spawnTask({ ppid: SHELL_PID, argv: s.argv, tty: LOGIN_TTY, started, ms: WHILE_STARTING_MS, status: 0, floor }),
    text: s.text,
  }));
  const jobs = jobsOf(ctx);
  const id = jobs.reduce((m, j) => Math.max(m, j.id), 0) + 1;
  const last = procs[procs.length - 1].pid;
  err.write(`[${id}] ${last}\n`);
  let status = 0;
  const pending: NonNullable<JobState["pending"]> = [];
  let ms: number;
  let stoppedBy: 21 | 22 | undefined;
  try {
    ms = host.world.inBackground(() => {
      status = run(new LaterOutput(ctx, out, 1, started, pending), new LaterOutput(ctx, err, 2, started, pending));
    });
  } catch (e) {
    if (e instanceof JobStopped) {
      // stopped at the terminal: it waits for `fg`, which runs it again in the foreground, and never ends by itself
      ms = WHILE_STARTING_MS;
      stoppedBy = e.signal;
    } else {
      // the line ends here (a limit): the job's processes go with it rather than run on unowned
      for (const p of procs) host.kernel.reapTask(p.pid);
      throw e;
    }
  }
  // the pipeline's status is its last stage's; earlier stages end with 0
  procs.forEach((p, i) => host.kernel.setTaskExit(p.pid, ms, i === procs.length - 1 ? status : 0));
  if (stoppedBy) for (const p of procs) host.kernel.signalTask(p.pid, stoppedBy);
  // a job over (or stopped) in no time has still not been reaped when bash prints the prompt
  jobs.push({
    id, procs, wd: ctx.state.cwd,
    ...(pending.length > 0 ? { pending } : {}),
    ...(ms === 0 || stoppedBy ? { reapAfterPrompt: true } : {}),
    ...(stoppedBy ? { rerun: andOrText(ao) } : {}),
  });
  ctx.state.lastBg = last;
}

/**
 * The terminal as a background job sees it: a read stops the job
 * (SIGTTIN), as the kernel does to a process outside the terminal's
 * foreground group, and so does a write (SIGTTOU): the programs that use
 * `proc.tty` (editors, pagers, password prompts) set the terminal's modes
 * before they draw, which a background process may not do.
 */
export function backgroundTerminal(tty: Terminal): Terminal {
  return {
    get cols() {
      return tty.cols;
    },
    get rows() {
      return tty.rows;
    },
    readKey() {
      throw new JobStopped(21);
    },
    write() {
      throw new JobStopped(22);
    },
  };
}

/**
 * A background job's stdout or stderr: its writes wait in the job until
 * virtual time gets to them (`flushJobOutput`). Even what it writes at once
 * comes after the prompt bash prints on starting it, as at a real terminal
 * (fixtures/jobs.txt, session 11).
 */
class LaterOutput implements OutputStream {
  constructor(
    private readonly ctx: Ctx,
    private readonly inner: OutputStream,
    private readonly fd: 1 | 2,
    private readonly started: number,
    private readonly pending: NonNullable<JobState["pending"]>,
  ) {}
  get isTTY(): boolean {
    return this.inner.isTTY;
  }
  write(text: string): void {
    this.writeBytes(utf8Encode(text));
  }
  writeBytes(bytes: ByteString): void {
    this.pending.push({ at: this.started + (this.ctx.host.world.backgroundElapsed ?? 0), fd: this.fd, bytes });
  }
}

/**
 * Write to the terminal what background jobs wrote up to now (or up to
 * their death). `beforePrompt`: only what they wrote before this instant;
 * what they write the instant the prompt appears lands after it.
 */
export function flushJobOutput(ctx: Ctx, beforePrompt = false): void {
  if (!ctx.state.jobs) return;
  const now = ctx.host.clock.now - (beforePrompt ? 1 : 0);
  const out = ctx.jobOutput;
  const err = ctx.jobNotices;
  for (const job of [...(ctx.state.jobs ?? [])].sort((a, b) => a.id - b.id)) {
    if (!job.pending) continue;
    const phase = jobPhase(ctx.host, job);
    const until = phase.kind === "signaled" ? Math.min(now, phase.at) : now;
    const due = job.pending.filter((c) => c.at <= until);
    for (const c of due) (c.fd === 1 ? out : err)?.writeBytes(c.bytes as ByteString);
    job.pending = phase.kind === "signaled" ? [] : job.pending.filter((c) => c.at > until);
    if (job.pending.length === 0) delete job.pending;
  }
}

/** the state of the job: its last process's, unless an earlier one still runs */
export function jobPhase(host: Host, job: JobState): TaskPhase {
  const phases = job.procs.map((p) => {
    const t = host.kernel.tasks().find((x) => x.pid === p.pid);
    return t ? taskPhase(t, host.clock.now) : ({ kind: "exited", status: 0, at: 0 } as TaskPhase);
  });
  if (phases.some((p) => p.kind === "running")) return { kind: "running" };
  if (phases.some((p) => p.kind === "stopped")) return { kind: "stopped" };
  return phases[phases.length - 1];
}

/**
 * The state bash knows of: a job it has not reaped yet (`reapAfterPrompt`:
 * signalled by this line, or over the instant it started) still runs as far
 * as `jobs` in the same line can tell.
 */
export function knownPhase(ctx: Ctx, job: JobState): TaskPhase {
  const p = jobPhase(ctx.host, job);
  return job.reapAfterPrompt && (p.kind === "exited" || p.kind === "signaled") ? { kind: "running" } : p;
}

export function jobDone(host: Host, job: JobState): boolean {
  const k = jobPhase(host, job).kind;
  return k === "exited" || k === "signaled";
}

/** printable_job_status */
function statusText(p: TaskPhase): string {
  switch (p.kind) {
    case "running":
      return "Running";
    case "stopped":
      return "Stopped";
    case "exited":
      return p.status === 0 ? "Done" : `Exit ${p.status}`;
    case "signaled":
      return signalDescription(p.signal);
  }
}

/** the current job (`%+`, `%%`) and the previous one (`%-`): the newest two */
export function currentJobs(ctx: Ctx): { current?: JobState; previous?: JobState } {
  const jobs = [...jobsOf(ctx)].sort((a, b) => b.id - a.id);
  // bash prefers a stopped job for current
  const stopped = jobs.filter((j) => jobPhase(ctx.host, j).kind === "stopped");
  const order = [...stopped, ...jobs.filter((j) => !stopped.includes(j))];
  return { current: order[0], previous: order[1] };
}

/** "~/x" for a directory under $HOME (polite_directory_format) */
function politeDir(ctx: Ctx, dir: string): string {
  const home = ctx.state.vars.HOME?.value;
  if (home && home !== "/" && (dir === home || dir.startsWith(home + "/"))) return "~" + dir.slice(home.length);
  return dir;
}

/** pretty_print_job: "standard" is `jobs`, "long" `jobs -l`; one line per process in long format */
export function formatJob(ctx: Ctx, job: JobState, format: "standard" | "long", phase: TaskPhase = jobPhase(ctx.host, job)): string {
  const { current, previous } = currentJobs(ctx);
  const mark = job === current ? "+" : job === previous ? "-" : " ";
  const status = statusText(phase);
  const running = phase.kind === "running";
  const tail = (running ? " &" : "") + (job.wd !== ctx.state.cwd ? `  (wd: ${politeDir(ctx, job.wd)})` : "");
  if (format === "standard") {
    return `[${job.id}]${mark}  ${status.padEnd(STATUS_WIDTH)}${job.procs.map((p) => p.text).join(" | ")}${tail}\n`;
  }
  return job.procs
    .map((p, i) => {
      const head = i === 0 ? `[${job.id}]${mark} ` : "     ";
      const pid = String(p.pid).padStart(5);
      // a later process with the first's status prints none: "| " takes its place (print_pipeline)
      const st = i === 0 ? status.padEnd(STATUS_WIDTH) : "".padEnd(STATUS_WIDTH - 2);
      return `${head}${pid} ${st}${i > 0 ? "| " : ""}${p.text}${i === job.procs.length - 1 ? tail : ""}\n`;
    })
    .join("");
}

/** forget a job that ended: its processes are reaped */
export function removeJob(ctx: Ctx, job: JobState): void {
  // bash keeps the statuses of reaped background pids (bgpids) for a later `wait PID`
  const last = job.procs[job.procs.length - 1].pid;
  const reaped = (ctx.state.reaped ??= []).filter(([pid]) => pid !== last);
  reaped.push([last, jobStatus(ctx, job)]);
  ctx.state.reaped = reaped.slice(-32);
  const jobs = jobsOf(ctx);
  const i = jobs.indexOf(job);
  if (i >= 0) jobs.splice(i, 1);
  for (const p of job.procs) ctx.host.kernel.reapTask(p.pid);
  if (jobs.length === 0) delete ctx.state.jobs;
}

/**
 * notify_of_job_status: report jobs that ended (and newly stopped ones) on
 * the shell's own stderr, then forget the ended ones. At the prompt
 * ("prompt") a job marked `reapAfterPrompt` waits for the next line;
 * after a foreground program ("program") or `wait` ("wait") it is reported.
 */
export function notifyJobs(ctx: Ctx, err: OutputStream, when: "prompt" | "program" | "wait"): void {
  const jobs = ctx.state.jobs;
  if (!jobs) return;
  flushJobOutput(ctx, when === "prompt");
  let printed = false;
  let otherWd = false;
  for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
    const phase = jobPhase(ctx.host, job);
    if (phase.kind === "stopped") {
      if (!job.stopNotified && !(when === "prompt" && job.reapAfterPrompt)) {
        // bash starts a stop notice on a new line (it expects a ^Z typed mid-line)
        err.write(`\n${formatJob(ctx, job, "standard")}`);
        job.stopNotified = true;
        printed = true;
      }
      continue;
    }
    if (phase.kind === "running") continue;
    // its last words come after the prompt: so does the notice
    if (when === "prompt" && (job.reapAfterPrompt || job.pending)) continue;
    err.write(formatJob(ctx, job, "standard"));
    printed = true;
    if (job.wd !== ctx.state.cwd) otherWd = true;
    removeJob(ctx, job);
  }
  if (printed && otherWd) err.write(`(wd now: ${politeDir(ctx, ctx.state.cwd)})\n`);
  // what this line signalled or saw end is reaped before the next prompt
  if (when === "prompt") for (const j of ctx.state.jobs ?? []) delete j.reapAfterPrompt;
}

export type JobLookup = { job: JobState } | { error: "no such job" | "ambiguous job spec" };

/** get_job_spec: %N, %+, %%, %, %-, %name (a command starting with it), %?text (containing it) */
export function findJob(ctx: Ctx, spec: string): JobLookup {
  const jobs = jobsOf(ctx);
  const { current, previous } = currentJobs(ctx);
  const s = spec.startsWith("%") ? spec.slice(1) : spec;
  let found: JobState | undefined;
  if (s === "" || s === "%" || s === "+") found = current;
  else if (s === "-") found = previous;
  else if (/^[0-9]+$/.test(s)) found = jobs.find((j) => j.id === Number(s));
  else {
    const contains = s.startsWith("?");
    const text = contains ? s.slice(1) : s;
    const matches = jobs.filter((j) => {
      const cmd = j.procs.map((p) => p.text).join(" | ");
      return contains ? cmd.includes(text) : cmd.startsWith(text);
    });
    if (matches.length > 1) return { error: "ambiguous job spec" };
    found = matches[0];
  }
  return found ? { job: found } : { error: "no such job" };
}

/** the job a pid belongs to */
export function jobOfPid(ctx: Ctx, pid: number): JobState | undefined {
  return jobsOf(ctx).find((j) => j.procs.some((p) => p.pid === pid));
}

/** let virtual time pass until the job no longer runs (wait, fg); a stopped job does not end by waiting */
export function waitForJob(ctx: Ctx, job: JobState): void {
  const kernel = ctx.host.kernel;
  const now = ctx.host.clock.now;
  let end = now;
  for (const p of job.procs) {
    const t = kernel.tasks().find((x) => x.pid === p.pid);
    if (t && taskPhase(t, now).kind === "running") end = Math.max(end, t.exitsAt);
  }
  if (end > now) ctx.host.world.advance(end - now);
}

/** the exit status of an ended job as $? gives it: 128+N for a signal */
export function jobStatus(ctx: Ctx, job: JobState): number {
  const p = jobPhase(ctx.host, job);
  if (p.kind === "exited") return p.status;
  if (p.kind === "signaled") return 128 + p.signal;
  return 0;
}
