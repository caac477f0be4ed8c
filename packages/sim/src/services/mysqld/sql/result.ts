/** What a statement returns to the client: a result set or an OK packet (errors are `SqlError`). */
import type { Cell } from "../state.js";

export interface ResultColumn {
  name: string;
  /** numeric columns are right-aligned in the client's boxed tables */
  numeric: boolean;
  /** the column may hold NULL: the client then boxes it at least 4 wide, room for "NULL" (absent: no) */
  maybeNull?: boolean;
}

export interface ResultSet {
  kind: "rows";
  columns: ResultColumn[];
  rows: Cell[][];
}

export interface OkResult {
  kind: "ok";
  affectedRows: number;
  /** the info line ("Records: 2  Duplicates: 0  Warnings: 0", "Rows matched: 1  Changed: 1  Warnings: 0") */
  info?: string;
  /** USE changed the current database */
  database?: string;
}

export type StatementResult = ResultSet | OkResult;
