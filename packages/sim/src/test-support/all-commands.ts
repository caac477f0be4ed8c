/** vitest setup: every command group registered, as in Node's entry (src/index.ts imports commands/all.ts). */
import "../commands/all.js";
