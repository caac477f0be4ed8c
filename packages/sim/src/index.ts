/**
 * @rootlab/sim: the simulated world of Linux hosts. Pure TypeScript that runs
 * the same in the browser and in Node.
 *
 * Layers, one direction of calls:
 *   session (terminal adapter contract) -> lab (LabSession: shells per host)
 *   -> shell -> commands -> kernel API / Vfs -> kernel state, fs state
 * World state is plain JSON: snapshot() and World.restore() round-trip it.
 *
 * This is the entry Node resolves: it registers every command group up front
 * (commands/all.ts), so every program runs synchronously. Browsers resolve
 * index.browser.ts (package.json "exports"), which loads groups on demand.
 */
import "./commands/all.js";

export * from "./core.js";
