// @vitest-environment node
import { attemptsSuite } from "./attempts.suite.js";
import { createPostgresDatabase } from "./test-databases.js";

// as in production: PostgreSQL needs the secret (anonymous attempts' address keys are keyed with it)
process.env.BETTER_AUTH_SECRET ||= "test-secret-for-the-postgres-suite-0123456789";
attemptsSuite("postgresql", createPostgresDatabase);
