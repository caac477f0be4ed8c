/**
 * One client connection: the logged-in account, the current database,
 * session variables and LAST_INSERT_ID, and `execute(sql)` for one
 * statement — parse, check privileges, run against the server's state, and
 * return a result set, an OK, or the server's error.
 */
import { addGrant, canSeeDatabase, findAccount, hasPrivilege, isGlobalAll, nativePasswordHash, removeGrant, showGrants } from "./accounts.js";
import { ER, SqlError } from "./errors.js";
import type { Statement, TableRef } from "./sql/ast.js";
import { buildTable, defaultCollation, describeDefault, showCreateTable } from "./sql/ddl.js";
import { runDelete, runInsert, runUpdate } from "./sql/dml.js";
import { type EvalContext, EvalError, evaluate } from "./sql/eval.js";
import { parseStatement } from "./sql/parser.js";
import type { ResultColumn, ResultSet, StatementResult } from "./sql/result.js";
import { runSelect } from "./sql/select.js";
import { typeText } from "./sql/types.js";
import { formatVal, likeMatch, type Val } from "./sql/value.js";
import type { Cell, DatabaseState, MysqldState, TableState, UserAccount } from "./state.js";
import { SERVER_VERSION, systemVariableDefaults } from "./version.js";

export interface SessionOptions {
  /** CONNECTION_ID(), and what the monitor's banner shows */
  connectionId: number;
  server: MysqldState;
  account: UserAccount;
  /** the user name the client logged in with and the host it came from (USER()) */
  login: { user: string; host: string };
  database: string | null;
  /** ms since the Unix epoch, virtual: NOW() */
  now: () => number;
  hostname: string;
  /** what COM_SHUTDOWN does once allowed: the daemon stops (connect() passes its host's) */
  shutdown?: () => void;
}

const text = (name: string): ResultColumn => ({ name, numeric: false });

function rows(columns: ResultColumn[], data: Cell[][]): ResultSet {
  return { kind: "rows", columns, rows: data };
}

export class MysqlSession {
  database: string | null;
  lastInsertId = 0;
  private userVars: Record<string, Val> = {};
  /** the statement being run, as the client sent it (SHOW PROCESSLIST's Info) */
  private statement = "";
  private sysVars: Record<string, string>;

  constructor(private readonly opts: SessionOptions) {
    this.database = opts.database;
    this.sysVars = systemVariableDefaults(opts.hostname);
  }

  private get server(): MysqldState {
    return this.opts.server;
  }
  get connectionId(): number {
    return this.opts.connectionId;
  }

  /** the account the connection authenticated as */
  get account(): UserAccount {
    return this.opts.account;
  }
  private get who(): { user: string; host: string } {
    return { user: this.opts.login.user, host: this.opts.login.host };
  }

  /** Run one statement (without its delimiter). */
  execute(sql: string): StatementResult | SqlError {
    this.server.questions = (this.server.questions ?? 0) + 1;
    this.statement = sql;
    const st = parseStatement(sql);
    if (st instanceof SqlError) return st;
    try {
      return this.run(st);
    } catch (e) {
      if (e instanceof EvalError) return e.error;
      throw e;
    }
  }

  private ctx(): EvalContext {
    const sysVars = this.sysVars;
    return {
      database: this.database,
      user: `${this.opts.login.user}@${this.opts.login.host}`,
      currentUser: `${this.account.user}@${this.account.host}`,
      lastInsertId: this.lastInsertId,
      connectionId: this.opts.connectionId,
      nowMs: this.opts.now(),
      userVars: this.userVars,
      noAutoValueOnZero: /NO_AUTO_VALUE_ON_ZERO/i.test(sysVars.sql_mode ?? ""),
      sysVar: (name) => {
        if (name in sysVars) {
          const v = sysVars[name];
          return /^-?\d+$/.test(v) ? Number(v) : v;
        }
        return ER.unknownSystemVariable(name);
      },
    };
  }

  private db(name: string): DatabaseState | undefined {
    return this.server.databases[name];
  }

