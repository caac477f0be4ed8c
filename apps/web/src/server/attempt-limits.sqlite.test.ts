// @vitest-environment node
import { attemptLimitsSuite } from "./attempt-limits.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

attemptLimitsSuite("sqlite", createSqliteDatabase);
