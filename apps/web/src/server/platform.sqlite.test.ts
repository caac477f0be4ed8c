// @vitest-environment node
import { platformSuite } from "./platform.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

platformSuite("sqlite", createSqliteDatabase);
