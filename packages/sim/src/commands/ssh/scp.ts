/**
 * scp (OpenSSH 9.2p1, Debian 12): copy files to and from another host of the
 * lab over the simulated network, through its sshd (client.ts), with real
 * scp's messages and exit statuses: 255 when the connection fails ("ssh:
 * connect to host ... : No route to host" then "scp: Connection closed") or
 * a local source is missing, 1 when a file could not be copied, 0 otherwise.
 * Silent unless its output is a terminal, where each file gets OpenSSH's
 * progress line (progress.ts); -q silences that too.
 *
 * Options: -q, -p (keep modification times), -P PORT, -i IDENTITY,
 * -o StrictHostKeyChecking=...; the others are accepted and change nothing.
 * Not simulated: -r (directories), copies between two local paths.
 */
import { asBytes } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { openSession, type SshOptions, type SshSession, type SshTarget } from "./client.js";
import { progressLine } from "./progress.js";

const USAGE =
  "usage: scp [-346ABCOpqRrsTv] [-c cipher] [-D sftp_server_path] [-F ssh_config]\n" +
  "           [-i identity_file] [-J destination] [-l limit] [-o ssh_option]\n" +
  "           [-P port] [-S program] [-X sftp_option] source ... target\n";

const FLAGS = "346ABCOpqRrsTv";
const WITH_ARG = "cDFiJloPSX";

interface ScpOptions extends SshOptions {
  quiet: boolean;
  preserve: boolean;
  recursive: boolean;
  port: number;
}

/** "[user@]host:path" (a colon before any slash), or a local path */
type Operand = { remote: false; path: string } | { remote: true; user?: string; host: string; path: string };

function parseOperand(text: string): Operand {
  const colon = text.indexOf(":");
  const slash = text.indexOf("/");
  if (colon <= 0 || (slash >= 0 && slash < colon)) return { remote: false, path: text };
  const who = text.slice(0, colon);
  const at = who.lastIndexOf("@");
  return { remote: true, user: at >= 0 ? who.slice(0, at) : undefined, host: at >= 0 ? who.slice(at + 1) : who, path: text.slice(colon + 1) };
}

function parseArgs(proc: Process): { opts: ScpOptions; operands: string[] } | number {
  const opts: ScpOptions = { quiet: false, preserve: false, recursive: false, port: 22, identities: [], strictHostKeyChecking: "ask" };
  const args = proc.argv.slice(1);
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (FLAGS.includes(c)) {
        if (c === "q") opts.quiet = true;
        else if (c === "p") opts.preserve = true;
        else if (c === "r") opts.recursive = true;
        continue;
      }
      if (!WITH_ARG.includes(c)) {
        proc.stderr.write(`scp: unknown option -- ${c}\r\n${USAGE}`);
        return 1;
      }
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
      if (value === undefined) {
        proc.stderr.write(`scp: option requires an argument -- ${c}\r\n${USAGE}`);
        return 1;
      }
      if (c === "P") {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
          // sic: OpenSSH 9.2 ends this one with "\n\r\n"
          proc.stderr.write(`scp: bad port "${value}"\n\r\n`);
          return 1;
        }
        opts.port = n;
      } else if (c === "i") opts.identities.push(value);
      else if (c === "o") {
        const m = /^StrictHostKeyChecking[= ]\s*(yes|no|ask|accept-new)$/i.exec(value);
        if (m) opts.strictHostKeyChecking = m[1].toLowerCase() as ScpOptions["strictHostKeyChecking"];
      }
      break;
    }
  }
  return { opts, operands };
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1) || trimmed;
}

class Transfer {
  status = 0;
  private readonly progress: boolean;

  constructor(
    private readonly proc: Process,
    private readonly opts: ScpOptions,
    private readonly session: SshSession,
  ) {
    this.progress = proc.stdout.isTTY && !opts.quiet;
  }

  private fail(msg: string, status: number): void {
    this.proc.stderr.write(`scp: ${msg}\r\n`);
    this.status = Math.max(this.status, status);
  }

  /** the meter of a finished transfer: the 0% line, then the 100% line (scp starts it once the remote file is open) */
  private meter(name: string, size: number, startMs: number): void {
    if (!this.progress) return;
    const cols = this.proc.tty?.cols ?? 80;
    const elapsed = this.proc.host.world.clock.now - startMs;
    this.proc.stdout.write(`${progressLine(name, cols, size, false, 0)}${progressLine(name, cols, size, true, elapsed)}\n`);
  }

