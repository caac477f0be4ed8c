/** The statements and expressions the parser produces (the MariaDB subset the simulation runs). */
import type { ColumnDef, IndexDef } from "../state.js";

export type Expr =
  | { k: "lit"; v: Lit }
  | { k: "col"; table?: string; name: string; text: string }
  | { k: "star"; table?: string }
  | { k: "un"; op: "-" | "+" | "NOT" | "~"; e: Expr }
  | { k: "bin"; op: string; l: Expr; r: Expr }
  | { k: "isnull"; e: Expr; not: boolean }
  | { k: "istruth"; e: Expr; not: boolean; value: boolean }
  | { k: "in"; e: Expr; list: Expr[]; not: boolean }
  | { k: "between"; e: Expr; lo: Expr; hi: Expr; not: boolean }
  | { k: "like"; e: Expr; pattern: Expr; not: boolean }
  | { k: "fn"; name: string; args: Expr[]; distinct?: boolean; star?: boolean }
  | { k: "case"; operand?: Expr; whens: { when: Expr; then: Expr }[]; else?: Expr }
  | { k: "sysvar"; name: string }
  | { k: "uservar"; name: string }
  | { k: "interval"; e: Expr; unit: string };

/** A literal: SQL NULL, a string, or a number as written (exactness kept for decimals) */
export type Lit = null | string | { num: string };

export interface SelectItem {
  expr: Expr;
  alias?: string;
  /** the expression as written, which names the column when there is no alias */
  text: string;
}

export interface TableRef {
  db?: string;
  table: string;
  alias?: string;
}

export interface JoinClause {
  kind: "inner" | "left" | "right" | "cross";
  ref: TableRef;
  on?: Expr;
  using?: string[];
}

export interface OrderItem {
  expr: Expr;
  desc: boolean;
}

export interface SelectStmt {
  k: "select";
  distinct: boolean;
  items: SelectItem[];
  from?: TableRef;
  joins: JoinClause[];
  where?: Expr;
  groupBy: Expr[];
  having?: Expr;
  orderBy: OrderItem[];
  limit?: { count: number; offset: number };
}

export interface GrantTarget {
  db?: string;
  table?: string;
}

export interface UserSpec {
  user: string;
  host: string;
  password?: string;
  /** IDENTIFIED BY PASSWORD '*hash' */
  hash?: string;
  unixSocket?: boolean;
}

export interface AlterTableOp {
  k: "add_column" | "drop_column" | "add_index" | "drop_index" | "keys" | "modify_column" | "rename" | "auto_increment" | "noop";
  column?: ColumnDef;
  name?: string;
  index?: IndexDef;
  to?: TableRef;
  value?: number;
  after?: string;
  first?: boolean;
}

export type Statement =
  | SelectStmt
  | { k: "insert"; table: TableRef; columns?: string[]; rows: Expr[][]; ignore: boolean; replace: boolean; select?: SelectStmt }
  | { k: "update"; table: TableRef; sets: { column: string; expr: Expr }[]; where?: Expr; orderBy: OrderItem[]; limit?: number }
  | { k: "delete"; table: TableRef; where?: Expr; orderBy: OrderItem[]; limit?: number }
  | { k: "create_db"; name: string; ifNotExists: boolean; charset?: string; collation?: string }
  | { k: "drop_db"; name: string; ifExists: boolean }
  | {
      k: "create_table";
      table: TableRef;
      ifNotExists: boolean;
      columns: ColumnDef[];
      indexes: IndexDef[];
      options: { engine?: string; charset?: string; collation?: string; autoIncrement?: number };
      like?: TableRef;
    }
  | { k: "drop_table"; tables: TableRef[]; ifExists: boolean }
  | { k: "truncate"; table: TableRef }
  | { k: "alter_table"; table: TableRef; ops: AlterTableOp[] }
  | { k: "rename_table"; pairs: { from: TableRef; to: TableRef }[] }
  | { k: "use"; db: string }
  | { k: "show_databases"; like?: string }
  | { k: "show_tables"; db?: string; like?: string; full: boolean }
  | { k: "show_columns"; table: TableRef; full: boolean; like?: string }
  | { k: "show_create_table"; table: TableRef }
  | { k: "show_create_db"; name: string; ifNotExists: boolean }
  | { k: "show_grants"; user?: { user: string; host: string } }
  | { k: "show_variables"; like?: string; global: boolean }
  | { k: "show_status" }
  | { k: "show_table_status"; db?: string; like?: string }
  | { k: "show_index"; table: TableRef }
  | { k: "show_warnings" }
  | { k: "show_engines" }
  | { k: "show_processlist" }
  | { k: "set"; assignments: { target: { kind: "sys" | "user"; name: string }; expr: Expr }[] }
  | { k: "set_names" }
  | { k: "set_password"; user?: { user: string; host: string }; password: string; hashed: boolean }
  | { k: "lock_tables"; tables: { ref: TableRef; write: boolean }[] }
  | { k: "unlock_tables" }
  | { k: "transaction"; what: "start" | "commit" | "rollback" }
  | { k: "create_user"; users: UserSpec[]; ifNotExists: boolean; orReplace: boolean }
  | { k: "drop_user"; users: { user: string; host: string }[]; ifExists: boolean }
  | { k: "alter_user"; users: UserSpec[]; ifExists: boolean }
  | { k: "grant"; privileges: string[]; target: GrantTarget; users: UserSpec[]; withGrantOption: boolean }
  | { k: "revoke"; privileges: string[]; target: GrantTarget; users: { user: string; host: string }[] }
  | { k: "flush" }
  | { k: "noop" };
