// @vitest-environment node
import { attemptLimitsSuite } from "./attempt-limits.suite.js";
import { createPostgresDatabase } from "./test-databases.js";

process.env.BETTER_AUTH_SECRET ||= "test-secret-for-the-postgres-suite-0123456789";
attemptLimitsSuite("postgresql", createPostgresDatabase);
