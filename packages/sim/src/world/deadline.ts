/**
 * Deadlines on waiting: how `timeout DURATION COMMAND` bounds a command in
 * virtual time. While a deadline is armed (`World.withDeadline`), a wait
 * (`advance`, `advanceNetwork`) that would pass it moves time only up to
 * it and throws `DeadlineReached`, which unwinds the command's programs
 * and shells (they let it through, as they do `LimitExceeded`) back to the
 * `withDeadline` that armed it: the command was killed at that instant.
 *
 * Only waiting is bounded: a command that computes without waiting ends on
 * the line's step bound (process/limits.ts), as it would not on Linux.
 */

export class DeadlineReached extends Error {
  constructor(readonly token: object) {
    super("deadline reached");
  }
}

/** an armed deadline: the instant (ms on the waiting job's timeline) its owner gives up */
export interface Deadline {
  at: number;
  token: object;
}