  /** Find a table for `command` (SELECT, INSERT, ...), checking privileges first as the server does. */
  private table(ref: TableRef, command: string): { db: string; table: TableState } | SqlError {
    const dbName = ref.db ?? this.database;
    if (dbName === null) return ER.noDb();
    if (!hasPrivilege(this.account, command, dbName, ref.table)) {
      return ER.tableAccessDenied(command, this.who.user, this.who.host, dbName, ref.table);
    }
    if (dbName === "mysql" && ref.table.toLowerCase() === "user") return { db: dbName, table: this.userTable() };
    const db = this.db(dbName);
    const t = db?.tables[ref.table];
    if (!t) return ER.noSuchTable(dbName, ref.table);
    return { db: dbName, table: t };
  }

  /** mysql.user as a read-only view of the accounts */
  private userTable(): TableState {
    const col = (name: string, length: number) => ({ name, type: { base: "char" as const, length }, notNull: true, autoIncrement: false });
    return {
      name: "user",
      columns: [col("Host", 255), col("User", 128), col("Password", 41), col("plugin", 64), col("authentication_string", 255)],
      indexes: [],
      engine: "Aria",
      charset: "utf8mb3",
      collation: "utf8mb3_bin",
      autoIncrement: 1,
      rows: this.server.users.map((u) => [
        u.host,
        u.user,
        u.authString === "invalid" ? "invalid" : u.authString,
        u.unixSocket ? "mysql_native_password" : u.authString ? "mysql_native_password" : "",
        u.authString,
      ]),
    };
  }

  /** COM_SHUTDOWN (mysqladmin shutdown): the server checks the SHUTDOWN privilege, then stops */
  comShutdown(): SqlError | null {
    const denied = this.requireGlobal("SHUTDOWN");
    if (!denied) this.opts.shutdown?.();
    return denied;
  }

  /** COM_DEBUG (mysqladmin debug): SUPER; what it writes goes to the server's error log, not kept here */
  comDebug(): SqlError | null {
    return this.requireGlobal("SUPER");
  }

  private requireGlobal(priv: string): SqlError | null {
    return isGlobalAll(this.account) || hasPrivilege(this.account, priv) ? null : ER.specificAccessDenied(priv);
  }

