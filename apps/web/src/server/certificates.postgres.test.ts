// @vitest-environment node
import { certificatesSuite } from "./certificates.suite.js";
import { createPostgresDatabase } from "./test-databases.js";

certificatesSuite("postgresql", createPostgresDatabase);
