/**
 * Tables as definitions: building a `TableState` from CREATE TABLE (with the
 * server's checks), and printing it back as SHOW CREATE TABLE does — the
 * text mysqldump writes into a backup, so it must be byte-exact.
 */
import { ER, SqlError } from "../errors.js";
import type { ColumnDef, IndexDef, TableState } from "../state.js";
import { isIntegerType, isNumericType, isTextType, storeVal, typeText } from "./types.js";
import type { Val } from "./value.js";

export const MAX_IDENT = 64;

export function quoteIdent(name: string): string {
  return `\`${name.replace(/`/g, "``")}\``;
}

/** A string literal as SHOW CREATE TABLE and mysqldump escape it. */
export function quoteString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\0/g, "\\0").replace(/\x1a/g, "\\Z")}'`;
}

export interface CreateTableInput {
  db: string;
  name: string;
  columns: ColumnDef[];
  indexes: IndexDef[];
  options: { engine?: string; charset?: string; collation?: string; autoIncrement?: number };
  dbCharset: string;
  dbCollation: string;
}

export function buildTable(input: CreateTableInput): TableState | SqlError {
  const { columns } = input;
  if (input.name.length > MAX_IDENT) return ER.tooLongIdent(input.name);
  const seen = new Set<string>();
  for (const c of columns) {
    const key = c.name.toLowerCase();
    if (seen.has(key)) return ER.dupFieldName(c.name);
    seen.add(key);
    if (isIntegerType(c.type) && (c.type.length ?? 0) > 255) return ER.tooBigDisplayWidth(c.name, 255);
  }
  const indexes: IndexDef[] = [];
  let primary: IndexDef | undefined;
  for (const idx of input.indexes) {
    for (const col of idx.columns) {
      if (!columns.some((c) => c.name.toLowerCase() === col.toLowerCase())) return ER.keyColumnDoesNotExist(col);
    }
    const cols = idx.columns.map((n) => columns.find((c) => c.name.toLowerCase() === n.toLowerCase())!.name);
    if (idx.kind === "primary") {
      if (primary) return ER.multiplePk();
      primary = { ...idx, columns: cols };
      for (const c of columns) if (cols.includes(c.name)) c.notNull = true;
      continue;
    }
    let name = idx.name;
    if (indexes.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
      if (idx.name !== idx.columns[0]) return ER.dupKeyName(name);
      for (let k = 2; indexes.some((x) => x.name.toLowerCase() === name.toLowerCase()); k++) name = `${idx.name}_${k}`;
    }
    indexes.push({ ...idx, name, columns: cols });
  }
  const autos = columns.filter((c) => c.autoIncrement);
  if (autos.length > 1) return ER.wrongAutoKey();
  if (autos.length === 1) {
    const a = autos[0];
    const keyed = [primary, ...indexes].some((i) => i && i.columns[0] === a.name);
    if (!keyed) return ER.wrongAutoKey();
    a.notNull = true;
  }
  for (const c of columns) {
    if (c.default && "value" in c.default && c.default.value !== null) {
      if (c.autoIncrement) return ER.invalidDefault(c.name);
      const stored = storeVal(c.default.value as Val, c, { db: input.db, table: input.name, row: 1 });
      if (stored instanceof SqlError) return ER.invalidDefault(c.name);
      c.default = { value: stored };
    } else if (c.default && "value" in c.default && c.default.value === null && c.notNull) {
      return ER.invalidDefault(c.name);
    }
  }
  const ordered = [
    ...(primary ? [primary] : []),
    ...indexes.filter((i) => i.kind === "unique"),
    ...indexes.filter((i) => i.kind === "key"),
  ];
  const charset = input.options.charset ?? (input.options.collation ? input.options.collation.split("_")[0] : input.dbCharset);
  const collation = input.options.collation ?? (input.options.charset ? defaultCollation(charset) : input.dbCollation);
  return {
    name: input.name,
    columns,
    indexes: ordered,
    engine: normalizeEngine(input.options.engine),
    charset,
    collation,
    autoIncrement: Math.max(1, input.options.autoIncrement ?? 1),
    rows: [],
  };
}

function normalizeEngine(e: string | undefined): string {
  if (!e) return "InnoDB";
  const known = ["InnoDB", "MyISAM", "Aria", "MEMORY", "CSV"];
  return known.find((k) => k.toLowerCase() === e.toLowerCase()) ?? "InnoDB";
}

export function defaultCollation(charset: string): string {
  const map: Record<string, string> = { utf8mb4: "utf8mb4_general_ci", utf8mb3: "utf8mb3_general_ci", utf8: "utf8mb3_general_ci", latin1: "latin1_swedish_ci", ascii: "ascii_general_ci", binary: "binary" };
  return map[charset] ?? `${charset}_general_ci`;
}

function defaultClause(c: ColumnDef): string {
  if (c.autoIncrement) return "";
  if (c.default && "expr" in c.default) return " DEFAULT current_timestamp()";
  if (c.default && c.default.value !== null) {
    const v = c.default.value;
    return isNumericType(c.type) ? ` DEFAULT ${v}` : ` DEFAULT ${quoteString(v)}`;
  }
  if (!c.notNull) return " DEFAULT NULL";
  return "";
}

/** SHOW CREATE TABLE's text (MariaDB 10.11). */
export function showCreateTable(t: TableState): string {
  const lines: string[] = [];
  for (const c of t.columns) {
    let s = `  ${quoteIdent(c.name)} ${typeText(c.type)}`;
    if (c.notNull) s += " NOT NULL";
    else if (c.type.base === "timestamp") s += " NULL";
    s += defaultClause(c);
    if (c.autoIncrement) s += " AUTO_INCREMENT";
    if (c.comment) s += ` COMMENT ${quoteString(c.comment)}`;
    lines.push(s);
  }
  for (const i of t.indexes) {
    const cols = i.columns.map(quoteIdent).join(",");
    if (i.kind === "primary") lines.push(`  PRIMARY KEY (${cols})`);
    else if (i.kind === "unique") lines.push(`  UNIQUE KEY ${quoteIdent(i.name)} (${cols})`);
    else lines.push(`  KEY ${quoteIdent(i.name)} (${cols})`);
  }
  const hasAuto = t.columns.some((c) => c.autoIncrement);
  const auto = hasAuto && t.autoIncrement > 1 ? ` AUTO_INCREMENT=${t.autoIncrement}` : "";
  return `CREATE TABLE ${quoteIdent(t.name)} (\n${lines.join(",\n")}\n) ENGINE=${t.engine}${auto} DEFAULT CHARSET=${t.charset} COLLATE=${t.collation}`;
}

/** DESCRIBE's Default column: the stored default, NULL for none */
export function describeDefault(c: ColumnDef): string | null {
  if (c.default && "expr" in c.default) return "current_timestamp()";
  if (c.default && c.default.value !== null) return c.default.value;
  return null;
}

export function isTextColumn(c: ColumnDef): boolean {
  return isTextType(c.type);
}
