/**
 * find (GNU findutils 4.9): walk each starting point (default `.`) and
 * evaluate the expression (expr.ts) at every file, pre-order, or post-order
 * with -depth/-delete. Tests: -name/-iname, -path/-wholename/-ipath, -type
 * (comma lists), -maxdepth/-mindepth, -newer, -size, -mtime/-mmin on the
 * virtual clock, -empty, -user/-group/-uid/-gid, -perm (exact, -all, /any),
 * -true/-false; actions -print, -print0, -printf (printf.ts), -delete, -prune, -quit, and
 * -exec CMD ;  / -exec CMD {} + through the process's runCommandLine.
 *
 * Order: the real find lists a directory in the order the filesystem
 * returns it (on ext4 a hash order, different on every machine); the
 * simulation's readdir is sorted, so find lists entries in C-locale order,
 * which is stable for lessons. The recorded fixtures sort both sides.
 *
 * Not covered: -H/-L (symlinks are never followed, as with the default
 * -P), -ls, -ok, -regex, -newerXY, -atime/-ctime (the simulation
 * keeps one time), and the warnings about global options' positions.
 */
import type { Stat } from "../../../fs/types.js";
import type { Process } from "../../../process/process.js";
import type { Command } from "../../types.js";
import { matchPattern } from "../../../shell/pattern.js";
import { strerror } from "../program.js";
import { quoteLocale } from "../quote.js";
import { execError, runArgv } from "./exec-line.js";
import { type Expression, type Node, parseExpression, startsExpression } from "./expr.js";
import { formatPrintf } from "./printf.js";
import { type LocalZone, processZone } from "../file-time.js";
import { Owners } from "../owners.js";

const TYPE_LETTER: Record<Stat["type"], string> = { file: "f", dir: "d", symlink: "l", chardev: "c", blockdev: "b" };

/** the longest argument list one -exec ... + command gets */
const BATCH_MAX = 4096;

interface Visit {
  path: string;
  /** the absolute path, for the filesystem */
  abs: string;
  name: string;
  st: Stat;
  depth: number;
}

class Run {
  status = 0;
  quit = false;
  /** set by -prune at the current directory */
  prune = false;
  readonly now: number;
  readonly pending: string[][];
  /** the starting point being walked (-printf's %H) */
  start = ".";
  private zone?: LocalZone;
  private owners?: Owners;
  constructor(
    readonly proc: Process,
    readonly expr: Expression,
  ) {
    this.now = proc.host.clock.now;
    this.pending = expr.batches.map(() => []);
  }

  error(msg: string): void {
    this.proc.stderr.write(`find: ${msg}\n`);
    this.status = 1;
  }

  evaluate(node: Node, v: Visit): boolean {
    switch (node.op) {
      case "and":
        return this.evaluate(node.left, v) && !this.quit && this.evaluate(node.right, v);
      case "or":
        return this.evaluate(node.left, v) || (!this.quit && this.evaluate(node.right, v));
      case "comma":
        this.evaluate(node.left, v);
        return !this.quit && this.evaluate(node.right, v);
      case "not":
        return !this.evaluate(node.expr, v);
      case "true":
        return true;
      case "false":
        return false;
      case "name":
        return matchPattern(node.pattern, node.fold ? v.name.toLowerCase() : v.name, () => this.proc.budget.charge(1));
      case "path":
        return matchPattern(node.pattern, node.fold ? v.path.toLowerCase() : v.path, () => this.proc.budget.charge(1));
      case "type":
        return node.types.includes(TYPE_LETTER[v.st.type]);
      case "newer":
        return v.st.mtime > node.mtime;
      case "size":
        return compare(Math.ceil(v.st.size / node.unit), node.compare);
      case "time":
        return compare(Math.floor((this.now - v.st.mtime) / node.unitMs), node.compare);
      case "empty":
        if (v.st.type === "dir") {
          const names = this.proc.host.fs.readdir(v.abs);
          return names.ok && names.value.length === 0;
        }
        return v.st.type === "file" && v.st.size === 0;
      case "uid":
        return v.st.uid === node.uid;
      case "gid":
        return v.st.gid === node.gid;
      case "perm": {
        const mode = v.st.mode & 0o7777;
        if (node.how === "exact") return mode === node.mode;
        if (node.how === "all") return (mode & node.mode) === node.mode;
        return node.mode === 0 || (mode & node.mode) !== 0;
      }
      case "print":
        this.proc.stdout.write(v.path + node.end);
        return true;
      case "printf":
        this.proc.stdout.write(this.printf(node.format, v));
        return true;
      case "prune":
        if (!this.expr.depthFirst) this.prune = true;
        return true;
      case "quit":
        this.quit = true;
        return true;
      case "delete":
        return this.delete(v);
      case "exec":
        return this.exec(node, v);
    }
  }

