/** vitest setup: every command group registered and the lab builder loaded, as in Node's entry (src/index.ts imports eager.ts). */
import "../eager.js";
