/**
 * `umask [-p] [-S] [mode]`, as bash 5.2 (builtins/umask.def): the shell's
 * file mode creation mask, kept in the shell state and handed to every
 * program it starts (Process.umask). A mode is octal (at most 07777; only the
 * permission bits count) or symbolic, in bash's grammar: comma-separated
 * clauses of [ugoa]* then one of + - = then [rwx]*, describing the
 * permissions to leave (the mask is their complement).
 */
import type { Ctx } from "../ctx.js";
import type { Io } from "../io.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

/** the login shell's mask on Debian 12 (/etc/login.defs UMASK 022) */
export const DEFAULT_UMASK = 0o022;

export function shellUmask(ctx: Ctx): number {
  return ctx.state.umask ?? DEFAULT_UMASK;
}

export const umask: Builtin = {
  name: "umask",
  run(ctx, argv, io) {
    let print = false;
    let symbolic = false;
    let i = 1;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      for (const c of argv[i].slice(1)) {
        if (c === "p") print = true;
        else if (c === "S") symbolic = true;
        else {
          builtinError(ctx, io, "umask", `-${c}: invalid option`);
          io.stderr.write("umask: usage: umask [-p] [-S] [mode]\n");
          return 2;
        }
      }
    }
    const mode = argv[i];
    if (mode === undefined) {
      const mask = shellUmask(ctx);
      if (symbolic) io.stdout.write(`${print ? "umask -S " : ""}${symbolicText(mask)}\n`);
      else io.stdout.write(`${print ? "umask " : ""}${mask.toString(8).padStart(4, "0")}\n`);
      return 0;
    }
    const r = /^[0-9]/.test(mode) ? octalMask(mode) : symbolicMask(mode, shellUmask(ctx));
    if ("error" in r) {
      builtinError(ctx, io, "umask", r.error);
      return 1;
    }
    ctx.state.umask = r.mask;
    if (symbolic) io.stdout.write(`${symbolicText(r.mask)}\n`);
    return 0;
  },
};

type Parsed = { mask: number } | { error: string };

function octalMask(text: string): Parsed {
  if (!/^[0-7]+$/.test(text) || Number.parseInt(text, 8) > 0o7777) return { error: `${text}: octal number out of range` };
  return { mask: Number.parseInt(text, 8) & 0o777 };
}

const WHO: Record<string, number> = { u: 0o700, g: 0o070, o: 0o007, a: 0o777 };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111 };

/** bash's parse_symbolic_mode over the permissions the mask leaves; NUL stands for the end of the text, as bash shows it */
function symbolicMask(text: string, mask: number): Parsed {
  let bits = ~mask & 0o777;
  let at = 0;
  const ch = () => (at < text.length ? text[at] : "\0");
  for (;;) {
    let who = 0;
    while (Object.hasOwn(WHO, ch())) who |= WHO[text[at++]];
    if (who === 0) who = 0o777;
    const op = ch();
    if (op !== "+" && op !== "-" && op !== "=") return { error: `\`${op}': invalid symbolic mode operator` };
    at++;
    let perm = 0;
    while (ch() !== "," && ch() !== "\0") {
      const c = text[at++];
      if (!Object.hasOwn(PERM, c)) return { error: `\`${c}': invalid symbolic mode character` };
      perm |= PERM[c];
    }
    if (op === "+") bits |= perm & who;
    else if (op === "-") bits &= ~(perm & who);
    else bits = (bits & ~who) | (perm & who);
    if (ch() === "\0") break;
    at++; // ","
  }
  return { mask: ~bits & 0o777 };
}

/** "u=rwx,g=rx,o=rx": the permissions a mask leaves */
function symbolicText(mask: number): string {
  const perms = ~mask & 0o777;
  const part = (shift: number) => `${perms & (4 << shift) ? "r" : ""}${perms & (2 << shift) ? "w" : ""}${perms & (1 << shift) ? "x" : ""}`;
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}