  private printf(format: string, v: Visit): string {
    this.zone ??= processZone(this.proc);
    this.owners ??= new Owners(this.proc.host.fs);
    const link = v.st.type === "symlink" ? this.proc.host.fs.readlink(v.abs) : undefined;
    const file = {
      path: v.path, start: this.start, st: v.st, depth: v.depth, target: link?.ok ? link.value : "",
      user: this.owners.user(v.st.uid), group: this.owners.group(v.st.gid),
    };
    return formatPrintf(format, file, this.zone);
  }

  private delete(v: Visit): boolean {
    if (v.path === ".") return true;
    const fs = this.proc.host.fs;
    const r = v.st.type === "dir" ? fs.rmdir(v.abs) : fs.unlink(v.abs);
    if (r.ok) return true;
    this.error(`cannot delete ${quoteLocale(v.path)}: ${strerror(r.errno)}`);
    return false;
  }

  private exec(node: Extract<Node, { op: "exec" }>, v: Visit): boolean {
    if (node.batch) {
      const list = this.pending[node.id];
      list.push(v.path);
      if (list.length >= BATCH_MAX) this.flush(node.id);
      return true;
    }
    // in the `;` form every {} in a word is the name
    const argv = node.argv.map((a) => a.replaceAll("{}", v.path));
    const failed = execError(this.proc, argv[0]);
    if (failed) {
      // the child's exec fails: said, but find's status stays as it was
      this.proc.stderr.write(`find: ${quoteLocale(argv[0])}: ${strerror(failed)}\n`);
      return false;
    }
    return runArgv(this.proc, argv) === 0;
  }

  /** run an -exec ... {} + command on the names it collected */
  flush(id: number): void {
    const names = this.pending[id];
    if (names.length === 0) return;
    this.pending[id] = [];
    const argv = this.expr.batches[id].argv;
    const failed = execError(this.proc, argv[0]);
    if (failed) {
      this.error(`${quoteLocale(argv[0])}: ${strerror(failed)}`);
      return;
    }
    if (runArgv(this.proc, [...argv, ...names]) !== 0) this.status = 1;
  }

  walk(v: Visit): void {
    if (this.quit) return;
    this.proc.budget.charge(1);
    const fs = this.proc.host.fs;
    const here = v.depth >= this.expr.minDepth;
    this.prune = false;
    if (!this.expr.depthFirst && here) this.evaluate(this.expr.root, v);
    if (v.st.type === "dir" && v.depth < this.expr.maxDepth && !this.prune && !this.quit) {
      const names = fs.readdir(v.abs);
      if (!names.ok) this.error(`${quoteLocale(v.path)}: ${strerror(names.errno)}`);
      else {
        for (const name of names.value) {
          if (this.quit) break;
          const path = v.path.endsWith("/") ? v.path + name : `${v.path}/${name}`;
          const abs = v.abs === "/" ? `/${name}` : `${v.abs}/${name}`;
          const st = fs.lstat(abs);
          if (!st.ok) {
            this.error(`${quoteLocale(path)}: ${strerror(st.errno)}`);
            continue;
          }
          this.walk({ path, abs, name, st: st.value, depth: v.depth + 1 });
        }
      }
    }
    if (this.expr.depthFirst && here && !this.quit) this.evaluate(this.expr.root, v);
  }
}

