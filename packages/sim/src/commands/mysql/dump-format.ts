/**
 * The text of a MariaDB 10.11 mysqldump (client "10.19"), piece by piece:
 * header, per-database and per-table sections, extended INSERTs, footer.
 * Byte-exact against dumps recorded from the real tool (fixtures/dump.txt).
 */
import { showCreateTable } from "../../services/mysqld/sql/ddl.js";
import { scanOrder } from "../../services/mysqld/sql/table.js";
import { isNumericType } from "../../services/mysqld/sql/types.js";
import type { DatabaseState, TableState } from "../../services/mysqld/state.js";
import { SERVER_VERSION } from "../../services/mysqld/version.js";
import { civilTime } from "../../world/calendar.js";

/** mysqldump's default --net-buffer-length (1 MiB - 1025 bytes): an extended INSERT is cut before it grows past this */
export const NET_BUFFER_LENGTH = 1024 * 1024 - 1025;

const q = (name: string) => `\`${name.replace(/`/g, "``")}\``;

export function dumpHeader(host: string, database: string): string {
  return (
    "/*M!999999\\- enable the sandbox mode */ \n" +
    "-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)\n" +
    "--\n" +
    `-- Host: ${host}    Database: ${database}\n` +
    "-- ------------------------------------------------------\n" +
    `-- Server version\t${SERVER_VERSION}\n\n` +
    "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n" +
    "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n" +
    "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n" +
    "/*!40101 SET NAMES utf8mb4 */;\n" +
    "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n" +
    "/*!40103 SET TIME_ZONE='+00:00' */;\n" +
    "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n" +
    "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n" +
    "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n" +
    "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n"
  );
}

/** the footer; `unixMs` is the virtual wall clock ("2026-11-30  9:52:39": the hour is space-padded) */
/** @param utcOffset seconds east of UTC of mysqldump's local time then (its TZ, else /etc/localtime) */
export function dumpFooter(unixMs: number, dumpDate: boolean, utcOffset = 0): string {
  let out =
    "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n" +
    "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n" +
    "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n" +
    "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n" +
    "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n" +
    "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n" +
    "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n" +
    "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n";
  if (dumpDate) {
    const t = civilTime(unixMs + utcOffset * 1000);
    const p2 = (n: number) => String(n).padStart(2, "0");
    out += `-- Dump completed on ${t.y}-${p2(t.m)}-${p2(t.d)} ${String(t.hh).padStart(2, " ")}:${p2(t.mm)}:${p2(t.ss)}\n`;
  } else out += "-- Dump completed\n";
  return out;
}

export function databaseSection(db: DatabaseState, addDropDatabase: boolean): string {
  let out = `\n--\n-- Current Database: ${q(db.name)}\n--\n\n`;
  if (addDropDatabase) out += `/*!40000 DROP DATABASE IF EXISTS ${q(db.name)}*/;\n\n`;
  out += `CREATE DATABASE /*!32312 IF NOT EXISTS*/ ${q(db.name)} /*!40100 DEFAULT CHARACTER SET ${db.charset} COLLATE ${db.collation} */;\n\n`;
  out += `USE ${q(db.name)};\n`;
  return out;
}

export function tableStructure(t: TableState, addDropTable: boolean): string {
  let out = `\n--\n-- Table structure for table ${q(t.name)}\n--\n\n`;
  if (addDropTable) out += `DROP TABLE IF EXISTS ${q(t.name)};\n`;
  out +=
    "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n" +
    "/*!40101 SET character_set_client = utf8mb4 */;\n" +
    `${showCreateTable(t)};\n` +
    "/*!40101 SET character_set_client = @saved_cs_client */;\n";
  return out;
}

/** a string value as mysql_real_escape_string writes it */
export function escapeValue(s: string): string {
  let out = "";
  for (const c of s) {
    switch (c) {
      case "\0":
        out += "\\0";
        break;
      case "\n":
        out += "\\n";
        break;
      case "\r":
        out += "\\r";
        break;
      case "\\":
        out += "\\\\";
        break;
      case "'":
        out += "\\'";
        break;
      case '"':
        out += '\\"';
        break;
      case "\x1a":
        out += "\\Z";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** `--\n-- Dumping data ...`, LOCK TABLES, DISABLE KEYS, the extended INSERTs, ENABLE KEYS, UNLOCK */
export function tableData(t: TableState, opts: { lockTables: boolean; netBufferLength?: number }): string {
  const limit = opts.netBufferLength ?? NET_BUFFER_LENGTH;
  const numeric = t.columns.map((c) => isNumericType(c.type));
  const parts: string[] = [`\n--\n-- Dumping data for table ${q(t.name)}\n--\n\n`];
  if (opts.lockTables) parts.push(`LOCK TABLES ${q(t.name)} WRITE;\n`);
  parts.push(`/*!40000 ALTER TABLE ${q(t.name)} DISABLE KEYS */;\n`);
  const insertPat = `INSERT INTO ${q(t.name)} VALUES`;
  const initLength = insertPat.length + 4;
  let total = 0;
  let started = false;
  for (const row of scanOrder(t)) {
    let text = "(";
    for (let k = 0; k < row.length; k++) {
      if (k) text += ",";
      const cell = row[k];
      text += cell === null ? "NULL" : numeric[k] ? cell : `'${escapeValue(cell)}'`;
    }
    text += ")";
    // the row as written starts with a newline: "\n(...)"; two bytes for the separator
    const rowLength = text.length + 3;
    if (started && total + rowLength < limit) {
      total += rowLength;
      parts.push(",\n", text);
    } else {
      if (started) parts.push(";\n");
      started = true;
      parts.push(insertPat, "\n", text);
      total = rowLength + initLength;
    }
  }
  if (started) parts.push(";\n");
  parts.push(`/*!40000 ALTER TABLE ${q(t.name)} ENABLE KEYS */;\n`);
  if (opts.lockTables) parts.push("UNLOCK TABLES;\n");
  return parts.join("");
}
