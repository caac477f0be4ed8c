/**
 * What holds after more happens, on a copy of the lab: command lines run on
 * its hosts and virtual time passes (a number of hours, or until the next
 * HH:MM of the lab's clock), then the inner checks are evaluated on what
 * came of it. "At midnight cron makes a new backup": steps
 * `[{ until: "00:01" }]`, then a check that the archive is there. The
 * learner's own lab is never touched.
 */
import type { LabSession } from "@rootlab/sim";
import { z } from "zod";


const DURATION = /^(\d+)([smhd])$/;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** the longest an `advance` step may let pass: a week, as sleep's own bound */
const MAX_ADVANCE_MS = 7 * 86_400_000;

export const afterStep = z.union([
  z.object({ host: z.string().describe("the host to run it on"), run: z.string().min(1).describe("a command line, as typed at the prompt") }).strict(),
  z
    .object({ advance: z.string().regex(DURATION).describe('virtual time to let pass: "90s", "15m", "2h", "1d"') })
    .strict(),
  z
    .object({ until: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('let time pass until the next HH:MM (UTC) of the lab\'s clock: "00:01"') })
    .strict(),
]);
export type AfterStep = z.infer<typeof afterStep>;

/** Carry out the steps on `session` (already a copy). */
export function runSteps(session: LabSession, steps: AfterStep[]): void {
  for (const step of steps) {
    if ("run" in step) session.run(step.host, step.run);
    else if ("advance" in step) {
      const [, n, unit] = DURATION.exec(step.advance)!;
      session.advance(Math.min(Number(n) * UNIT_MS[unit], MAX_ADVANCE_MS));
    } else {
      const [h, m] = step.until.split(":").map(Number);
      const day = UNIT_MS.d;
      const now = session.world.clock.unixMs;
      const target = (h * 60 + m) * 60_000;
      let wait = (target - (now % day) + day) % day;
      if (wait === 0) wait = day;
      session.advance(wait);
    }
  }
}

export function describeSteps(steps: AfterStep[]): string {
  return steps
    .map((s) => ("run" in s ? `\`${s.run}\` on ${s.host}` : "advance" in s ? `${s.advance} later` : `at the next ${s.until}`))
    .join(", then ");
}

