/**
 * The terminal adapter, in the manner of xterm's attach addon: what the
 * learner types (xterm `onData`) goes to the session, what the session answers
 * is written back; a resize tells the session the new size (the line editor
 * wraps long lines at it, a full-screen program redraws) and its answer is
 * written back too. Nothing else passes between the two.
 */
export interface TtySession {
  /** raw terminal input in, bytes for the terminal out */
  input(data: string): string;
  resize(cols: number, rows?: number): string | void;
}

/** The part of xterm's Terminal the adapter uses (a structural type, so tests need no DOM). */
export interface TtyTerminal {
  onData(listener: (data: string) => void): { dispose(): void };
  onResize(listener: (size: { cols: number; rows: number }) => void): { dispose(): void };
  write(data: string, callback?: () => void): void;
}

export function attachSession(term: TtyTerminal, session: TtySession): { dispose(): void } {
  const subs = [
    term.onData((data) => {
      const out = session.input(data);
      if (out) term.write(out);
    }),
    term.onResize(({ cols, rows }) => {
      const out = session.resize(cols, rows);
      if (out) term.write(out);
    }),
  ];
  return { dispose: () => subs.forEach((s) => s.dispose()) };
}
