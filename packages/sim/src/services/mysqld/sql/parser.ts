/**
 * A recursive-descent parser for the MariaDB subset the simulation runs
 * (statements in ast.ts). A syntax error reports the token where the real
 * parser would stop, so the "near '...'" text matches for the mistakes a
 * learner makes (a misspelt keyword, a missing operand, a stray comma).
 */
import { ER, type SqlError } from "../errors.js";
import type { ColumnDef, ColumnType, IndexDef } from "../state.js";
import type { AlterTableOp, Expr, GrantTarget, JoinClause, OrderItem, SelectItem, SelectStmt, Statement, TableRef, UserSpec } from "./ast.js";
import { nearText, type Token, tokenize } from "./lexer.js";
import { defaultDisplayWidth } from "./types.js";

/** Words that cannot be identifiers without backticks (the subset that matters here). */
const RESERVED = new Set(
  ("ADD ALL ALTER AND AS ASC BETWEEN BY CASE CHANGE CHARACTER CHECK COLLATE COLUMN CONSTRAINT CREATE CROSS " +
    "CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DATABASE DATABASES DEFAULT DELETE DESC DESCRIBE " +
    "DISTINCT DIV DROP DUAL ELSE EXISTS EXPLAIN FALSE FOR FOREIGN FROM FULLTEXT GRANT GROUP HAVING IF IGNORE IN " +
    "INDEX INNER INSERT INTERVAL INTO IS JOIN KEY KEYS KILL LEFT LIKE LIMIT LOCK MOD NATURAL NOT NULL ON OR ORDER " +
    "OUTER PRIMARY REFERENCES REGEXP RENAME REPLACE REVOKE RIGHT SCHEMA SCHEMAS SELECT SET SHOW TABLE THEN TO " +
    "TRUE UNION UNIQUE UNLOCK UNSIGNED UPDATE USE USING VALUES WHEN WHERE WITH XOR ZEROFILL")
    .split(" "),
);

class Fail {
  constructor(readonly tok: Token) {}
}

const TYPE_WORDS: Record<string, ColumnType["base"]> = {
  TINYINT: "tinyint", SMALLINT: "smallint", MEDIUMINT: "mediumint", INT: "int", INTEGER: "int", BIGINT: "bigint",
  DECIMAL: "decimal", NUMERIC: "decimal", DEC: "decimal", FIXED: "decimal", FLOAT: "float", DOUBLE: "double", REAL: "double",
  CHAR: "char", CHARACTER: "char", VARCHAR: "varchar", TINYTEXT: "tinytext", TEXT: "text", MEDIUMTEXT: "mediumtext",
  LONGTEXT: "longtext", DATE: "date", DATETIME: "datetime", TIMESTAMP: "timestamp", TIME: "time", YEAR: "year",
  ENUM: "enum", BLOB: "blob", TINYBLOB: "blob", MEDIUMBLOB: "blob", LONGBLOB: "blob", BOOL: "tinyint", BOOLEAN: "tinyint",
};

export function parseStatement(text: string): Statement | SqlError {
  const toks = tokenize(text);
  if (!Array.isArray(toks)) return toks;
  if (toks.length === 1) return ER.emptyQuery();
  const p = new Parser(text, toks);
  try {
    const st = p.statement();
    if (p.peek().value === ";") p.next();
    if (p.peek().type !== "eof") throw new Fail(p.peek());
    return st;
  } catch (e) {
    if (e instanceof Fail) return ER.parse(nearText(text, e.tok.pos), e.tok.line);
    throw e;
  }
}

class Parser {
  i = 0;
  constructor(
    readonly text: string,
    readonly toks: Token[],
  ) {}

  peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)];
  }
  next(): Token {
    return this.toks[this.i < this.toks.length - 1 ? this.i++ : this.i];
  }
  fail(): never {
    throw new Fail(this.peek());
  }
  isWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === "word" && t.value.toUpperCase() === w;
  }
  acceptWord(...ws: string[]): boolean {
    for (let k = 0; k < ws.length; k++) if (!this.isWord(ws[k], k)) return false;
    this.i += ws.length;
    return true;
  }
  word(...ws: string[]): void {
    for (const w of ws) {
      if (!this.isWord(w)) this.fail();
      this.i++;
    }
  }
  isOp(o: string): boolean {
    const t = this.peek();
    return t.type === "op" && t.value === o;
  }
  acceptOp(o: string): boolean {
    if (!this.isOp(o)) return false;
    this.i++;
    return true;
  }
  op(o: string): void {
    if (!this.acceptOp(o)) this.fail();
  }
  /** an identifier: a non-reserved word or a backticked name */
  ident(): string {
    const t = this.peek();
    if (t.type === "qident") return this.next().value;
    if (t.type === "word" && !RESERVED.has(t.value.toUpperCase())) return this.next().value;
    this.fail();
  }
  isIdent(): boolean {
    const t = this.peek();
    return t.type === "qident" || (t.type === "word" && !RESERVED.has(t.value.toUpperCase()));
  }
  /** a name that may also be given as a string ('user'@'host', database names in some places) */
  nameOrString(): string {
    if (this.peek().type === "string") return this.next().value;
    return this.ident();
  }
  int(): number {
    const t = this.peek();
    if (t.type !== "number" || !/^\d+$/.test(t.value)) this.fail();
    this.next();
    return Number(t.value);
  }
  string(): string {
    if (this.peek().type !== "string") this.fail();
    return this.next().value;
  }
  tableRef(): TableRef {
    const a = this.ident();
    if (this.isOp(".") ) {
      this.next();
      return { db: a, table: this.ident() };
    }
    return { table: a };
  }

  statement(): Statement {
    const t = this.peek();
    if (t.type === "op" && t.value === "(") this.fail();
    if (t.type !== "word") this.fail();
    const w = t.value.toUpperCase();
    switch (w) {
      case "SELECT":
        return this.select();
      case "INSERT":
      case "REPLACE":
        return this.insert();
      case "UPDATE":
        return this.update();
      case "DELETE":
        return this.delete();
      case "CREATE":
        return this.create();
      case "DROP":
        return this.drop();
      case "USE": {
        this.next();
        return { k: "use", db: this.ident() };
      }
      case "SHOW":
        return this.show();
      case "DESCRIBE":
      case "DESC":
      case "EXPLAIN": {
        this.next();
        const table = this.tableRef();
        let like: string | undefined;
        if (this.isIdent() || this.peek().type === "string") like = this.nameOrString();
        return { k: "show_columns", table, full: false, like };
      }
      case "SET":
        return this.set();
      case "LOCK":
        return this.lock();
      case "UNLOCK": {
        this.next();
        if (!this.acceptWord("TABLES") && !this.acceptWord("TABLE")) this.fail();
        return { k: "unlock_tables" };
      }
      case "START":
        this.next();
        this.word("TRANSACTION");
        while (this.peek().type !== "eof" && !this.isOp(";")) this.next();
        return { k: "transaction", what: "start" };
      case "BEGIN":
        this.next();
        this.acceptWord("WORK");
        return { k: "transaction", what: "start" };
      case "COMMIT":
      case "ROLLBACK":
        this.next();
        this.acceptWord("WORK");
        return { k: "transaction", what: w === "COMMIT" ? "commit" : "rollback" };
      case "TRUNCATE":
        this.next();
        this.acceptWord("TABLE");
        return { k: "truncate", table: this.tableRef() };
      case "ALTER":
        return this.alter();
      case "RENAME": {
        this.next();
        this.word("TABLE");
        const pairs: { from: TableRef; to: TableRef }[] = [];
        do {
          const from = this.tableRef();
          this.word("TO");
          pairs.push({ from, to: this.tableRef() });
        } while (this.acceptOp(","));
        return { k: "rename_table", pairs };
      }
      case "GRANT":
        return this.grant();
      case "REVOKE":
        return this.revoke();
      case "FLUSH":
        this.next();
        while (this.peek().type === "word" || this.isOp(",")) this.next();
        return { k: "flush" };
      case "ANALYZE":
      case "OPTIMIZE":
      case "CHECK":
        this.fail();
    }
    this.fail();
  }

  // ---- SELECT ----
  select(): SelectStmt {
    this.word("SELECT");
    const st: SelectStmt = { k: "select", distinct: false, items: [], joins: [], groupBy: [], orderBy: [] };
    for (;;) {
      if (this.acceptWord("DISTINCT") || this.acceptWord("DISTINCTROW")) st.distinct = true;
      else if (this.acceptWord("ALL")) continue;
      else if (this.peek().type === "word" && /^SQL_(NO_)?CACHE$|^SQL_CALC_FOUND_ROWS$|^STRAIGHT_JOIN$|^HIGH_PRIORITY$/i.test(this.peek().value)) this.next();
      else break;
    }
    do st.items.push(this.selectItem());
    while (this.acceptOp(","));
    if (this.acceptWord("FROM")) {
      if (this.acceptWord("DUAL")) {
        // SELECT ... FROM DUAL: no table
      } else {
        st.from = this.aliasedTable();
        for (;;) {
          const j = this.join();
          if (!j) {
            if (this.acceptOp(",")) {
              st.joins.push({ kind: "cross", ref: this.aliasedTable() });
              continue;
            }
            break;
          }
          st.joins.push(j);
        }
      }
    }
    if (this.acceptWord("WHERE")) st.where = this.expr();
    if (this.acceptWord("GROUP", "BY")) {
      do st.groupBy.push(this.expr());
      while (this.acceptOp(","));
    }
    if (this.acceptWord("HAVING")) st.having = this.expr();
    if (this.acceptWord("ORDER", "BY")) st.orderBy = this.orderList();
    if (this.acceptWord("LIMIT")) st.limit = this.limit();
    if (this.acceptWord("FOR", "UPDATE") || this.acceptWord("LOCK", "IN", "SHARE", "MODE")) {
      // locking reads: nothing to lock in a single-session server
    }
    return st;
  }

  limit(): { count: number; offset: number } {
    const a = this.int();
    if (this.acceptOp(",")) return { offset: a, count: this.int() };
    if (this.acceptWord("OFFSET")) return { count: a, offset: this.int() };
    return { count: a, offset: 0 };
  }

  orderList(): OrderItem[] {
    const out: OrderItem[] = [];
    do {
      const expr = this.expr();
      let desc = false;
      if (this.acceptWord("DESC")) desc = true;
      else this.acceptWord("ASC");
      out.push({ expr, desc });
    } while (this.acceptOp(","));
    return out;
  }

  selectItem(): SelectItem {
    const start = this.peek();
    if (this.isOp("*")) {
      this.next();
      return { expr: { k: "star" }, text: "*" };
    }
    if (this.isIdent() && this.peek(1).value === "." && this.peek(2).value === "*" && this.peek(2).type === "op") {
      const table = this.ident();
      this.next();
      this.next();
      return { expr: { k: "star", table }, text: `${table}.*` };
    }
    const expr = this.expr();
    const end = this.toks[this.i - 1];
    let text = this.text.slice(start.pos, end.pos + this.tokLen(end));
    if (expr.k === "lit" && typeof expr.v === "string") text = expr.v;
    let alias: string | undefined;
    if (this.acceptWord("AS")) alias = this.peek().type === "string" ? this.next().value : this.ident();
    else if (this.isIdent() || this.peek().type === "string") alias = this.nameOrString();
    return { expr, alias, text };
  }

  /** source length of a token (its text in the statement) */
  tokLen(t: Token): number {
    const nextTok = this.toks[this.toks.indexOf(t) + 1];
    let raw = this.text.slice(t.pos, nextTok ? nextTok.pos : this.text.length);
    raw = raw.replace(/\s+$/, "");
    // strip a trailing comment that sat between this token and the next
    const c = raw.search(/\s(--\s|#|\/\*)/);
    return c > 0 && t.type !== "string" && t.type !== "qident" ? c : raw.length;
  }

  aliasedTable(): TableRef {
    const ref = this.tableRef();
    if (this.acceptWord("AS")) ref.alias = this.ident();
    else if (this.isIdent() && !this.isJoinWord()) ref.alias = this.ident();
    return ref;
  }

  isJoinWord(): boolean {
    return ["LEFT", "RIGHT", "INNER", "CROSS", "JOIN", "NATURAL", "STRAIGHT_JOIN"].some((w) => this.isWord(w));
  }

  join(): JoinClause | null {
    let kind: JoinClause["kind"];
    if (this.acceptWord("JOIN") || this.acceptWord("INNER", "JOIN") || this.acceptWord("STRAIGHT_JOIN")) kind = "inner";
    else if (this.acceptWord("CROSS", "JOIN")) kind = "cross";
    else if (this.acceptWord("LEFT", "JOIN") || this.acceptWord("LEFT", "OUTER", "JOIN")) kind = "left";
    else if (this.acceptWord("RIGHT", "JOIN") || this.acceptWord("RIGHT", "OUTER", "JOIN")) kind = "right";
    else return null;
    const ref = this.aliasedTable();
    const j: JoinClause = { kind, ref };
    if (this.acceptWord("ON")) j.on = this.expr();
    else if (this.acceptWord("USING")) {
      this.op("(");
      j.using = [];
      do j.using.push(this.ident());
      while (this.acceptOp(","));
      this.op(")");
    } else if (kind === "left" || kind === "right") this.fail();
    return j;
  }

  // ---- expressions, loosest first ----
  expr(): Expr {
    let l = this.xorExpr();
    while (this.acceptWord("OR") || this.acceptOp("||")) l = { k: "bin", op: "OR", l, r: this.xorExpr() };
    return l;
  }
  xorExpr(): Expr {
    let l = this.andExpr();
    while (this.acceptWord("XOR")) l = { k: "bin", op: "XOR", l, r: this.andExpr() };
    return l;
  }
  andExpr(): Expr {
    let l = this.notExpr();
    while (this.acceptWord("AND") || this.acceptOp("&&")) l = { k: "bin", op: "AND", l, r: this.notExpr() };
    return l;
  }
  notExpr(): Expr {
    if (this.acceptWord("NOT")) return { k: "un", op: "NOT", e: this.notExpr() };
    return this.predicate();
  }
  predicate(): Expr {
    let l = this.bitOr();
    for (;;) {
      const t = this.peek();
      if (t.type === "op" && ["=", "<=>", "<>", "!=", "<", ">", "<=", ">="].includes(t.value)) {
        this.next();
        l = { k: "bin", op: t.value === "!=" ? "<>" : t.value, l, r: this.bitOr() };
        continue;
      }
      if (this.isWord("IS")) {
        this.next();
        const not = this.acceptWord("NOT");
        if (this.acceptWord("NULL")) l = { k: "isnull", e: l, not };
        else if (this.acceptWord("TRUE")) l = { k: "istruth", e: l, not, value: true };
        else if (this.acceptWord("FALSE")) l = { k: "istruth", e: l, not, value: false };
        else this.fail();
        continue;
      }
      const not = this.isWord("NOT") && (this.isWord("IN", 1) || this.isWord("LIKE", 1) || this.isWord("BETWEEN", 1) || this.isWord("REGEXP", 1));
      if (not) this.next();
      if (this.acceptWord("IN")) {
        this.op("(");
        const list: Expr[] = [];
        do list.push(this.expr());
        while (this.acceptOp(","));
        this.op(")");
        l = { k: "in", e: l, list, not };
        continue;
      }
      if (this.acceptWord("LIKE")) {
        l = { k: "like", e: l, pattern: this.bitOr(), not };
        if (this.acceptWord("ESCAPE")) this.bitOr();
        continue;
      }
      if (this.acceptWord("BETWEEN")) {
        const lo = this.bitOr();
        this.word("AND");
        l = { k: "between", e: l, lo, hi: this.bitOr(), not };
        continue;
      }
      if (not) this.fail();
      return l;
    }
  }
  bitOr(): Expr {
    let l = this.bitAnd();
    while (this.isOp("|")) {
      this.next();
      l = { k: "bin", op: "|", l, r: this.bitAnd() };
    }
    return l;
  }
  bitAnd(): Expr {
    let l = this.additive();
    while (this.isOp("&")) {
      this.next();
      l = { k: "bin", op: "&", l, r: this.additive() };
    }
    return l;
  }
  additive(): Expr {
    let l = this.multiplicative();
    for (;;) {
      if (this.isOp("+") || this.isOp("-")) {
        const op = this.next().value;
        if (this.isWord("INTERVAL")) {
          this.next();
          const e = this.expr();
          const unit = this.next().value.toUpperCase();
          l = { k: "fn", name: op === "+" ? "DATE_ADD" : "DATE_SUB", args: [l, { k: "interval", e, unit }] };
          continue;
        }
        l = { k: "bin", op, l, r: this.multiplicative() };
      } else return l;
    }
  }
  multiplicative(): Expr {
    let l = this.unary();
    for (;;) {
      if (this.isOp("*") || this.isOp("/") || this.isOp("%")) l = { k: "bin", op: this.next().value, l, r: this.unary() };
      else if (this.isWord("DIV") || this.isWord("MOD")) l = { k: "bin", op: this.next().value.toUpperCase() === "DIV" ? "DIV" : "%", l, r: this.unary() };
      else return l;
    }
  }
  unary(): Expr {
    if (this.acceptOp("-")) return { k: "un", op: "-", e: this.unary() };
    if (this.acceptOp("+")) return this.unary();
    if (this.acceptOp("!")) return { k: "un", op: "NOT", e: this.unary() };
    if (this.acceptOp("~")) return { k: "un", op: "~", e: this.unary() };
    return this.primary();
  }
  primary(): Expr {
    const t = this.peek();
    switch (t.type) {
      case "number":
        this.next();
        return { k: "lit", v: { num: t.value } };
      case "string": {
        this.next();
        let s = t.value;
        // adjacent string literals concatenate
        while (this.peek().type === "string") s += this.next().value;
        return { k: "lit", v: s };
      }
      case "sysvar":
        this.next();
        return { k: "sysvar", name: t.value.replace(/^(session|global|local)\./i, "").toLowerCase() };
      case "uservar":
        this.next();
        return { k: "uservar", name: t.value.toLowerCase() };
      case "op":
        if (t.value === "(") {
          this.next();
          if (this.isWord("SELECT")) this.fail();
          const e = this.expr();
          this.op(")");
          return e;
        }
        this.fail();
      case "qident":
        return this.columnRef();
      case "word": {
        const w = t.value.toUpperCase();
        if (w === "NULL") {
          this.next();
          return { k: "lit", v: null };
        }
        if (w === "TRUE" || w === "FALSE") {
          this.next();
          return { k: "lit", v: { num: w === "TRUE" ? "1" : "0" } };
        }
        if (w === "CASE") return this.caseExpr();
        if (w === "INTERVAL") this.fail();
        if (this.peek(1).type === "op" && this.peek(1).value === "(") return this.call();
        if (["CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_USER", "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP", "UTC_DATE"].includes(w)) {
          this.next();
          return { k: "fn", name: w === "LOCALTIME" || w === "LOCALTIMESTAMP" ? "NOW" : w === "CURRENT_TIMESTAMP" ? "NOW" : w, args: [] };
        }
        if ((w === "DATE" || w === "TIMESTAMP" || w === "TIME") && this.peek(1).type === "string") {
          this.next();
          return { k: "fn", name: w, args: [{ k: "lit", v: this.next().value }] };
        }
        if (RESERVED.has(w)) this.fail();
        return this.columnRef();
      }
      default:
        this.fail();
    }
  }
  columnRef(): Expr {
    const start = this.peek();
    const a = this.ident();
    if (this.isOp(".")) {
      this.next();
      if (this.isOp("*")) this.fail();
      const b = this.ident();
      if (this.isOp(".")) {
        this.next();
        const c = this.ident();
        return { k: "col", table: b, name: c, text: this.text.slice(start.pos, this.toks[this.i - 1].pos + this.tokLen(this.toks[this.i - 1])) };
      }
      return { k: "col", table: a, name: b, text: `${a}.${b}` };
    }
    return { k: "col", name: a, text: a };
  }
  caseExpr(): Expr {
    this.word("CASE");
    const node: Expr & { k: "case" } = { k: "case", whens: [] };
    if (!this.isWord("WHEN")) node.operand = this.expr();
    while (this.acceptWord("WHEN")) {
      const when = this.expr();
      this.word("THEN");
      node.whens.push({ when, then: this.expr() });
    }
    if (node.whens.length === 0) this.fail();
    if (this.acceptWord("ELSE")) node.else = this.expr();
    this.word("END");
    return node;
  }
  call(): Expr {
    const name = this.next().value.toUpperCase();
    this.op("(");
    const node: Expr & { k: "fn" } = { k: "fn", name, args: [] };
    if (this.isOp("*") && ["COUNT"].includes(name)) {
      this.next();
      node.star = true;
      this.op(")");
      return node;
    }
    if (this.acceptWord("DISTINCT")) node.distinct = true;
    if (!this.isOp(")")) {
      do {
        node.args.push(this.expr());
        if (name === "CAST" || name === "CONVERT") {
          if (this.acceptWord("AS") || this.acceptOp(",")) {
            const type = this.next().value.toUpperCase();
            if (this.acceptOp("(")) {
              while (!this.isOp(")") && this.peek().type !== "eof") this.next();
              this.op(")");
            }
            node.args.push({ k: "lit", v: type });
          }
        }
      } while (this.acceptOp(","));
    }
    this.op(")");
    return node;
  }

  // ---- INSERT / UPDATE / DELETE ----
  insert(): Statement {
    const replace = this.next().value.toUpperCase() === "REPLACE";
    while (this.acceptWord("LOW_PRIORITY") || this.acceptWord("DELAYED") || this.acceptWord("HIGH_PRIORITY"));
    const ignore = this.acceptWord("IGNORE");
    this.acceptWord("INTO");
    const table = this.tableRef();
    let columns: string[] | undefined;
    if (this.isOp("(") && !this.isWord("SELECT", 1)) {
      this.next();
      columns = [];
      if (!this.isOp(")")) {
        do columns.push(this.ident());
        while (this.acceptOp(","));
      }
      this.op(")");
    }
    if (this.acceptWord("SET")) {
      const cols: string[] = [];
      const row: Expr[] = [];
      do {
        cols.push(this.ident());
        this.op("=");
        row.push(this.valueExpr());
      } while (this.acceptOp(","));
      return { k: "insert", table, columns: cols, rows: [row], ignore, replace };
    }
    if (this.isWord("SELECT")) return { k: "insert", table, columns, rows: [], ignore, replace, select: this.select() };
    if (!this.acceptWord("VALUES") && !this.acceptWord("VALUE")) this.fail();
    const rows: Expr[][] = [];
    do {
      this.op("(");
      const row: Expr[] = [];
      if (!this.isOp(")")) {
        do row.push(this.valueExpr());
        while (this.acceptOp(","));
      }
      this.op(")");
      rows.push(row);
    } while (this.acceptOp(","));
    if (this.acceptWord("ON", "DUPLICATE", "KEY", "UPDATE")) this.fail();
    return { k: "insert", table, columns, rows, ignore, replace };
  }
  /** a value in VALUES / SET: an expression or DEFAULT */
  valueExpr(): Expr {
    if (this.isWord("DEFAULT") && !(this.peek(1).type === "op" && this.peek(1).value === "(")) {
      this.next();
      return { k: "fn", name: "__DEFAULT", args: [] };
    }
    return this.expr();
  }
  update(): Statement {
    this.word("UPDATE");
    this.acceptWord("LOW_PRIORITY");
    this.acceptWord("IGNORE");
    const table = this.aliasedTable();
    this.word("SET");
    const sets: { column: string; expr: Expr }[] = [];
    do {
      let column = this.ident();
      if (this.acceptOp(".")) column = this.ident();
      this.op("=");
      sets.push({ column, expr: this.valueExpr() });
    } while (this.acceptOp(","));
    const where = this.acceptWord("WHERE") ? this.expr() : undefined;
    const orderBy = this.acceptWord("ORDER", "BY") ? this.orderList() : [];
    const limit = this.acceptWord("LIMIT") ? this.int() : undefined;
    return { k: "update", table, sets, where, orderBy, limit };
  }
  delete(): Statement {
    this.word("DELETE");
    this.acceptWord("LOW_PRIORITY");
    this.acceptWord("QUICK");
    this.acceptWord("IGNORE");
    this.word("FROM");
    const table = this.aliasedTable();
    const where = this.acceptWord("WHERE") ? this.expr() : undefined;
    const orderBy = this.acceptWord("ORDER", "BY") ? this.orderList() : [];
    const limit = this.acceptWord("LIMIT") ? this.int() : undefined;
    return { k: "delete", table, where, orderBy, limit };
  }

  // ---- DDL ----
  create(): Statement {
    this.word("CREATE");
    const orReplace = this.acceptWord("OR", "REPLACE");
    if (this.acceptWord("DATABASE") || this.acceptWord("SCHEMA")) {
      const ifNotExists = this.acceptWord("IF", "NOT", "EXISTS");
      const name = this.ident();
      const o = this.dbOptions();
      return { k: "create_db", name, ifNotExists, ...o };
    }
    if (this.acceptWord("USER")) {
      const ifNotExists = this.acceptWord("IF", "NOT", "EXISTS");
      const users: UserSpec[] = [];
      do users.push(this.userSpec());
      while (this.acceptOp(","));
      return { k: "create_user", users, ifNotExists, orReplace };
    }
    this.acceptWord("TEMPORARY");
    if (!this.acceptWord("TABLE")) this.fail();
    const ifNotExists = this.acceptWord("IF", "NOT", "EXISTS");
    const table = this.tableRef();
    if (this.acceptWord("LIKE")) return { k: "create_table", table, ifNotExists, columns: [], indexes: [], options: {}, like: this.tableRef() };
    this.op("(");
    const columns: ColumnDef[] = [];
    const indexes: IndexDef[] = [];
    do {
      if (this.isWord("PRIMARY") || this.isWord("KEY") || this.isWord("INDEX") || this.isWord("UNIQUE") || this.isWord("CONSTRAINT") || this.isWord("FOREIGN") || this.isWord("FULLTEXT")) {
        const idx = this.indexDef();
        if (idx) indexes.push(idx);
      } else {
        const { column, inlineIndex } = this.columnDef();
        columns.push(column);
        if (inlineIndex) indexes.push(inlineIndex);
      }
    } while (this.acceptOp(","));
    this.op(")");
    const options: { engine?: string; charset?: string; collation?: string; autoIncrement?: number } = {};
    for (;;) {
      this.acceptOp(",");
      if (this.acceptWord("ENGINE") || this.acceptWord("TYPE")) {
        this.acceptOp("=");
        options.engine = this.nameOrString();
      } else if (this.acceptWord("AUTO_INCREMENT")) {
        this.acceptOp("=");
        options.autoIncrement = this.int();
      } else if (this.isWord("DEFAULT") || this.isWord("CHARSET") || this.isWord("CHARACTER") || this.isWord("COLLATE")) {
        this.acceptWord("DEFAULT");
        if (this.acceptWord("CHARSET") || this.acceptWord("CHARACTER", "SET")) {
          this.acceptOp("=");
          options.charset = this.nameOrString().toLowerCase();
        } else if (this.acceptWord("COLLATE")) {
          this.acceptOp("=");
          options.collation = this.nameOrString().toLowerCase();
        } else this.fail();
      } else if (this.isWord("COMMENT") || this.isWord("ROW_FORMAT") || this.isWord("PAGE_CHECKSUM") || this.isWord("TRANSACTIONAL") || this.isWord("KEY_BLOCK_SIZE")) {
        this.next();
        this.acceptOp("=");
        this.next();
      } else break;
    }
    return { k: "create_table", table, ifNotExists, columns, indexes, options };
  }
  dbOptions(): { charset?: string; collation?: string } {
    const o: { charset?: string; collation?: string } = {};
    for (;;) {
      this.acceptWord("DEFAULT");
      if (this.acceptWord("CHARACTER", "SET") || this.acceptWord("CHARSET")) {
        this.acceptOp("=");
        o.charset = this.nameOrString().toLowerCase();
      } else if (this.acceptWord("COLLATE")) {
        this.acceptOp("=");
        o.collation = this.nameOrString().toLowerCase();
      } else return o;
    }
  }
  indexColumns(): string[] {
    this.op("(");
    const cols: string[] = [];
    do {
      cols.push(this.ident());
      if (this.acceptOp("(")) {
        this.int();
        this.op(")");
      }
      this.acceptWord("ASC") || this.acceptWord("DESC");
    } while (this.acceptOp(","));
    this.op(")");
    return cols;
  }
  indexDef(): IndexDef | null {
    if (this.acceptWord("CONSTRAINT")) {
      if (this.isIdent()) this.ident();
    }
    if (this.acceptWord("PRIMARY")) {
      this.word("KEY");
      if (this.acceptWord("USING")) this.next();
      return { name: "PRIMARY", kind: "primary", columns: this.indexColumns() };
    }
    if (this.acceptWord("FOREIGN")) {
      this.word("KEY");
      if (this.isIdent()) this.ident();
      this.indexColumns();
      this.word("REFERENCES");
      this.tableRef();
      this.indexColumns();
      while (this.acceptWord("ON")) {
        this.next();
        if (!this.acceptWord("NO", "ACTION") && !this.acceptWord("SET", "NULL")) this.next();
      }
      return null;
    }
    const unique = this.acceptWord("UNIQUE");
    this.acceptWord("FULLTEXT");
    if (!this.acceptWord("KEY") && !this.acceptWord("INDEX") && !unique) this.fail();
    const name = this.isIdent() ? this.ident() : "";
    const columns = this.indexColumns();
    return { name: name || columns[0], kind: unique ? "unique" : "key", columns };
  }
  columnType(): ColumnType {
    const t = this.peek();
    if (t.type !== "word") this.fail();
    const w = t.value.toUpperCase();
    const base = TYPE_WORDS[w];
    if (!base) this.fail();
    this.next();
    const type: ColumnType = { base };
    if (w === "BOOL" || w === "BOOLEAN") {
      type.length = 1;
      return type;
    }
    if (w === "DOUBLE") this.acceptWord("PRECISION");
    if (w === "CHARACTER" && this.acceptWord("VARYING")) type.base = "varchar";
    if (base === "enum") {
      this.op("(");
      type.values = [];
      do type.values.push(this.string());
      while (this.acceptOp(","));
      this.op(")");
      return type;
    }
    if (this.acceptOp("(")) {
      type.length = this.int();
      if (this.acceptOp(",")) type.scale = this.int();
      this.op(")");
    } else if (base === "varchar") this.fail();
    for (;;) {
      if (this.acceptWord("UNSIGNED")) type.unsigned = true;
      else if (this.acceptWord("SIGNED")) continue;
      else if (this.acceptWord("ZEROFILL")) {
        type.zerofill = true;
        type.unsigned = true;
      } else break;
    }
    if (base === "decimal") {
      type.length ??= 10;
      type.scale ??= 0;
    }
    if (base === "char") type.length ??= 1;
    if (["tinyint", "smallint", "mediumint", "int", "bigint"].includes(base)) type.length ??= defaultDisplayWidth(base, !!type.unsigned);
    return type;
  }
  columnDef(): { column: ColumnDef; inlineIndex?: IndexDef } {
    const name = this.ident();
    const type = this.columnType();
    const column: ColumnDef = { name, type, notNull: false, autoIncrement: false };
    let inlineIndex: IndexDef | undefined;
    for (;;) {
      if (this.acceptWord("NOT", "NULL")) column.notNull = true;
      else if (this.acceptWord("NULL")) column.notNull = false;
      else if (this.acceptWord("DEFAULT")) {
        const neg = this.acceptOp("-");
        const t = this.peek();
        if (t.type === "string") column.default = { value: this.next().value };
        else if (t.type === "number") column.default = { value: (neg ? "-" : "") + this.next().value };
        else if (this.acceptWord("NULL")) column.default = { value: null };
        else if (this.isWord("CURRENT_TIMESTAMP") || this.isWord("NOW")) {
          this.next();
          if (this.acceptOp("(")) this.op(")");
          column.default = { expr: "current_timestamp" };
        } else if (this.acceptWord("TRUE")) column.default = { value: "1" };
        else if (this.acceptWord("FALSE")) column.default = { value: "0" };
        else this.fail();
      } else if (this.acceptWord("AUTO_INCREMENT")) column.autoIncrement = true;
      else if (this.acceptWord("PRIMARY", "KEY") || (this.isWord("KEY") && this.acceptWord("KEY"))) {
        column.notNull = true;
        inlineIndex = { name: "PRIMARY", kind: "primary", columns: [name] };
      } else if (this.acceptWord("UNIQUE")) {
        this.acceptWord("KEY");
        inlineIndex = { name, kind: "unique", columns: [name] };
      } else if (this.acceptWord("COMMENT")) column.comment = this.string();
      else if (this.acceptWord("CHARACTER", "SET") || this.acceptWord("CHARSET") || this.acceptWord("COLLATE")) this.nameOrString();
      else if (this.acceptWord("ON", "UPDATE")) {
        this.next();
        if (this.acceptOp("(")) this.op(")");
      } else break;
    }
    return { column, inlineIndex };
  }
  drop(): Statement {
    this.word("DROP");
    if (this.acceptWord("DATABASE") || this.acceptWord("SCHEMA")) {
      const ifExists = this.acceptWord("IF", "EXISTS");
      return { k: "drop_db", name: this.ident(), ifExists };
    }
    if (this.acceptWord("USER")) {
      const ifExists = this.acceptWord("IF", "EXISTS");
      const users: { user: string; host: string }[] = [];
      do users.push(this.userName());
      while (this.acceptOp(","));
      return { k: "drop_user", users, ifExists };
    }
    this.acceptWord("TEMPORARY");
    if (!this.acceptWord("TABLE") && !this.acceptWord("TABLES")) this.fail();
    const ifExists = this.acceptWord("IF", "EXISTS");
    const tables: TableRef[] = [];
    do tables.push(this.tableRef());
    while (this.acceptOp(","));
    this.acceptWord("RESTRICT") || this.acceptWord("CASCADE");
    return { k: "drop_table", tables, ifExists };
  }
  alter(): Statement {
    this.word("ALTER");
    if (this.acceptWord("USER")) {
      const ifExists = this.acceptWord("IF", "EXISTS");
      const users: UserSpec[] = [];
      do users.push(this.userSpec());
      while (this.acceptOp(","));
      return { k: "alter_user", users, ifExists };
    }
    this.acceptWord("IGNORE");
    this.word("TABLE");
    const table = this.tableRef();
    const ops: AlterTableOp[] = [];
    do {
      if (this.acceptWord("DISABLE", "KEYS") || this.acceptWord("ENABLE", "KEYS")) ops.push({ k: "keys" });
      else if (this.acceptWord("ADD")) {
        if (this.isWord("PRIMARY") || this.isWord("KEY") || this.isWord("INDEX") || this.isWord("UNIQUE") || this.isWord("CONSTRAINT") || this.isWord("FOREIGN")) {
          const index = this.indexDef();
          ops.push(index ? { k: "add_index", index } : { k: "noop" });
        } else {
          this.acceptWord("COLUMN");
          const { column, inlineIndex } = this.columnDef();
          const op: AlterTableOp = { k: "add_column", column, index: inlineIndex };
          if (this.acceptWord("FIRST")) op.first = true;
          else if (this.acceptWord("AFTER")) op.after = this.ident();
          ops.push(op);
        }
      } else if (this.acceptWord("DROP")) {
        if (this.acceptWord("PRIMARY", "KEY")) ops.push({ k: "drop_index", name: "PRIMARY" });
        else if (this.acceptWord("INDEX") || this.acceptWord("KEY")) ops.push({ k: "drop_index", name: this.ident() });
        else {
          this.acceptWord("COLUMN");
          ops.push({ k: "drop_column", name: this.ident() });
        }
      } else if (this.acceptWord("MODIFY")) {
        this.acceptWord("COLUMN");
        const { column } = this.columnDef();
        ops.push({ k: "modify_column", column, name: column.name });
      } else if (this.acceptWord("CHANGE")) {
        this.acceptWord("COLUMN");
        const old = this.ident();
        const { column } = this.columnDef();
        ops.push({ k: "modify_column", column, name: old });
      } else if (this.acceptWord("RENAME")) {
        this.acceptWord("TO") || this.acceptWord("AS");
        ops.push({ k: "rename", to: this.tableRef() });
      } else if (this.acceptWord("AUTO_INCREMENT")) {
        this.acceptOp("=");
        ops.push({ k: "auto_increment", value: this.int() });
      } else if (this.acceptWord("ENGINE")) {
        this.acceptOp("=");
        this.ident();
        ops.push({ k: "noop" });
      } else this.fail();
    } while (this.acceptOp(","));
    return { k: "alter_table", table, ops };
  }

  // ---- SHOW ----
  show(): Statement {
    this.word("SHOW");
    if (this.acceptWord("DATABASES") || this.acceptWord("SCHEMAS")) return { k: "show_databases", like: this.likeClause() };
    const full = this.acceptWord("FULL");
    if (this.acceptWord("TABLES")) {
      const db = this.acceptWord("FROM") || this.acceptWord("IN") ? this.ident() : undefined;
      return { k: "show_tables", db, like: this.likeClause(), full };
    }
    if (this.acceptWord("COLUMNS") || this.acceptWord("FIELDS")) {
      if (!this.acceptWord("FROM") && !this.acceptWord("IN")) this.fail();
      const table = this.tableRef();
      if (this.acceptWord("FROM") || this.acceptWord("IN")) table.db = this.ident();
      return { k: "show_columns", table, full, like: this.likeClause() };
    }
    if (this.acceptWord("PROCESSLIST")) return { k: "show_processlist" };
    if (full) this.fail();
    if (this.acceptWord("CREATE")) {
      if (this.acceptWord("TABLE")) return { k: "show_create_table", table: this.tableRef() };
      if (this.acceptWord("DATABASE") || this.acceptWord("SCHEMA")) {
        const ifNotExists = this.acceptWord("IF", "NOT", "EXISTS");
        return { k: "show_create_db", name: this.ident(), ifNotExists };
      }
      this.fail();
    }
    if (this.acceptWord("GRANTS")) {
      if (this.acceptWord("FOR")) {
        if (this.acceptWord("CURRENT_USER")) {
          if (this.acceptOp("(")) this.op(")");
          return { k: "show_grants" };
        }
        return { k: "show_grants", user: this.userName() };
      }
      return { k: "show_grants" };
    }
    const global = this.acceptWord("GLOBAL");
    if (!global) this.acceptWord("SESSION");
    if (this.acceptWord("VARIABLES")) return { k: "show_variables", like: this.likeClause(), global };
    if (this.acceptWord("STATUS")) {
      this.likeClause();
      return { k: "show_status" };
    }
    if (this.acceptWord("TABLE", "STATUS")) {
      const db = this.acceptWord("FROM") || this.acceptWord("IN") ? this.ident() : undefined;
      return { k: "show_table_status", db, like: this.likeClause() };
    }
    if (this.acceptWord("INDEX") || this.acceptWord("INDEXES") || this.acceptWord("KEYS")) {
      if (!this.acceptWord("FROM") && !this.acceptWord("IN")) this.fail();
      const table = this.tableRef();
      if (this.acceptWord("FROM") || this.acceptWord("IN")) table.db = this.ident();
      return { k: "show_index", table };
    }
    if (this.acceptWord("WARNINGS")) return { k: "show_warnings" };
    if (this.acceptWord("ENGINES")) return { k: "show_engines" };
    if (this.acceptWord("PROCESSLIST")) return { k: "show_processlist" };
    this.fail();
  }
  likeClause(): string | undefined {
    if (this.acceptWord("LIKE")) return this.string();
    return undefined;
  }

  // ---- SET, LOCK ----
  set(): Statement {
    this.word("SET");
    if (this.acceptWord("NAMES")) {
      this.nameOrString();
      if (this.acceptWord("COLLATE")) this.nameOrString();
      return { k: "set_names" };
    }
    if (this.acceptWord("PASSWORD")) {
      let user: { user: string; host: string } | undefined;
      if (this.acceptWord("FOR")) user = this.userName();
      this.op("=");
      if (this.acceptWord("PASSWORD")) {
        this.op("(");
        const password = this.string();
        this.op(")");
        return { k: "set_password", user, password, hashed: false };
      }
      return { k: "set_password", user, password: this.string(), hashed: true };
    }
    if (this.acceptWord("CHARACTER", "SET") || this.acceptWord("CHARSET")) {
      this.nameOrString();
      return { k: "set_names" };
    }
    if (this.acceptWord("SESSION", "TRANSACTION") || this.acceptWord("TRANSACTION") || this.acceptWord("GLOBAL", "TRANSACTION")) {
      while (this.peek().type === "word" || this.isOp(",")) this.next();
      return { k: "noop" };
    }
    const assignments: { target: { kind: "sys" | "user"; name: string }; expr: Expr }[] = [];
    do {
      const t = this.peek();
      let target: { kind: "sys" | "user"; name: string };
      if (t.type === "uservar") {
        this.next();
        target = { kind: "user", name: t.value.toLowerCase() };
      } else if (t.type === "sysvar") {
        this.next();
        target = { kind: "sys", name: t.value.replace(/^(session|global|local)\./i, "").toLowerCase() };
      } else {
        this.acceptWord("SESSION") || this.acceptWord("GLOBAL") || this.acceptWord("LOCAL");
        target = { kind: "sys", name: this.ident().toLowerCase() };
      }
      if (!this.acceptOp("=") && !this.acceptOp(":=")) this.fail();
      // a bare word is a value for system variables (SET character_set_client = utf8mb4)
      const bare = target.kind === "sys" && this.peek().type === "word" && [",", ";", ""].includes(this.peek(1).value) && this.peek(1).type !== "string";
      const expr = bare || this.isWord("DEFAULT") || this.isWord("ON") || this.isWord("OFF") ? { k: "lit" as const, v: this.next().value } : this.expr();
      assignments.push({ target, expr });
    } while (this.acceptOp(","));
    return { k: "set", assignments };
  }
  lock(): Statement {
    this.word("LOCK");
    if (!this.acceptWord("TABLES") && !this.acceptWord("TABLE")) this.fail();
    const tables: { ref: TableRef; write: boolean }[] = [];
    do {
      const ref = this.tableRef();
      const lockWord = () => this.isWord("READ") || this.isWord("WRITE") || this.isWord("LOW_PRIORITY");
      if (this.acceptWord("AS")) ref.alias = this.ident();
      else if (this.isIdent() && !lockWord()) ref.alias = this.ident();
      let write = false;
      if (this.acceptWord("READ")) this.acceptWord("LOCAL");
      else if (this.acceptWord("LOW_PRIORITY", "WRITE") || this.acceptWord("WRITE")) write = true;
      else this.fail();
      tables.push({ ref, write });
    } while (this.acceptOp(","));
    return { k: "lock_tables", tables };
  }

  // ---- accounts ----
  userName(): { user: string; host: string } {
    if (this.acceptWord("CURRENT_USER")) {
      if (this.acceptOp("(")) this.op(")");
      return { user: "", host: "" };
    }
    const user = this.nameOrString();
    let host = "%";
    const t = this.peek();
    if (t.type === "uservar") {
      this.next();
      host = t.value;
    } else if (this.isOp("@")) {
      this.next();
      host = this.nameOrString();
    }
    return { user, host };
  }
  userSpec(): UserSpec {
    const spec: UserSpec = this.userName();
    if (this.acceptWord("IDENTIFIED")) {
      if (this.acceptWord("BY")) {
        if (this.acceptWord("PASSWORD")) spec.hash = this.string();
        else spec.password = this.string();
      } else if (this.acceptWord("VIA") || this.acceptWord("WITH")) {
        const plugin = this.ident().toLowerCase();
        if (plugin === "unix_socket") spec.unixSocket = true;
        if (this.acceptWord("USING") || this.acceptWord("AS")) {
          if (this.isWord("PASSWORD")) {
            this.next();
            this.op("(");
            spec.password = this.string();
            this.op(")");
          } else spec.hash = this.string();
        }
        if (this.acceptWord("BY")) spec.password = this.string();
      } else this.fail();
    }
    return spec;
  }
  privileges(): string[] {
    const privs: string[] = [];
    do {
      const words: string[] = [];
      while (this.peek().type === "word" && !this.isWord("ON") && !(this.peek().type === "op")) {
        words.push(this.next().value.toUpperCase());
        if (this.isOp("(")) this.indexColumns();
      }
      if (words.length === 0) this.fail();
      let p = words.join(" ");
      if (p === "ALL") p = "ALL PRIVILEGES";
      privs.push(p);
    } while (this.acceptOp(","));
    return privs;
  }
  grantTarget(): GrantTarget {
    this.word("ON");
    this.acceptWord("TABLE");
    if (this.acceptOp("*")) {
      if (this.acceptOp(".")) {
        this.op("*");
        return {};
      }
      return { db: "" };
    }
    const db = this.ident();
    if (!this.acceptOp(".")) return { db: "", table: db };
    if (this.acceptOp("*")) return { db };
    return { db, table: this.ident() };
  }
  grant(): Statement {
    this.word("GRANT");
    const privileges = this.privileges();
    const target = this.grantTarget();
    this.word("TO");
    const users: UserSpec[] = [];
    do users.push(this.userSpec());
    while (this.acceptOp(","));
    const withGrantOption = this.acceptWord("WITH", "GRANT", "OPTION");
    return { k: "grant", privileges, target, users, withGrantOption };
  }
  revoke(): Statement {
    this.word("REVOKE");
    const privileges = this.privileges();
    if (this.acceptOp(",")) this.word("GRANT", "OPTION");
    const target = this.grantTarget();
    this.word("FROM");
    const users: { user: string; host: string }[] = [];
    do users.push(this.userName());
    while (this.acceptOp(","));
    return { k: "revoke", privileges, target, users };
  }
}
