/**
 * The MariaDB monitor: `mysql` with its input on a terminal and nothing to
 * execute. The banner, then a prompt (`MariaDB [db]> `, or a continuation
 * prompt while a statement is open) read with line editing and history
 * (process/tty-edit.ts; ~/.mysql_history across sessions), statements run
 * as they end, results boxed with the row count and timing in bold, errors
 * with a bell that do not end the session. `exit`, `quit`, `\q` or Ctrl-D
 * leave with "Bye"; Ctrl-C drops the statement being typed.
 *
 * Known differences from the real client (libedit): Tab completes nothing,
 * and editing redraws as readline does.
 */
import { utf8Decode } from "../../bytes.js";
import { SqlError } from "../../services/mysqld/errors.js";
import type { MysqlSession } from "../../services/mysqld/session.js";
import type { StatementResult } from "../../services/mysqld/sql/result.js";
import type { Process } from "../../process/process.js";
import { programLineEditor, readEditedLine } from "../../process/tty-edit.js";
import type { Terminal } from "../../process/tty.js";
import { boxTable, queryOk, rowsInSet, vertical } from "./format.js";
import { loadHistory, saveHistory } from "./history-file.js";
import { banner, CONTINUATION_PROMPTS, ERROR_TAIL, info, interactiveHelp, READING_TABLES, unsupportedCommand } from "./monitor-text.js";
import { type ClientItem, StatementSplitter, splitInput } from "./split.js";

export interface MonitorOptions {
  /** -E: every result vertically */
  vertical: boolean;
  /** read table names for completion on USE (off with -A); only its message is simulated */
  autoRehash: boolean;
}

/** lines one session may read: a bound on a pasted flood */
const MAX_LINES = 10_000;
/** SOURCE nesting, as the real client's limit on open files would stop it */
const MAX_SOURCE_DEPTH = 16;

export function runMonitor(proc: Process, tty: Terminal, session: MysqlSession, opts: MonitorOptions): number {
  const out = proc.stdout;
  if (session.database !== null && opts.autoRehash && hasTables(session, session.database)) out.write(READING_TABLES);
  out.write(banner(session.connectionId, versionComment(session)));
  const history = loadHistory(proc);
  const editor = programLineEditor(tty, history);
  const splitter = new StatementSplitter();
  const monitor = new Monitor(proc, session, opts);
  for (let n = 0; n < MAX_LINES && !splitter.quit && !monitor.quit; n++) {
    const open = splitter.pending;
    const prompt = open === "none" ? `MariaDB [${session.database ?? "(none)"}]> ` : CONTINUATION_PROMPTS[open];
    const r = readEditedLine(tty, editor, prompt);
    if (r.type === "interrupt") {
      splitter.clear();
      continue;
    }
    if (r.type === "eof") {
      // libedit leaves the terminal echoing control characters: Ctrl-D shows as ^D before "Bye"
      tty.write("^D");
      break;
    }
    if (r.type === "hangup") break;
    // the quit words end the session before libedit's history sees them; \q is kept
    if (r.text.trim() !== "" && !(open === "none" && /^\s*(quit|exit)\s*;?\s*$/i.test(r.text))) {
      history.push(r.text);
      editor.setHistory(history);
    }
    for (const item of splitter.line(r.text)) {
      proc.budget.charge(1);
      monitor.run(item, undefined, 0);
      if (monitor.quit) break;
    }
  }
  saveHistory(proc, history);
  out.write(info("Bye\n"));
  return 0;
}

function versionComment(session: MysqlSession): string {
  const r = session.execute("SELECT @@version_comment");
  return r instanceof SqlError || r.kind !== "rows" ? "" : (r.rows[0]?.[0] ?? "");
}

function hasTables(session: MysqlSession, db: string): boolean {
  const r = session.execute(`SHOW TABLES FROM \`${db.replace(/`/g, "``")}\``);
  return !(r instanceof SqlError) && r.kind === "rows" && r.rows.length > 0;
}

class Monitor {
  quit = false;

  constructor(
    private readonly proc: Process,
    private readonly session: MysqlSession,
    private readonly opts: MonitorOptions,
  ) {}

  private error(text: string): void {
    this.proc.stderr.write(text);
    this.proc.stdout.write(ERROR_TAIL);
  }

  private sqlError(e: SqlError, file: { name: string; line: number } | undefined): void {
    const where = file ? ` at line ${file.line} in file: '${file.name}'` : "";
    this.error(`ERROR ${e.code} (${e.sqlState})${where}: ${e.message}\n`);
  }

  /** Run one item; in a SOURCEd file, returns false when an error stops the file. */
  run(item: ClientItem, file: string | undefined, depth: number): boolean {
    const out = this.proc.stdout;
    const at = file === undefined ? undefined : { name: file, line: item.line };
    switch (item.kind) {
      case "quit":
        this.quit = true;
        return true;
      case "empty":
        if (file === undefined) this.error("ERROR: No query specified\n\n");
        return true;
      case "help":
        out.write(interactiveHelp());
        return true;
      case "unknown-command":
        this.error(`ERROR: Unknown command '\\${item.char}'.\n`);
        return file === undefined;
      case "unsupported":
        this.proc.stderr.write(unsupportedCommand(item.name));
        return true;
      case "use": {
        const r = this.session.execute(`USE \`${item.db.replace(/`/g, "``")}\``);
        if (r instanceof SqlError) {
          this.sqlError(r, at);
          return false;
        }
        if (this.opts.autoRehash && hasTables(this.session, item.db)) out.write(READING_TABLES);
        out.write(info("Database changed\n"));
        return true;
      }
      case "source":
        return this.source(item.file, at, depth);
      case "sql": {
        const r = this.session.execute(item.text);
        if (r instanceof SqlError) {
          this.sqlError(r, at);
          return false;
        }
        this.print(r, item.vertical || this.opts.vertical);
        return true;
      }
    }
  }

  private source(name: string, at: { name: string; line: number } | undefined, depth: number): boolean {
    const data = this.proc.host.fs.readFile(this.proc.resolve(name));
    if (!data.ok || depth >= MAX_SOURCE_DEPTH) {
      const errno = data.ok ? 24 : data.errno === "ENOENT" ? 2 : data.errno === "EISDIR" ? 21 : 13;
      this.error(`ERROR${at ? ` at line ${at.line} in file: '${at.name}'` : ""}: Failed to open file '${name}', error: ${errno}\n`);
      return false;
    }
    for (const item of splitInput(utf8Decode(data.value))) {
      this.proc.budget.charge(1);
      if (!this.run(item, name, depth + 1) || this.quit) return false;
    }
    return true;
  }

  private print(r: StatementResult, asVertical: boolean): void {
    const out = this.proc.stdout;
    if (r.kind === "rows") {
      this.proc.budget.charge(Math.floor(r.rows.length / 100));
      if (r.rows.length > 0) out.write(asVertical ? vertical(r) : boxTable(r, true));
      out.write(info(`${rowsInSet(r.rows.length, true)}\n`));
    } else {
      out.write(info(`${queryOk(r.affectedRows, true)}\n`));
      if (r.info) out.write(info(`${r.info}\n`));
    }
    out.write(info("\n"));
  }
}
