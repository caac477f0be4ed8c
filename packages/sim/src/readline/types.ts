/**
 * The line editor's public vocabulary: what it reports (events) and what it
 * asks of the shell (a completer).
 */

/**
 * What `LineEditor.feed` reports, in the order it happened.
 * - output: bytes to write to the terminal (echo, cursor movement, redraws,
 *   the bell "\x07"). Consecutive outputs are merged into one event.
 * - line: Enter was pressed; the cursor is already at the start of the next
 *   row. `line` is the text without the line break. The editor is idle until
 *   the next `begin`; input after the Enter is kept (type-ahead).
 * - interrupt: Ctrl-C. `^C` and a line break were already written (in the
 *   output before this event); `line` is the abandoned text. bash sets $? to
 *   130 and prints a new prompt. The editor is idle until the next `begin`.
 * - eof: Ctrl-D on an empty line. Nothing was written; bash prints "exit" and
 *   leaves. The editor is idle until the next `begin`.
 * - clear: Ctrl-L. The output that follows already clears the screen
 *   ("\x1b[H\x1b[2J") and redraws the prompt and line; the event only tells
 *   the host (e.g. to drop a scrollback transcript).
 */
export type EditorEvent =
  | { type: "output"; data: string }
  | { type: "line"; line: string }
  | { type: "interrupt"; line: string }
  | { type: "eof" }
  | { type: "clear" };

/**
 * Candidates for the word at the cursor, as bash's programmable completion
 * gives them. Indices are UTF-16 offsets into the line.
 */
export interface Completion {
  /** the word being completed is line[replaceFrom, cursor); candidates replace it */
  replaceFrom: number;
  /**
   * Full replacement texts, already quoted for the shell (a space in a file
   * name is "\ "). A directory ends with "/" and gets no space after it when
   * it is the only candidate; any other unique candidate gets a space.
   */
  candidates: string[];
  /**
   * The candidates are file names: the list shown on a second Tab gives only
   * the part after the last "/" (as bash lists "dir1/  file.txt", not the
   * whole path), and column widths ignore a directory's trailing "/".
   */
  filenames?: boolean;
}

/** Completes the word at `cursor` (a UTF-16 offset) of `line`. */
export type Completer = (line: string, cursor: number) => Completion;

export interface LineEditorOptions {
  /** terminal width in columns */
  cols: number;
  complete?: Completer;
  /** oldest first, as `history` numbers them */
  history?: readonly string[];
}
