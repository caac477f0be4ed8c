/**
 * The job-control builtins of bash 5.2: jobs, kill, wait, fg, bg, over the
 * job table in shell/jobs.ts. kill signals pids through process/kill.ts
 * (jobs are kernel tasks, daemons their services). Texts and statuses are
 * bash's own (builtins/{jobs,kill,wait,fg_bg}.def), recorded in
 * shell/fixtures/jobs.txt.
 */
import { type Errno, STRERROR } from "../../kernel/errno.js";
import { sendSignal } from "../../process/kill.js";
import { MAX_SIGNAL, parseSignal, signalName } from "../../process/signal-names.js";
import type { Ctx } from "../ctx.js";
import type { Io } from "../io.js";
import {
  currentJobs, findJob, flushJobOutput, formatJob, knownPhase, jobControl, jobDone, jobOfPid, jobPhase, jobStatus, notifyJobs, removeJob, waitForJob,
} from "../jobs.js";
import type { JobState } from "../state.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";
import { runSource } from "../interpreter.js";

const JOBS_USAGE = "jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n";
const KILL_USAGE = "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n";
const WAIT_USAGE = "wait: usage: wait [-fn] [-p var] [id ...]\n";

function sortedJobs(ctx: Ctx): JobState[] {
  return [...(ctx.state.jobs ?? [])].sort((a, b) => a.id - b.id);
}

export const jobs: Builtin = {
  name: "jobs",
  run(ctx, argv, io) {
    let format: "standard" | "long" | "pids" = "standard";
    let only: "running" | "stopped" | "changed" | undefined;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        i++;
        break;
      }
      if (!a.startsWith("-") || a === "-") break;
      for (const c of a.slice(1)) {
        if (c === "l") format = "long";
        else if (c === "p") format = "pids";
        else if (c === "r") only = "running";
        else if (c === "s") only = "stopped";
        else if (c === "n") only = "changed";
        else if (c === "x") return 0; // `jobs -x CMD`: the simulation runs no command through it
        else {
          builtinError(ctx, io, "jobs", `-${c}: invalid option`);
          io.stderr.write(JOBS_USAGE);
          return 2;
        }
      }
    }
    let list: JobState[];
    let status = 0;
    if (i < argv.length) {
      list = [];
      for (const spec of argv.slice(i)) {
        const r = findJob(ctx, spec);
        if ("error" in r) {
          builtinError(ctx, io, "jobs", `${spec}: ${r.error}`);
          status = 1;
        } else list.push(r.job);
      }
    } else list = sortedJobs(ctx);
    const ended: JobState[] = [];
    for (const job of list) {
      const phase = knownPhase(ctx, job);
      const kind = phase.kind;
      if (only === "running" && kind !== "running") continue;
      if (only === "stopped" && kind !== "stopped") continue;
      if (only === "changed" && (kind === "running" || (kind === "stopped" && job.stopNotified))) continue;
      if (format === "pids") io.stdout.write(`${job.procs[0].pid}\n`);
      else io.stdout.write(formatJob(ctx, job, format, phase));
      if (kind === "exited" || kind === "signaled") ended.push(job);
      else if (kind === "stopped") job.stopNotified = true;
    }
    // a listed job that ended has been reported: bash forgets it
    for (const job of ended) removeJob(ctx, job);
    return status;
  },
};

/** `kill -l [sigspec...]` (display_signal_list) */
function listSignals(ctx: Ctx, args: string[], io: Io): number {
  if (args.length === 0) {
    let column = 0;
    let out = "";
    for (let s = 1; s <= MAX_SIGNAL; s++) {
      const name = signalName(s);
      if (!name) continue;
      out += `${String(s).padStart(2)}) SIG${name}`;
      if (++column < 5) out += "\t";
      else {
        out += "\n";
        column = 0;
      }
    }
    if (column) out += "\n";
    io.stdout.write(out);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (/^[0-9]+$/.test(a)) {
      let n = Number(a);
      // an exit status 128+N names signal N
      if (n > 128) n -= 128;
      const name = n >= 1 && n <= MAX_SIGNAL ? signalName(n) : undefined;
      if (name) io.stdout.write(`${name}\n`);
      else {
        builtinError(ctx, io, "kill", `${a}: invalid signal specification`);
        status = 1;
      }
      continue;
    }
    const sig = parseSignal(a);
    if (sig === undefined || sig === 0) {
      builtinError(ctx, io, "kill", `${a}: invalid signal specification`);
      status = 1;
    } else io.stdout.write(`${sig}\n`);
  }
  return status;
}

function killError(ctx: Ctx, io: Io, pid: number, errno: Errno): void {
  builtinError(ctx, io, "kill", `(${pid}) - ${STRERROR[errno]}`);
}

