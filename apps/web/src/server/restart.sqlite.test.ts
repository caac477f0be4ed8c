// @vitest-environment node
import { closeDb } from "./db.js";
import { restartSuite } from "./restart.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

// SQLite has no server: the restart is the app's connection closing under in-flight requests.
restartSuite("sqlite", createSqliteDatabase, () => closeDb(), false);
