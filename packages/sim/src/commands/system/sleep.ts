/**
 * sleep (coreutils 9.1): let virtual time pass. The whole world moves on
 * (other hosts' timers fire, connection-tracking entries age), which is how a
 * learner watches a TIME_WAIT entry expire without waiting for real.
 */
import type { Command } from "../types.js";

const UNIT_MS: Record<string, number> = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** the longest a single sleep may move the clock: a learner's typo must not skip a year */
export const MAX_SLEEP_MS = 7 * 86_400_000;

export const sleep: Command = {
  name: "sleep",
  summary: "sleep - delay for a specified amount of time",
  man: `NAME
sleep - delay for a specified amount of time

SYNOPSIS
sleep NUMBER[SUFFIX]...

DESCRIPTION
Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default), 'm'
for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an integer.
Given two or more arguments, pause for the amount of time specified by the sum
of their values.

In Rootlab, time is virtual: sleep returns at once, and the lab's clock (every
host's timers, cron, connection tracking) moves on by that much.
`,
  run(proc) {
    const args = proc.argv.slice(1).filter((a) => a !== "--");
    if (args.length === 0) {
      proc.stderr.write("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let total = 0;
    for (const a of args) {
      const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
      if (!m) {
        proc.stderr.write(`sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`);
        return 1;
      }
      total += Number(m[1]) * UNIT_MS[m[2]];
    }
    proc.host.world.advance(Math.min(Math.round(total), MAX_SLEEP_MS));
    return 0;
  },
};
