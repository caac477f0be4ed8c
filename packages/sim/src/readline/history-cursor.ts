/**
 * Walking the history while editing one line (Up/Down, Ctrl-P/N, Ctrl-R).
 * Index `entries.length` is the line being typed. Whatever is edited on an
 * entry, or typed on the new line, is kept while the learner moves around,
 * so coming back finds it as left; all such edits are dropped when the line
 * is accepted (readline with `revert-all-at-newline on`; bash's default
 * would instead keep edited entries modified in the history list).
 */
export class HistoryCursor {
  private entries: readonly string[] = [];
  private edits = new Map<number, string>();
  private at = 0;

  constructor(entries: readonly string[] = []) {
    this.restart(entries);
  }

  /** A new line begins: the cursor is on the (empty) new line below the entries. */
  restart(entries: readonly string[]): void {
    this.entries = entries;
    this.edits.clear();
    this.at = entries.length;
  }

  get index(): number {
    return this.at;
  }

  /** number of lines reachable, the new line included */
  get size(): number {
    return this.entries.length + 1;
  }

  /** the text of line `i` as the learner last left it */
  textAt(i: number): string {
    return this.edits.get(i) ?? this.entries[i] ?? "";
  }

  /** remember `text` as the current line's content */
  save(text: string): void {
    if (text !== (this.entries[this.at] ?? "")) this.edits.set(this.at, text);
    else this.edits.delete(this.at);
  }

  /** Move to line `i` after saving `current`; returns its text. */
  moveTo(i: number, current: string): string {
    this.save(current);
    this.at = i;
    return this.textAt(i);
  }
}
