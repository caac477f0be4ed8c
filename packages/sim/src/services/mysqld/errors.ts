/**
 * Server errors with MariaDB 10.11's codes, SQLSTATEs and message texts
 * (include/mysqld_ername.h and share/errmsg-utf8.txt; the texts the tests
 * compare were recorded from the real server). A statement that fails
 * returns one of these; the client prints `ERROR code (state): message`.
 */
export class SqlError {
  constructor(
    readonly code: number,
    readonly sqlState: string,
    readonly message: string,
  ) {}
}

const q = (s: string) => `'${s}'`;

export const ER = {
  dbCreateExists: (db: string) => new SqlError(1007, "HY000", `Can't create database ${q(db)}; database exists`),
  dbDropExists: (db: string) => new SqlError(1008, "HY000", `Can't drop database ${q(db)}; database doesn't exist`),
  dbAccessDenied: (user: string, host: string, db: string) =>
    new SqlError(1044, "42000", `Access denied for user ${q(user)}@${q(host)} to database ${q(db)}`),
  accessDenied: (user: string, host: string, usingPassword: boolean) =>
    new SqlError(1045, "28000", `Access denied for user ${q(user)}@${q(host)} (using password: ${usingPassword ? "YES" : "NO"})`),
  /** an unknown user who gave no password (ER_ACCESS_DENIED_NO_PASSWORD_ERROR, recorded on 10.11.19) */
  accessDeniedNoPassword: (user: string, host: string) => new SqlError(1698, "28000", `Access denied for user ${q(user)}@${q(host)}`),
  noDb: () => new SqlError(1046, "3D000", "No database selected"),
  badNull: (col: string) => new SqlError(1048, "23000", `Column ${q(col)} cannot be null`),
  badDb: (db: string) => new SqlError(1049, "42000", `Unknown database ${q(db)}`),
  tableExists: (t: string) => new SqlError(1050, "42S01", `Table ${q(t)} already exists`),
  badTable: (list: string) => new SqlError(1051, "42S02", `Unknown table ${q(list)}`),
  nonUniq: (col: string, where: string) => new SqlError(1052, "23000", `Column ${q(col)} in ${where} is ambiguous`),
  badField: (col: string, where: string) => new SqlError(1054, "42S22", `Unknown column ${q(col)} in ${q(where)}`),
  dupFieldName: (col: string) => new SqlError(1060, "42S21", `Duplicate column name ${q(col)}`),
  dupKeyName: (k: string) => new SqlError(1061, "42000", `Duplicate key name ${q(k)}`),
  dupEntry: (value: string, key: string) => new SqlError(1062, "23000", `Duplicate entry ${q(value)} for key ${q(key)}`),
  parse: (near: string, line: number) =>
    new SqlError(
      1064,
      "42000",
      `You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near ${q(near)} at line ${line}`,
    ),
  emptyQuery: () => new SqlError(1065, "42000", "Query was empty"),
  nonUniqTable: (t: string) => new SqlError(1066, "42000", `Not unique table/alias: ${q(t)}`),
  invalidDefault: (col: string) => new SqlError(1067, "42000", `Invalid default value for ${q(col)}`),
  multiplePk: () => new SqlError(1068, "42000", "Multiple primary key defined"),
  keyColumnDoesNotExist: (col: string) => new SqlError(1072, "42000", `Key column ${q(col)} doesn't exist in table`),
  wrongAutoKey: () =>
    new SqlError(1075, "42000", "Incorrect table definition; there can be only one auto column and it must be defined as a key"),
  wrongValueCount: () => new SqlError(1136, "21S01", "Column count doesn't match value count at row 1"),
  wrongValueCountOnRow: (row: number) => new SqlError(1136, "21S01", `Column count doesn't match value count at row ${row}`),
  passwordNoMatch: () => new SqlError(1133, "28000", "Can't find any matching row in the user table"),
  tableAccessDenied: (cmd: string, user: string, host: string, db: string, table: string) =>
    new SqlError(1142, "42000", `${cmd} command denied to user ${q(user)}@${q(host)} for table \`${db}\`.\`${table}\``),
  noSuchTable: (db: string, t: string) => new SqlError(1146, "42S02", `Table '${db}.${t}' doesn't exist`),
  tooLongIdent: (id: string) => new SqlError(1059, "42000", `Identifier name ${q(id)} is too long`),
  tooBigDisplayWidth: (col: string, max: number) =>
    new SqlError(1439, "42000", `Display width out of range for ${q(col)} (max = ${max})`),
  noDefaultForField: (col: string) => new SqlError(1364, "HY000", `Field ${q(col)} doesn't have a default value`),
  dataTooLong: (col: string, row: number) => new SqlError(1406, "22001", `Data too long for column ${q(col)} at row ${row}`),
  truncatedWrongValue: (type: string, value: string, col: string, row: number) =>
    new SqlError(1366, "22007", `Incorrect ${type} value: ${q(value)} for column ${"`"}${col}${"`"} at row ${row}`),
  outOfRange: (col: string, row: number) => new SqlError(1264, "22003", `Out of range value for column ${q(col)} at row ${row}`),
  wrongDateValue: (value: string, col: string, row: number) =>
    new SqlError(1292, "22007", `Incorrect date value: ${q(value)} for column ${"`"}${col}${"`"} at row ${row}`),
  invalidGroupFuncUse: () => new SqlError(1111, "HY000", "Invalid use of group function"),
  cannotUser: (op: string, who: string) => new SqlError(1396, "HY000", `Operation ${op} failed for ${who}`),
  nonexistingGrant: (user: string, host: string) =>
    new SqlError(1141, "42000", `There is no such grant defined for user ${q(user)} on host ${q(host)}`),
  specificAccessDenied: (priv: string) =>
    new SqlError(1227, "42000", `Access denied; you need (at least one of) the ${priv} privilege(s) for this operation`),
  tableNotLockedForWrite: (t: string) => new SqlError(1099, "HY000", `Table ${q(t)} was locked with a READ lock and can't be updated`),
  unknownSystemVariable: (v: string) => new SqlError(1193, "HY000", `Unknown system variable ${q(v)}`),
  spDoesNotExist: (name: string) => new SqlError(1305, "42000", `FUNCTION ${name} does not exist`),
  wrongParamCount: (fn: string) => new SqlError(1582, "42000", `Incorrect parameter count in the call to native function ${q(fn)}`),
  noTablesUsed: () => new SqlError(1096, "HY000", "No tables used"),
  notSupported: (what: string) => new SqlError(1235, "42000", `This version of MariaDB doesn't yet support '${what}'`),
} as const;