  private run(st: Statement): StatementResult | SqlError {
    const ok = (affectedRows = 0, info?: string): StatementResult => ({ kind: "ok", affectedRows, info });
    switch (st.k) {
      case "select": {
        const r = runSelect(st, (ref, cmd) => this.table(ref, cmd), this.ctx());
        return r;
      }
      case "insert": {
        const found = this.table(st.table, "INSERT");
        if (found instanceof SqlError) return found;
        let rowsIn: Val[][] | undefined;
        if (st.select) {
          const sel = runSelect(st.select, (ref, cmd) => this.table(ref, cmd), this.ctx());
          if (sel instanceof SqlError) return sel;
          rowsIn = sel.rows;
        }
        const r = runInsert(
          { db: found.db, table: found.table, columns: st.columns, rows: rowsIn ?? st.rows, fromSelect: !!rowsIn, ignore: st.ignore, replace: st.replace },
          this.ctx(),
        );
        if (r instanceof SqlError) return r;
        if (r.lastInsertId !== undefined) this.lastInsertId = r.lastInsertId;
        return r.result;
      }
      case "update": {
        const found = this.table(st.table, "UPDATE");
        if (found instanceof SqlError) return found;
        return runUpdate(found.db, found.table, st.table.alias ?? st.table.table, st.sets, st.where, st.orderBy, st.limit, this.ctx());
      }
      case "delete": {
        const found = this.table(st.table, "DELETE");
        if (found instanceof SqlError) return found;
        return runDelete(found.db, found.table, st.table.alias ?? st.table.table, st.where, st.orderBy, st.limit, this.ctx());
      }
      case "create_db": {
        if (!hasPrivilege(this.account, "CREATE", st.name)) return ER.dbAccessDenied(this.who.user, this.who.host, st.name);
        if (this.db(st.name) || st.name.toLowerCase() === "information_schema") {
          return st.ifNotExists ? ok(0) : ER.dbCreateExists(st.name);
        }
        const charset = st.charset ?? (st.collation ? st.collation.split("_")[0] : "utf8mb4");
        this.server.databases[st.name] = {
          name: st.name,
          charset,
          collation: st.collation ?? defaultCollation(charset),
          tables: {},
        };
        return ok(1);
      }
      case "drop_db": {
        if (!hasPrivilege(this.account, "DROP", st.name)) return ER.dbAccessDenied(this.who.user, this.who.host, st.name);
        const db = this.db(st.name);
        if (!db) return st.ifExists ? ok(0) : ER.dbDropExists(st.name);
        const n = Object.keys(db.tables).length;
        delete this.server.databases[st.name];
        if (this.database === st.name) this.database = null;
        return ok(n);
      }
      case "use": {
        if (!this.db(st.db) && st.db.toLowerCase() !== "information_schema") {
          return canSeeDatabase(this.account, st.db) ? ER.badDb(st.db) : ER.dbAccessDenied(this.who.user, this.who.host, st.db);
        }
        if (!canSeeDatabase(this.account, st.db)) return ER.dbAccessDenied(this.who.user, this.who.host, st.db);
        this.database = st.db;
        return { kind: "ok", affectedRows: 0, database: st.db };
      }
      case "create_table": {
        const dbName = st.table.db ?? this.database;
        if (dbName === null) return ER.noDb();
        if (!hasPrivilege(this.account, "CREATE", dbName, st.table.table)) {
          return ER.tableAccessDenied("CREATE", this.who.user, this.who.host, dbName, st.table.table);
        }
        const db = this.db(dbName);
        if (!db) return ER.badDb(dbName);
        if (db.tables[st.table.table]) return st.ifNotExists ? ok(0) : ER.tableExists(st.table.table);
        if (st.like) {
          const src = this.table(st.like, "SELECT");
          if (src instanceof SqlError) return src;
          db.tables[st.table.table] = { ...structuredClone(src.table), name: st.table.table, rows: [], autoIncrement: 1 };
          return ok(0);
        }
        const t = buildTable({
          db: dbName,
          name: st.table.table,
          columns: st.columns,
          indexes: st.indexes,
          options: st.options,
          dbCharset: db.charset,
          dbCollation: db.collation,
        });
        if (t instanceof SqlError) return t;
        db.tables[t.name] = t;
        return ok(0);
      }
      case "drop_table": {
        const missing: string[] = [];
        for (const ref of st.tables) {
          const dbName = ref.db ?? this.database;
          if (dbName === null) return ER.noDb();
          if (!hasPrivilege(this.account, "DROP", dbName, ref.table)) {
            return ER.tableAccessDenied("DROP", this.who.user, this.who.host, dbName, ref.table);
          }
          const db = this.db(dbName);
          if (!db?.tables[ref.table]) missing.push(`${dbName}.${ref.table}`);
          else delete db.tables[ref.table];
        }
        if (missing.length && !st.ifExists) return ER.badTable(missing.join(","));
        return ok(0);
      }
      case "truncate": {
        const found = this.table(st.table, "DROP");
        if (found instanceof SqlError) return found;
        found.table.rows = [];
        found.table.autoIncrement = 1;
        return ok(0);
      }
      case "alter_table":
        return this.alterTable(st);
      case "rename_table": {
        for (const p of st.pairs) {
          const found = this.table(p.from, "ALTER");
          if (found instanceof SqlError) return found;
          const toDb = this.db(p.to.db ?? found.db);
          if (!toDb) return ER.badDb(p.to.db ?? found.db);
          if (toDb.tables[p.to.table]) return ER.tableExists(p.to.table);
          delete this.db(found.db)!.tables[found.table.name];
          found.table.name = p.to.table;
          toDb.tables[p.to.table] = found.table;
        }
        return ok(0);
      }
      case "show_databases": {
        const names = ["information_schema", ...Object.keys(this.server.databases)]
          .filter((n) => canSeeDatabase(this.account, n))
          .filter((n) => !st.like || likeMatch(n, st.like))
          .sort();
        return rows([text(st.like ? `Database (${st.like})` : "Database")], names.map((n) => [n]));
      }
      case "show_tables": {
        const dbName = st.db ?? this.database;
        if (dbName === null) return ER.noDb();
        if (!canSeeDatabase(this.account, dbName)) return ER.dbAccessDenied(this.who.user, this.who.host, dbName);
        const db = this.db(dbName);
        if (!db) return ER.badDb(dbName);
        const names = Object.keys(db.tables)
          .filter((n) => !st.like || likeMatch(n, st.like))
          .sort();
        const head = `Tables_in_${dbName}${st.like ? ` (${st.like})` : ""}`;
        if (st.full) return rows([text(head), text("Table_type")], names.map((n) => [n, "BASE TABLE"]));
        return rows([text(head)], names.map((n) => [n]));
      }
      case "show_columns": {
        const found = this.table(st.table, "SELECT");
        if (found instanceof SqlError) return found;
        const t = found.table;
        const keyOf = (name: string): string => {
          if (t.indexes.some((i) => i.kind === "primary" && i.columns.includes(name))) return "PRI";
          if (t.indexes.some((i) => i.kind === "unique" && i.columns[0] === name)) return "UNI";
          if (t.indexes.some((i) => i.columns[0] === name)) return "MUL";
          return "";
        };
        const data = t.columns
          .filter((c) => !st.like || likeMatch(c.name, st.like))
          .map((c) => [c.name, typeText(c.type), c.notNull ? "NO" : "YES", keyOf(c.name), describeDefault(c), c.autoIncrement ? "auto_increment" : ""]);
        return rows(["Field", "Type", "Null", "Key", "Default", "Extra"].map(text), data);
      }
      case "show_create_table": {
        const found = this.table(st.table, "SELECT");
        if (found instanceof SqlError) return found;
        return rows([text("Table"), text("Create Table")], [[found.table.name, showCreateTable(found.table)]]);
      }
      case "show_create_db": {
        if (!canSeeDatabase(this.account, st.name)) return ER.dbAccessDenied(this.who.user, this.who.host, st.name);
        const db = this.db(st.name);
        if (!db) return ER.badDb(st.name);
        const ine = st.ifNotExists ? "/*!32312 IF NOT EXISTS*/ " : "";
        return rows(
          [text("Database"), text("Create Database")],
          [[db.name, `CREATE DATABASE ${ine}\`${db.name}\` /*!40100 DEFAULT CHARACTER SET ${db.charset} COLLATE ${db.collation} */`]],
        );
      }
      case "show_grants": {
        const target = st.user && st.user.user !== "" ? this.server.users.find((u) => u.user === st.user!.user && u.host === st.user!.host) : this.account;
        if (!target) return ER.nonexistingGrant(st.user!.user, st.user!.host);
        if (target !== this.account && !hasPrivilege(this.account, "SELECT", "mysql")) return ER.dbAccessDenied(this.who.user, this.who.host, "mysql");
        const lines = showGrants(target);
        if (target.user === "root" && target.host === "localhost") lines.push("GRANT PROXY ON ``@`%` TO `root`@`localhost` WITH GRANT OPTION");
        return rows([text(`Grants for ${target.user}@${target.host}`)], lines.map((l) => [l]));
      }
      case "show_variables": {
        const names = Object.keys(this.sysVars)
          .filter((n) => !st.like || likeMatch(n, st.like))
          .sort();
        return rows([text("Variable_name"), text("Value")], names.map((n) => [n, this.sysVars[n]]));
      }
      case "show_warnings":
        return rows([text("Level"), { name: "Code", numeric: true }, text("Message")], []);
      case "show_status":
      case "show_table_status":
      case "show_index":
      case "show_processlist": {
        // the simulation's clients run one at a time: the asking connection is the only one
        const num = (name: string): ResultColumn => ({ name, numeric: true });
        const cols = [num("Id"), text("User"), text("Host"), text("db"), text("Command"), num("Time"), text("State"), text("Info"), num("Progress")];
        return rows(cols, [[String(this.connectionId), this.who.user, this.who.host, this.database, "Query", "0", "starting", this.statement, "0.000"]]);
      }
      case "show_engines":
        return ER.notSupported("this SHOW statement in the simulation");
      case "set": {
        const ctx = this.ctx();
        for (const a of st.assignments) {
          const v = evaluate(a.expr, [], ctx);
          if (a.target.kind === "user") this.userVars[a.target.name] = v;
          else {
            if (!(a.target.name in this.sysVars)) return ER.unknownSystemVariable(a.target.name);
            this.sysVars[a.target.name] = formatVal(v) ?? "";
          }
        }
        return ok(0);
      }
      case "set_names":
      case "lock_tables":
      case "unlock_tables":
      case "transaction":
      case "noop":
        return ok(0);
      case "flush":
        // every FLUSH the parser knows (PRIVILEGES, LOGS, TABLES, STATUS, HOSTS) needs RELOAD
        return this.requireGlobal("RELOAD") ?? ok(0);
      case "set_password": {
        const target = st.user && st.user.user !== "" ? findAccount(this.server, st.user.user, st.user.host) : this.account;
        if (!target || (st.user && target.host !== st.user.host)) return ER.passwordNoMatch();
        if (target !== this.account) {
          const denied = this.requireGlobal("CREATE USER");
          if (denied) return ER.dbAccessDenied(this.who.user, this.who.host, "mysql");
        }
        target.authString = st.hashed ? st.password : nativePasswordHash(st.password);
        return ok(0);
      }
      case "create_user": {
        const denied = this.requireGlobal("CREATE USER");
        if (denied) return denied;
        const failed: string[] = [];
        for (const u of st.users) {
          const existing = this.server.users.find((x) => x.user === u.user && x.host === u.host);
          if (existing && !st.orReplace) {
            if (!st.ifNotExists) failed.push(`'${u.user}'@'${u.host}'`);
            continue;
          }
          if (existing) this.server.users = this.server.users.filter((x) => x !== existing);
          this.server.users.push({
            user: u.user,
            host: u.host,
            authString: u.hash ?? (u.password !== undefined ? nativePasswordHash(u.password) : u.unixSocket ? "invalid" : ""),
            unixSocket: !!u.unixSocket,
            grants: [],
          });
        }
        return failed.length ? ER.cannotUser("CREATE USER", failed.join(",")) : ok(0);
      }
      case "drop_user": {
        const denied = this.requireGlobal("CREATE USER");
        if (denied) return denied;
        const failed: string[] = [];
        for (const u of st.users) {
          const before = this.server.users.length;
          this.server.users = this.server.users.filter((x) => !(x.user === u.user && x.host === u.host));
          if (this.server.users.length === before && !st.ifExists) failed.push(`'${u.user}'@'${u.host}'`);
        }
        return failed.length ? ER.cannotUser("DROP USER", failed.join(",")) : ok(0);
      }
      case "alter_user": {
        const denied = this.requireGlobal("CREATE USER");
        if (denied) return denied;
        for (const u of st.users) {
          const acct = this.server.users.find((x) => x.user === u.user && x.host === u.host);
          if (!acct) {
            if (st.ifExists) continue;
            return ER.cannotUser("ALTER USER", `'${u.user}'@'${u.host}'`);
          }
          if (u.password !== undefined) acct.authString = nativePasswordHash(u.password);
          if (u.hash !== undefined) acct.authString = u.hash;
          if (u.unixSocket) acct.unixSocket = true;
        }
        return ok(0);
      }
      case "grant": {
        const db = st.target.db === "" ? this.database ?? undefined : st.target.db;
        if (st.target.db === "" && this.database === null && st.target.table !== undefined) return ER.noDb();
        const mayGrant = isGlobalAll(this.account) || this.account.grants.some((g) => g.withGrantOption && (g.db === undefined || g.db === db));
        if (!mayGrant) return ER.dbAccessDenied(this.who.user, this.who.host, db ?? "mysql");
        for (const u of st.users) {
          let acct = this.server.users.find((x) => x.user === u.user && x.host === u.host);
          if (!acct) {
            if (u.password === undefined && u.hash === undefined) {
              return new SqlError(1133, "28000", "Can't find any matching row in the user table");
            }
            acct = { user: u.user, host: u.host, authString: "", unixSocket: false, grants: [] };
            this.server.users.push(acct);
          }
          if (u.password !== undefined) acct.authString = nativePasswordHash(u.password);
          if (u.hash !== undefined) acct.authString = u.hash;
          addGrant(acct, { db: st.target.db === undefined ? undefined : db, table: st.target.table }, st.privileges, st.withGrantOption);
        }
        return ok(0);
      }
      case "revoke": {
        const denied = this.requireGlobal("CREATE USER");
        if (denied) return denied;
        const db = st.target.db === "" ? this.database ?? undefined : st.target.db;
        for (const u of st.users) {
          const acct = this.server.users.find((x) => x.user === u.user && x.host === u.host);
          if (!acct || !removeGrant(acct, { db: st.target.db === undefined ? undefined : db, table: st.target.table }, st.privileges)) {
            return ER.nonexistingGrant(u.user, u.host);
          }
        }
        return ok(0);
      }
    }
  }

