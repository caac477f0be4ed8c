// @vitest-environment node
import { attemptsSuite } from "./attempts.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

attemptsSuite("sqlite", createSqliteDatabase);
