/**
 * Finding and starting programs: PATH search (registered commands live in
 * /usr/bin or /usr/sbin; executable files elsewhere are shell scripts),
 * running a path (`./x.sh`, `/usr/sbin/scripts/foo`) with the kernel's
 * checks (exists, not a directory, executable, `#!` interpreter), and bash
 * itself (`bash -c STRING`, `bash FILE`, `sh`), which run a child shell in
 * the same simulation.
 */
import { utf8Decode } from "../bytes.js";
import type { Command as Program } from "../commands/types.js";
import { STRERROR } from "../kernel/errno.js";
import { childShellCtx, type Ctx, errorPrefix, MAX_NEST, type ShellMode } from "./ctx.js";
import { execFailureText, isDashName } from "./dialect.js";
import { expansionError } from "./expand.js";
import { runProgram, runSource } from "./interpreter.js";
import type { Io } from "./io.js";
import { basename, joinPath, normalizePath, resolvePath } from "./path.js";
import { ExitSignal } from "./signals.js";
import { getValue } from "./vars.js";
import { memoized } from "../memo.js";

/** Registered programs that Debian installs in /usr/sbin (the rest are in /usr/bin). */
export const SBIN_PROGRAMS = new Set([
  "ip", "ifconfig", "route", "arp", "reboot", "shutdown", "halt", "poweroff", "iptables", "iptables-save",
  "iptables-restore", "ip6tables", "ip6tables-save", "ip6tables-restore", "iptables-legacy", "nft", "ebtables",
  "iptables-nft", "iptables-nft-save", "iptables-nft-restore", "iptables-legacy-save", "iptables-legacy-restore",
  "sysctl", "fdisk", "sfdisk", "cfdisk", "mkfs", "mkfs.ext4", "mke2fs", "fsck", "e2fsck", "blkid", "losetup",
  "conntrack", "hping3", "tc", "bridge", "ethtool", "dhclient", "ifup", "ifdown", "modprobe", "lsmod", "insmod", "rmmod",
  "cron", "service", "update-rc.d", "invoke-rc.d", "sshd", "mysqld", "useradd", "userdel", "usermod", "groupadd",
  "adduser", "deluser", "chroot", "grub-install", "update-grub", "mkswap", "swapon", "swapoff", "hwclock",
  "ldconfig", "arping", "traceroute", "iw", "mii-tool", "nameif", "ipmaddr", "iptunnel", "plipconfig", "rarp",
  "slattach", "logrotate", "visudo", "partprobe", "parted", "wipefs", "tune2fs", "dumpe2fs", "resize2fs",
  "debugfs", "badblocks", "init", "runlevel", "telinit", "agetty", "rtmon", "devlink", "rdma", "dcb",
]);

/** the shells the simulation implements itself */
const SHELLS = new Set(["bash", "sh", "dash", "rbash"]);

const BIN_DIRS = ["/usr/bin", "/bin"];
const SBIN_DIRS = ["/usr/sbin", "/sbin"];

export type Resolved =
  | { kind: "program"; program: Program; path: string }
  | { kind: "shell"; name: string; path: string }
  | { kind: "file"; path: string };

function builtinProgramAt(ctx: Ctx, dir: string, name: string): Resolved | null {
  if (SHELLS.has(name) && BIN_DIRS.includes(dir)) return { kind: "shell", name, path: joinPath(dir, name) };
  const program = ctx.commands.find(name);
  if (!program) return null;
  const dirs = SBIN_PROGRAMS.has(name) ? SBIN_DIRS : BIN_DIRS;
  return dirs.includes(dir) ? { kind: "program", program, path: joinPath(dir, name) } : null;
}

/** PATH search for a name without `/`: the first match */
export function resolveProgram(ctx: Ctx, name: string): Resolved | null {
  return searchPath(ctx, name, false)[0] ?? null;
}

/** every match of a PATH search, in PATH order (bash's `type -a`) */
export function resolveProgramAll(ctx: Ctx, name: string): Resolved[] {
  return searchPath(ctx, name, true);
}