  /** a local file to the remote path; false when scp must stop (a missing source is fatal) */
  upload(src: string, dest: string): boolean {
    const fs = this.proc.host.fs;
    const path = this.proc.resolve(src);
    const st = fs.stat(path);
    if (!st.ok) {
      this.fail(`stat local "${src}": No such file or directory`, 255);
      return false;
    }
    if (st.value.type !== "file") {
      this.fail(`local "${src}" is not a regular file`, 1);
      this.fail(`failed to upload file ${src} to ${dest}`, 1);
      return true;
    }
    const data = fs.readFile(path);
    if (!data.ok) {
      this.fail(`open local "${src}": Permission denied`, 1);
      return true;
    }
    const name = baseName(src);
    const start = this.proc.host.world.clock.now;
    const answer = this.session.request(
      {
        op: "put",
        user: this.session.user,
        key: this.session.key,
        path: dest,
        name,
        size: data.value.length,
        mode: st.value.mode & 0o7777,
        ...(this.opts.preserve ? { mtime: st.value.mtime } : {}),
      },
      data.value,
    );
    if (!answer) {
      this.fail("Connection closed", 255);
      return false;
    }
    if ("error" in answer.reply) {
      this.fail(answer.reply.error, 1);
      this.fail(`failed to upload file ${src} to ${dest}`, 1);
      return true;
    }
    this.meter(name, data.value.length, start);
    return true;
  }

  /** a remote file to a local path */
  download(src: string, dest: string): boolean {
    const fs = this.proc.host.fs;
    const start = this.proc.host.world.clock.now;
    const answer = this.session.request({ op: "get", user: this.session.user, key: this.session.key, path: src });
    if (!answer) {
      this.fail("Connection closed", 255);
      return false;
    }
    if ("error" in answer.reply) {
      this.fail(answer.reply.error, 1);
      return true;
    }
    const target = this.proc.resolve(dest);
    const st = fs.stat(target);
    const file = st.ok && st.value.type === "dir" ? `${target === "/" ? "" : target}/${baseName(src)}` : target;
    const name = baseName(src);
    const w = fs.writeFile(file, asBytes(answer.data), { mode: (answer.reply.mode ?? 0o644) & 0o777 });
    if (!w.ok) {
      this.fail(`open local "${dest}": ${w.errno === "ENOENT" ? "No such file or directory" : w.errno === "EISDIR" ? "Is a directory" : "Permission denied"}`, 1);
      return true;
    }
    if (this.opts.preserve && answer.reply.mtime !== undefined) fs.utimes(file, answer.reply.mtime);
    this.meter(name, answer.data.length, start);
    return true;
  }
}

function runScp(proc: Process): number {
  const parsed = parseArgs(proc);
  if (typeof parsed === "number") return parsed;
  const { opts, operands } = parsed;
  if (operands.length < 2) {
    proc.stderr.write(USAGE);
    return 1;
  }
  if (opts.recursive) {
    proc.stderr.write("scp: -r (copying directories) is not simulated in Rootlab yet; copy an archive: tar czf DIR.tar.gz DIR\n");
    return 1;
  }
  const target = parseOperand(operands[operands.length - 1]);
  const sources = operands.slice(0, -1).map(parseOperand);
  const remote = target.remote ? target : sources.find((s) => s.remote);
  if (!remote || !remote.remote) {
    proc.stderr.write("scp: copying between two local paths is not simulated in Rootlab yet; use cp\n");
    return 1;
  }
  if (target.remote && sources.some((s) => s.remote)) {
    proc.stderr.write("scp: copying between two remote hosts is not simulated in Rootlab yet\n");
    return 1;
  }
  if (!target.remote && sources.some((s) => s.remote && (s.host !== remote.host || s.user !== remote.user))) {
    proc.stderr.write("scp: copying from two remote hosts at once is not simulated in Rootlab yet\n");
    return 1;
  }
  const sshTarget: SshTarget = { user: remote.user ?? proc.env.USER ?? "root", host: remote.host, port: opts.port };
  const session = openSession(proc, sshTarget, opts);
  if ("error" in session) {
    for (const line of session.error) proc.stderr.write(`${line}\r\n`);
    proc.stderr.write("scp: Connection closed\r\n");
    return 255;
  }
  const t = new Transfer(proc, opts, session);
  for (const s of sources) {
    const going = target.remote ? t.upload(s.path, target.path) : t.download(s.path, target.path);
    if (!going) break;
  }
  session.close();
  return t.status;
}

export const scp: Command = {
  name: "scp",
  summary: "scp - OpenSSH secure file copy",
  man: `SCP(1)                    General Commands Manual                   SCP(1)

NAME
     scp - OpenSSH secure file copy

SYNOPSIS
     scp [-pq] [-i identity_file] [-o ssh_option] [-P port] source ... target

DESCRIPTION
     scp copies files between hosts on a network. It uses ssh(1) for data
     transfer, and uses the same authentication and provides the same
     security as a login session.

     The source and target may be specified as a local pathname or a
     remote host with optional path in the form [user@]host:[path]. Local
     file names can be made explicit using absolute or relative pathnames
     to avoid scp treating file names containing ':' as host specifiers.

     -i identity_file  the file from which the identity (private key) for
                       public key authentication is read.
     -o ssh_option     options in the format used in ssh_config(5), e.g.
                       StrictHostKeyChecking=no.
     -P port           the port to connect to on the remote host.
     -p                preserves modification times of the original file.
     -q                quiet mode: disables the progress meter.

EXIT STATUS
     The scp utility exits 0 on success, and >0 if an error occurs.

OpenBSD 7.2                     December 16, 2022                 OpenBSD 7.2
`,
  run: runScp,
  complete: () => ["-i", "-o", "-P", "-p", "-q"],
};