export const kill: Builtin = {
  name: "kill",
  run(ctx, argv, io) {
    const args = argv.slice(1);
    if (args.length === 0) {
      io.stderr.write(KILL_USAGE);
      return 2;
    }
    let sig = 15;
    let sigspec = "TERM";
    let sawSignal = false;
    let listing = false;
    let k = 0;
    const useSpec = (spec: string) => {
      sigspec = spec;
      sig = spec === "0" ? 0 : (parseSignal(spec) ?? -1);
      sawSignal = true;
    };
    while (k < args.length) {
      const w = args[k];
      if (w === "-l" || w === "-L") {
        listing = true;
        k++;
      } else if (w === "-s" || w === "-n") {
        if (k + 1 >= args.length) {
          builtinError(ctx, io, "kill", `${w}: option requires an argument`);
          return 1;
        }
        useSpec(args[k + 1]);
        k += 2;
      } else if (/^-s[A-Za-z]/.test(w) || /^-n[0-9]/.test(w)) {
        useSpec(w.slice(2));
        k++;
      } else if (w === "--") {
        k++;
        break;
      } else if (w === "-?") {
        io.stderr.write(KILL_USAGE);
        return 2;
      } else if (w.startsWith("-") && w.length > 1 && !sawSignal) {
        useSpec(w.slice(1));
        k++;
      } else break;
    }
    if (listing) return listSignals(ctx, args.slice(k), io);
    if (sig < 0) {
      builtinError(ctx, io, "kill", `${sigspec}: invalid signal specification`);
      return 1;
    }
    if (k >= args.length) {
      io.stderr.write(KILL_USAGE);
      return 2;
    }
    const interactive = ctx.mode.kind === "interactive";
    let any = false;
    for (const word of args.slice(k)) {
      const body = word.startsWith("-") ? word.slice(1) : word;
      let ok = false;
      if (body !== "" && /^-?[0-9]+$/.test(word)) {
        const pid = Number(word);
        const r = sendSignal(ctx.host, pid, sig);
        if (!r.ok) killError(ctx, io, pid, r.errno);
        else {
          ok = true;
          const job = jobOfPid(ctx, Math.abs(pid));
          if (job && sig !== 0) markSignalled(ctx, job, sig);
        }
      } else if (word !== "" && !word.startsWith("%")) {
        builtinError(ctx, io, "kill", `${word}: arguments must be process or job IDs`);
      } else {
        const r = findJob(ctx, word);
        if ("error" in r || jobDone(ctx.host, r.job)) builtinError(ctx, io, "kill", `${word}: no such job`);
        else {
          // the job's process group: every process of it
          for (const p of r.job.procs) sendSignal(ctx.host, p.pid, sig);
          if (sig !== 0) markSignalled(ctx, r.job, sig);
          ok = true;
        }
      }
      if (ok) any = true;
      else if (!interactive) return 1;
    }
    return any ? 0 : 1;
  },
};

function markSignalled(ctx: Ctx, job: JobState, sig: number): void {
  job.reapAfterPrompt = true;
  if (sig === 18) delete job.stopNotified;
}

/** the job or pid a `wait`/`fg`/`bg` argument names */
function waitTarget(ctx: Ctx, io: Io, name: string, w: string): JobState | number | undefined {
  if (w.startsWith("%")) {
    const r = findJob(ctx, w);
    if ("error" in r) {
      builtinError(ctx, io, name, `${w}: ${r.error}`);
      return undefined;
    }
    return r.job;
  }
  if (!/^[0-9]+$/.test(w)) {
    builtinError(ctx, io, name, `\`${w}': not a pid or valid job spec`);
    return undefined;
  }
  const job = jobOfPid(ctx, Number(w));
  if (!job) {
    builtinError(ctx, io, name, `pid ${w} is not a child of this shell`);
    return undefined;
  }
  return job;
}

export const wait: Builtin = {
  name: "wait",
  run(ctx, argv, io) {
    // in scripts and subshells `&` ran its command in place: nothing is left to wait for
    if (!jobControl(ctx)) return 0;
    let next = false;
    let i = 1;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      for (const c of argv[i].slice(1)) {
        if (c === "n") next = true;
        else if (c !== "f") {
          builtinError(ctx, io, "wait", `-${c}: invalid option`);
          io.stderr.write(WAIT_USAGE);
          return 2;
        }
      }
    }
    const notices = ctx.jobNotices ?? io.stderr;
    const args = argv.slice(i);
    if (next && args.length === 0) {
      // wait -n: the next job to end
      const running = sortedJobs(ctx).filter((j) => jobPhase(ctx.host, j).kind === "running");
      const ended = sortedJobs(ctx).find((j) => jobDone(ctx.host, j));
      let job = ended;
      if (!job) {
        if (running.length === 0) return 127;
        const endOf = (j: JobState) =>
          Math.max(...j.procs.map((p) => ctx.host.kernel.tasks().find((t) => t.pid === p.pid)?.exitsAt ?? 0));
        job = running.reduce((a, b) => (endOf(b) < endOf(a) ? b : a));
        waitForJob(ctx, job);
      }
      const status = jobStatus(ctx, job);
      notifyOnly(ctx, notices, job);
      return status;
    }
    if (args.length === 0) {
      for (const job of sortedJobs(ctx)) waitForJob(ctx, job);
      notifyJobs(ctx, notices, "wait");
      return 0;
    }
    let status = 0;
    for (const w of args) {
      const known = /^[0-9]+$/.test(w) && !jobOfPid(ctx, Number(w)) ? ctx.state.reaped?.find(([pid]) => pid === Number(w)) : undefined;
      if (known) {
        status = known[1];
        continue;
      }
      const t = waitTarget(ctx, io, "wait", w);
      if (t === undefined || typeof t === "number") {
        status = 127;
        continue;
      }
      waitForJob(ctx, t);
      status = jobStatus(ctx, t);
      if (jobDone(ctx.host, t)) notifyOnly(ctx, notices, t);
    }
    return status;
  },
};

