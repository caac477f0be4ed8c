/**
 * Everything a lab may need, loaded up front: every command group
 * (commands/all.ts) and the lab builder (lab/build.ts). Node's entry
 * (index.ts), the CLI, benches and tests import it, so that every program
 * runs and every lab is created synchronously. A browser does without: it
 * restores labs from snapshots and loads command groups on demand.
 */
import "./commands/all.js";
import "./lab/build.js";
