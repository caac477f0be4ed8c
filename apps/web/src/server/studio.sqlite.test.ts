// @vitest-environment node
import { studioSuite } from "./studio.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

studioSuite("sqlite", createSqliteDatabase);