  private alterTable(st: Statement & { k: "alter_table" }): StatementResult | SqlError {
    const found = this.table(st.table, "ALTER");
    if (found instanceof SqlError) return found;
    const t = found.table;
    // DISABLE/ENABLE KEYS (mysqldump writes them around every table's rows) change nothing: no copy of the rows
    if (st.ops.every((op) => op.k === "keys" || op.k === "noop")) return { kind: "ok", affectedRows: 0, info: "Records: 0  Duplicates: 0  Warnings: 0" };
    const next = structuredClone(t);
    for (const op of st.ops) {
      switch (op.k) {
        case "keys":
        case "noop":
          break;
        case "auto_increment":
          next.autoIncrement = Math.max(op.value!, 1);
          break;
        case "add_column": {
          const col = op.column!;
          if (next.columns.some((c) => c.name.toLowerCase() === col.name.toLowerCase())) return ER.dupFieldName(col.name);
          let at = next.columns.length;
          if (op.first) at = 0;
          else if (op.after) {
            const k = next.columns.findIndex((c) => c.name.toLowerCase() === op.after!.toLowerCase());
            if (k < 0) return ER.badField(op.after, found.table.name);
            at = k + 1;
          }
          const fill = col.default && "value" in col.default ? col.default.value : col.notNull ? (col.type.base.includes("char") || col.type.base.includes("text") ? "" : "0") : null;
          next.columns.splice(at, 0, col);
          next.rows = next.rows.map((r) => [...r.slice(0, at), fill, ...r.slice(at)]);
          if (op.index) next.indexes.push(op.index);
          break;
        }
        case "drop_column": {
          const k = next.columns.findIndex((c) => c.name.toLowerCase() === op.name!.toLowerCase());
          if (k < 0) return new SqlError(1091, "42000", `Can't DROP COLUMN \`${op.name}\`; check that it exists`);
          const name = next.columns[k].name;
          next.columns.splice(k, 1);
          next.rows = next.rows.map((r) => [...r.slice(0, k), ...r.slice(k + 1)]);
          next.indexes = next.indexes
            .map((i) => ({ ...i, columns: i.columns.filter((c) => c !== name) }))
            .filter((i) => i.columns.length > 0);
          break;
        }
        case "modify_column": {
          const k = next.columns.findIndex((c) => c.name.toLowerCase() === op.name!.toLowerCase());
          if (k < 0) return ER.badField(op.name!, found.table.name);
          const oldName = next.columns[k].name;
          next.columns[k] = op.column!;
          next.indexes = next.indexes.map((i) => ({ ...i, columns: i.columns.map((c) => (c === oldName ? op.column!.name : c)) }));
          break;
        }
        case "add_index": {
          const idx = op.index!;
          if (idx.kind === "primary" && next.indexes.some((i) => i.kind === "primary")) return ER.multiplePk();
          next.indexes.push(idx);
          break;
        }
        case "drop_index": {
          const before = next.indexes.length;
          next.indexes = next.indexes.filter((i) => i.name.toLowerCase() !== op.name!.toLowerCase());
          if (before === next.indexes.length) return new SqlError(1091, "42000", `Can't DROP INDEX \`${op.name}\`; check that it exists`);
          break;
        }
        case "rename": {
          const toDb = this.db(op.to!.db ?? found.db);
          if (!toDb) return ER.badDb(op.to!.db ?? found.db);
          if (toDb.tables[op.to!.table]) return ER.tableExists(op.to!.table);
          delete this.db(found.db)!.tables[t.name];
          next.name = op.to!.table;
          toDb.tables[next.name] = next;
          return { kind: "ok", affectedRows: 0 };
        }
      }
    }
    const rebuilt = buildTable({
      db: found.db,
      name: next.name,
      columns: next.columns,
      indexes: next.indexes,
      options: { engine: next.engine, charset: next.charset, collation: next.collation, autoIncrement: next.autoIncrement },
      dbCharset: next.charset,
      dbCollation: next.collation,
    });
    if (rebuilt instanceof SqlError) return rebuilt;
    rebuilt.rows = next.rows;
    this.db(found.db)!.tables[t.name] = rebuilt;
    return { kind: "ok", affectedRows: 0, info: "Records: 0  Duplicates: 0  Warnings: 0" };
  }
}

export { SERVER_VERSION };