function compare(value: number, c: { cmp: "gt" | "lt" | "eq"; n: number }): boolean {
  return c.cmp === "gt" ? value > c.n : c.cmp === "lt" ? value < c.n : value === c.n;
}

/** the last component of a starting point, as -name sees it ("t/" -> "t") */
function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

export const find: Command = {
  name: "find",
  summary: "find - search for files in a directory hierarchy",
  man: `NAME
find - search for files in a directory hierarchy

SYNOPSIS
find [starting-point...] [expression]

DESCRIPTION
find searches the directory tree rooted at each given starting-point by
evaluating the given expression from left to right, according to the rules of
precedence, until the outcome is known, at which point find moves on to the
next file name. If no starting-point is specified, '.' is assumed. If the
expression contains no action other than -prune, -print is performed on all
files for which the expression is true.

TESTS
-name pattern      base of file name matches shell pattern (-iname: any case)
-path pattern      file name matches shell pattern ('*' matches '/')
-type c            file is of type c: f (regular file), d (directory),
                   l (symbolic link), b, c; several as f,l
-newer file        modified more recently than file
-size [+-]n[ckMG]  uses n units of space, rounding up (default 512-byte blocks)
-mtime [+-]n       data last modified n*24 hours ago (-mmin: minutes)
-empty             empty regular file or directory
-user name         owned by user name (-group name: group)
-perm mode         permission bits exactly mode; -mode: all of them; /mode: any

GLOBAL OPTIONS
-maxdepth levels   descend at most levels below the starting-points
-mindepth levels   do not apply tests or actions at levels less than levels
-depth             process each directory's contents before the directory

ACTIONS
-print             print the full file name, then a newline (-print0: a NUL)
-delete            delete files and empty directories; implies -depth
-exec command ;    run command; each {} is replaced by the file name
-exec command {} + run command once with many file names appended
-prune             do not descend into this directory
-quit              exit at once

OPERATORS
( expr )   ! expr   -not expr   expr1 expr2   expr1 -a expr2   expr1 -o expr2

EXAMPLES
find /etc -name '*.conf'
find . -type f -mtime -7
find /tmp -type f -size +1M -delete
find . -name '*.log' -exec gzip {} +
`,
  run(proc) {
    const args = proc.argv.slice(1);
    if (args[0] === "--help") {
      proc.stdout.write("Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]\n\nDefault path is the current directory; default expression is -print.\nSee 'man find' for the tests and actions this system supports.\n");
      return 0;
    }
    if (args[0] === "--version") {
      proc.stdout.write("find (GNU findutils) 4.9.0\n");
      return 0;
    }
    let i = 0;
    // -P is the default; -H/-L are refused rather than silently ignored
    while (i < args.length && (args[i] === "-P" || args[i] === "--")) i++;
    if (args[i] === "-H" || args[i] === "-L") {
      proc.stderr.write(`find: ${args[i]} (following symbolic links) is not simulated in Rootlab yet\n`);
      return 1;
    }
    const starts: string[] = [];
    while (i < args.length && !startsExpression(args[i])) starts.push(args[i++]);
    const expr = parseExpression(proc, args.slice(i));
    if (typeof expr === "string") {
      proc.stderr.write(`find: ${expr}\n`);
      return 1;
    }
    if (starts.length === 0) starts.push(".");
    const run = new Run(proc, expr);
    for (const start of starts) {
      if (run.quit) break;
      // a trailing slash makes the kernel follow a symlink, and want a directory
      const slash = start.endsWith("/") && start !== "/";
      const st = slash ? proc.host.fs.stat(proc.resolve(start)) : proc.host.fs.lstat(proc.resolve(start));
      if (!st.ok || (slash && st.value.type !== "dir")) {
        run.error(`${quoteLocale(start)}: ${strerror(st.ok ? "ENOTDIR" : st.errno)}`);
        continue;
      }
      run.start = start;
      run.walk({ path: start, abs: proc.resolve(start), name: baseName(start), st: st.value, depth: 0 });
    }
    for (let id = 0; id < expr.batches.length; id++) run.flush(id);
    return run.status;
  },
};
