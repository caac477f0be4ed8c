/**
 * @rootlab/sim: the simulated world of Linux hosts. Pure TypeScript that runs
 * the same in the browser and in Node.
 *
 * Layers, one direction of calls:
 *   session (terminal adapter contract) -> lab (LabSession: shells per host)
 *   -> shell -> commands -> kernel API / Vfs -> kernel state, fs state
 * World state is plain JSON: snapshot() and World.restore() round-trip it.
 *
 * This is the entry Node resolves: it loads every command group and the lab
 * builder up front (eager.ts), so every program runs and every lab is
 * created synchronously. Browsers resolve index.browser.ts (package.json
 * "exports"), which loads them on demand.
 */
import "./eager.js";

export * from "./core.js";