function searchPath(ctx: Ctx, name: string, all: boolean): Resolved[] {
  if (name === "" || name === "." || name === "..") return [];
  const path = getValue(ctx.state, "PATH") ?? "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.";
  const found: Resolved[] = [];
  for (const dir of pathDirs(path, ctx.state.cwd)) {
    ctx.budget.charge(1);
    const own = builtinProgramAt(ctx, dir, name);
    if (own) found.push(own);
    else {
      const file = joinPath(dir, name);
      const st = ctx.host.fs.stat(file);
      if (st.ok && st.value.type === "file" && (st.value.mode & 0o111) !== 0) {
        const program = programImage(ctx, file, name);
        found.push(program ? { kind: "program", program, path: file } : { kind: "file", path: file });
      }
    }
    if (found.length && !all) break;
  }
  return found;
}

/** the directories a PATH names, in order ("" and relative entries from `cwd`) */
function pathDirs(path: string, cwd: string): readonly string[] {
  return pathDirsOf(`${cwd}\0${path}`);
}
/** pathDirs by cwd and PATH (no path holds a NUL): asked at every command */
const pathDirsOf = memoized((key: string): readonly string[] => {
  const [cwd, path] = key.split("\0");
  return path.split(":").map((entry) => (entry === "" ? cwd : normalizePath(resolvePath(cwd, entry))));
}, 64);

/**
 * The disk holds a small ELF placeholder wherever Debian installs a program
 * (fs/debian-tree/programs.ts); running one runs the registered program of
 * that name, whatever directory PATH found it in (cron's PATH=/usr/bin:/bin
 * finds /usr/bin/ip as on Debian).
 */
function programImage(ctx: Ctx, file: string, name: string): Program | null {
  const program = ctx.commands.find(name);
  if (!program) return null;
  const data = ctx.host.fs.readFile(file);
  return data.ok && data.value.startsWith("\x7fELF") ? program : null;
}

/** Run a command given with a `/` in its name. */
export function runPathCommand(ctx: Ctx, shown: string, argv: string[], env: Record<string, string>, io: Io): number {
  const abs = resolvePath(ctx.state.cwd, shown);
  const dir = abs.slice(0, abs.lastIndexOf("/")) || "/";
  const own = builtinProgramAt(ctx, dir, basename(abs));
  if (own?.kind === "program") return runProgram(ctx, own.program, argv, env, io);
  if (own?.kind === "shell") return runShell(ctx, argv, env, io);
  const fail = (msg: string, status: number) => {
    io.stderr.write(`${errorPrefix(ctx)}${shown}: ${msg}\n`);
    return status;
  };
  const cannotExec = (text: string, status: number) => {
    io.stderr.write(`${errorPrefix(ctx)}${text}\n`);
    return status;
  };
  const fs = ctx.host.fs;
  const st = fs.stat(abs);
  if (!st.ok) return cannotExec(execFailureText(ctx, shown, st.errno), st.errno === "ENOENT" ? 127 : 126);
  if (st.value.type === "dir") return cannotExec(execFailureText(ctx, shown, "EISDIR_EXEC"), 126);
  if ((st.value.mode & 0o111) === 0) return cannotExec(execFailureText(ctx, shown, "ENOEXEC_PERM"), 126);
  const image = programImage(ctx, abs, basename(abs));
  if (image) return runProgram(ctx, image, argv, env, io);
  const data = fs.readFile(abs);
  if (!data.ok) return fail(STRERROR[data.errno], 126);
  const text = utf8Decode(data.value);
  // a Debian program the simulation does not have yet: say so rather than pretend
  if (data.value.startsWith("\x7fELF")) return fail("this program is not simulated in Rootlab yet", 126);
  if (text.includes("\0")) return fail("cannot execute binary file: Exec format error", 126);
  if (text.startsWith("#!")) {
    const line = text.slice(2, text.indexOf("\n") < 0 ? text.length : text.indexOf("\n")).trim();
    const [interp, ...interpArgs] = line.split(/[ \t]+/);
    let prog = basename(interp);
    if (prog === "env" && interpArgs.length) prog = interpArgs.shift()!;
    if (!SHELLS.has(prog)) {
      const program = ctx.commands.find(prog);
      if (program) return runProgram(ctx, program, [interp, ...interpArgs, shown, ...argv.slice(1)], env, io);
      return fail(`${interp}: bad interpreter: No such file or directory`, 126);
    }
    return runScript(ctx, text, shown, argv.slice(1), env, io, { kind: "script", name: shown, dash: isDashName(prog) });
  }
  // no #!: the kernel refuses (ENOEXEC) and the calling shell runs the file itself
  const dash = ctx.mode.kind !== "interactive" && ctx.mode.dash === true;
  return runScript(ctx, text, shown, argv.slice(1), env, io, { kind: "script", name: shown, dash });
}