/** report one ended job and forget it */
function notifyOnly(ctx: Ctx, err: Io["stderr"], job: JobState): void {
  flushJobOutput(ctx);
  err.write(formatJob(ctx, job, "standard"));
  removeJob(ctx, job);
}

/** The job `fg`/`bg` acts on (argv[1], or the current job); undefined, with bash's error said, when there is none or no job control. */
function jobArg(ctx: Ctx, io: Io, name: "fg" | "bg", argv: string[]): JobState | undefined {
  if (!jobControl(ctx)) {
    builtinError(ctx, io, name, "no job control");
    return undefined;
  }
  const spec = argv[1];
  if (spec === undefined) {
    const { current } = currentJobs(ctx);
    if (!current || jobDone(ctx.host, current)) builtinError(ctx, io, name, "current: no such job");
    return current && !jobDone(ctx.host, current) ? current : undefined;
  }
  const r = findJob(ctx, spec);
  if ("error" in r || jobDone(ctx.host, r.job)) {
    builtinError(ctx, io, name, `${spec}: ${"error" in r ? r.error : "no such job"}`);
    return undefined;
  }
  return r.job;
}

/** disown [-ar] [jobspec...]: the shell forgets the job; its processes run on */
export const disown: Builtin = {
  name: "disown",
  run(ctx, argv, io) {
    let all = false;
    let running = false;
    let i = 1;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      for (const c of argv[i].slice(1)) {
        if (c === "a") all = true;
        else if (c === "r") running = true;
        else if (c !== "h") {
          builtinError(ctx, io, "disown", `-${c}: invalid option`);
          io.stderr.write("disown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n");
          return 2;
        }
      }
    }
    const forget = (job: JobState) => {
      const jobs = ctx.state.jobs ?? [];
      jobs.splice(jobs.indexOf(job), 1);
      if (jobs.length === 0) delete ctx.state.jobs;
    };
    const specs = argv.slice(i);
    if (specs.length === 0) {
      if (all || running) {
        for (const job of sortedJobs(ctx)) if (!running || jobPhase(ctx.host, job).kind === "running") forget(job);
        return 0;
      }
      const { current } = currentJobs(ctx);
      if (!current) {
        builtinError(ctx, io, "disown", "current: no such job");
        return 1;
      }
      forget(current);
      return 0;
    }
    let status = 0;
    for (const spec of specs) {
      const job = /^[0-9]+$/.test(spec) ? jobOfPid(ctx, Number(spec)) : undefined;
      const r = job ? { job } : findJob(ctx, spec);
      if ("error" in r) {
        builtinError(ctx, io, "disown", `${spec}: ${r.error}`);
        status = 1;
      } else forget(r.job);
    }
    return status;
  },
};

export const fg: Builtin = {
  name: "fg",
  run(ctx, argv, io) {
    const job = jobArg(ctx, io, "fg", argv);
    if (!job) return 1;
    // the job comes to the foreground: bash prints its command and waits for it
    io.stdout.write(`${job.procs.map((p) => p.text).join(" | ")}\n`);
    if (job.rerun !== undefined) {
      // stopped at the terminal before it did anything there: it runs now, in the foreground, with the terminal
      const text = job.rerun;
      for (const p of job.procs) ctx.host.kernel.signalTask(p.pid, 9);
      removeJob(ctx, job);
      return runSource(ctx, text, io);
    }
    if (jobPhase(ctx.host, job).kind === "stopped") for (const p of job.procs) sendSignal(ctx.host, p.pid, 18);
    waitForJob(ctx, job);
    flushJobOutput(ctx);
    const status = jobStatus(ctx, job);
    removeJob(ctx, job);
    return status;
  },
};

export const bg: Builtin = {
  name: "bg",
  run(ctx, argv, io) {
    const job = jobArg(ctx, io, "bg", argv);
    if (!job) return 1;
    if (jobPhase(ctx.host, job).kind === "running") {
      builtinError(ctx, io, "bg", `job ${job.id} already in background`);
      return 0;
    }
    const { current, previous } = currentJobs(ctx);
    const mark = job === current ? "+" : job === previous ? "-" : " ";
    // one stopped at the terminal stops again at once: only `fg` gets it going
    if (job.rerun === undefined) for (const p of job.procs) sendSignal(ctx.host, p.pid, 18);
    delete job.stopNotified;
    io.stdout.write(`[${job.id}]${mark} ${job.procs.map((p) => p.text).join(" | ")} &\n`);
    return 0;
  },
};
