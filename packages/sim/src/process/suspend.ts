/**
 * A command line that cannot finish now and must be undone and run again
 * later, from its start, on the same state: a live terminal's program wants
 * keys not typed yet (`TtyInputPending`), or a program's code is not loaded
 * yet (`CommandsPending`, commands/registry.ts). Everything is deterministic,
 * so the second run does what the first would have done (session/README.md).
 * It unwinds the whole line; the shell rethrows it untouched and only the lab
 * catches it (lab/lab-session.ts), which rewinds the world and the shell.
 */
export class LineSuspended extends Error {}
