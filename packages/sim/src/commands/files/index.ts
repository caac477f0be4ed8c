/**
 * File and text programs: coreutils (ls, cat, cp, mv, rm, ...), grep,
 * less/more, man and sed (sed/). Each module is one program; they reach files only
 * through `proc.host.fs` (fs/types.ts) and never import the shell, the
 * session or another host. Shared pieces are split by what they are about:
 * options.ts (getopt), quote.ts (name quoting), program.ts (usage errors,
 * operands), owners.ts, file-mode.ts, file-time.ts, columns.ts, regex.ts,
 * size-suffix.ts (10K, 2MB, 1GiB as truncate and split read them),
 * tab-stops.ts (expand's and unexpand's -t).
 *
 * man.ts reads the registry at run time: load the registry
 * (commands/registry.ts) before this module, not this module first.
 */
import type { Command } from "../types.js";
import { base64 } from "./base64.js";
import { basename, dirname } from "./basename-dirname.js";
import { cat } from "./cat.js";
import { chmod } from "./chmod.js";
import { chgrp, chown } from "./chown.js";
import { cp } from "./cp.js";
import { cut } from "./cut.js";
import { du } from "./du.js";
import { expr } from "./expr.js";
import { find } from "./find/find.js";
import { xargs } from "./find/xargs.js";
import { egrep, fgrep } from "./egrep-fgrep.js";
import { grep } from "./grep.js";
import { head, tail } from "./head-tail.js";
import { ln } from "./ln.js";
import { ls } from "./ls.js";
import { apropos, man, whatisCommand } from "./man.js";
import { column } from "./column.js";
import { rev } from "./rev.js";
import { mkdir } from "./mkdir.js";
import { mktemp } from "./mktemp.js";
import { mv } from "./mv.js";
import { paste } from "./paste.js";
import { less } from "./less.js";
import { more } from "./more.js";
import { readlink } from "./readlink.js";
import { realpath } from "./realpath.js";
import { rm } from "./rm.js";
import { rmdir } from "./rmdir.js";
import { sed } from "./sed/sed.js";
import { seq } from "./seq.js";
import { sort } from "./sort.js";
import { stat } from "./stat.js";
import { tac } from "./tac.js";
import { install } from "./install.js";
import { join } from "./join.js";
import { split } from "./split/split.js";
import { nl } from "./nl.js";
import { expand } from "./expand.js";
import { fold } from "./fold.js";
import { unexpand } from "./unexpand.js";
import { truncate } from "./truncate.js";
import { tee } from "./tee.js";
import { touch } from "./touch.js";
import { tr } from "./tr.js";
import { uniq } from "./uniq.js";
import { cmp } from "./cmp.js";
import { comm } from "./comm.js";
import { diff } from "./diff/diff.js";
import { wc } from "./wc.js";

export const fileCommands: Command[] = [
  apropos, base64, basename, cat, chgrp, chmod, chown, cmp, column, comm, cp, cut, diff, dirname, du, egrep, expand, expr, fgrep, find, fold, grep, head, install, join, less, ln, ls, man, mkdir, mktemp, more, mv, nl, paste, readlink, realpath, rev, rm, rmdir, sed, seq, sort, split, stat, tac, tail, tee, touch, tr, truncate, unexpand, uniq, wc, whatisCommand, xargs,
];
