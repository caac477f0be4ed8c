/**
 * How the lab runs daemons' commands: a cron job is `/bin/sh -c COMMAND` in
 * a fresh non-interactive shell on its host, with exactly cron's environment
 * (nothing from the learner's login shell), no terminal, the job's `%` text
 * (if any) on standard input, and stdout and stderr collected together for
 * the mail. The services layer cannot start a shell itself; this file is
 * where the lab hands it one.
 */
import { type ByteString, utf8Decode, utf8Encode } from "../bytes.js";
import { findCommand } from "../commands/registry.js";
import { inputFrom, type OutputStream } from "../process/streams.js";
import { type CronJob, setCronJobRunner } from "../services/cron/index.js";
import { Shell } from "../shell/index.js";
import type { ShellState } from "../shell/index.js";
import type { Host } from "../host/host.js";

function quote(s: string): string {
  return `'${s.replaceAll("'", `'\\''`)}'`;
}

export function runCronJob(host: Host, job: CronJob): { output: string; status: number } {
  const vars: ShellState["vars"] = {};
  for (const [k, v] of Object.entries(job.env)) {
    Object.defineProperty(vars, k, { value: { value: v, exported: true }, enumerable: true, writable: true, configurable: true });
  }
  Object.defineProperty(vars, "IFS", { value: { value: " \t\n", exported: false }, enumerable: true, writable: true, configurable: true });
  const state: ShellState = { cwd: host.fs.stat(job.cwd).ok ? job.cwd : "/", vars, history: [], lastStatus: 0, functions: {} };
  const shell = new Shell({ getHost: () => host, state, commands: { find: findCommand } });
  const chunks: ByteString[] = [];
  const sink: OutputStream = {
    isTTY: false,
    write(text: string) {
      this.writeBytes(utf8Encode(text));
    },
    writeBytes(bytes: ByteString) {
      if (bytes.length > 0) chunks.push(bytes);
    },
  };
  const stdin = inputFrom(utf8Encode(job.stdin ?? ""), false);
  const status = shell.execute(`/bin/sh -c ${quote(job.command)}`, { stdout: sink, stderr: sink, stdin });
  return { output: utf8Decode(chunks.join("") as ByteString), status };
}

setCronJobRunner(runCronJob);
