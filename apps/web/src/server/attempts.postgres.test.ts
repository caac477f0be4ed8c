// @vitest-environment node
import { attemptsSuite } from "./attempts.suite.js";
import { createPostgresDatabase } from "./test-databases.js";

attemptsSuite("postgresql", createPostgresDatabase);