/** A child shell running `text`; returns its exit status. */
export function runScript(
  ctx: Ctx,
  text: string,
  arg0: string,
  args: string[],
  env: Record<string, string>,
  io: Io,
  mode: ShellMode,
  setup?: (child: Ctx) => void,
): number {
  if (ctx.nest >= MAX_NEST) expansionError(ctx, io, `maximum nesting level exceeded (${MAX_NEST})`);
  const child = childShellCtx(ctx, mode, arg0, args, env);
  setup?.(child);
  try {
    // a new process: its own descriptors, so that its `exec 2>&1` does not reach the caller
    return runSource(child, text, { ...io });
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    throw e;
  }
}

const BASH_VERSION_TEXT = `GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

/** `bash [-exu] -c STRING [NAME [ARGS]]`, `bash [-exu] FILE [ARGS]`, `... | bash` */
export function runShell(ctx: Ctx, argv: string[], env: Record<string, string>, io: Io): number {
  const self = basename(argv[0]);
  const flags = { errexit: false, xtrace: false, nounset: false, noexec: false };
  let command: string | null = null;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a === "--version") {
      io.stdout.write(BASH_VERSION_TEXT);
      return 0;
    }
    if (a === "--login" || a === "--norc" || a === "--noprofile" || a === "--posix") continue;
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === "c") command = "";
      else if (f === "e") flags.errexit = true;
      else if (f === "x") flags.xtrace = true;
      else if (f === "u") flags.nounset = true;
      else if (f === "n") flags.noexec = true;
      else if (!"ilsvB".includes(f)) {
        io.stderr.write(`${self}: -${f}: invalid option\n`);
        return 2;
      }
    }
  }
  const setup = (child: Ctx) => {
    child.options.errexit = flags.errexit;
    child.options.xtrace = flags.xtrace;
    child.options.nounset = flags.nounset;
  };
  if (command !== null) {
    if (i >= argv.length) {
      io.stderr.write(`${self}: -c: option requires an argument\n`);
      return 2;
    }
    const src = argv[i];
    const arg0 = argv[i + 1] ?? argv[0];
    if (flags.noexec) return 0;
    return runScript(ctx, src, arg0, argv.slice(i + 2), env, io, { kind: "command", dash: isDashName(self) }, setup);
  }
  if (i < argv.length) {
    const file = argv[i];
    const path = resolvePath(ctx.state.cwd, file);
    const st = ctx.host.fs.stat(path);
    if (st.ok && st.value.type === "dir") {
      io.stderr.write(`${self}: ${file}: Is a directory\n`);
      return 126;
    }
    const data = ctx.host.fs.readFile(path);
    if (!data.ok) {
      io.stderr.write(`${self}: ${file}: ${STRERROR[data.errno]}\n`);
      return data.errno === "ENOENT" ? 127 : 126;
    }
    if (flags.noexec) return 0;
    return runScript(ctx, utf8Decode(data.value), file, argv.slice(i + 1), env, io, { kind: "script", name: file, dash: isDashName(self) }, setup);
  }
  if (!io.stdin.isTTY) {
    const src = utf8Decode(io.stdin.takeAll().bytes());
    return runScript(ctx, src, self, [], env, io, { kind: "script", name: self, dash: isDashName(self) }, setup);
  }
  io.stderr.write(`${self}: a nested interactive shell is not simulated; use ${self} -c 'COMMANDS' or ${self} FILE\n`);
  return 1;
}
