// @vitest-environment node
import { certificatesSuite } from "./certificates.suite.js";
import { createSqliteDatabase } from "./test-databases.js";

certificatesSuite("sqlite", createSqliteDatabase);
