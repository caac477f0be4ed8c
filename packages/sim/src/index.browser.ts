/**
 * @rootlab/sim for browsers (package.json "exports" sends bundlers here):
 * the same exports as index.ts, without registering every command group up
 * front. Groups load on demand (commands/registry.ts): a live terminal line
 * that needs one is undone and run again once it is there; call
 * `loadCommandGroups()` before running lines headless (`LabSession.run`,
 * grading, `advance`) or use `LabSession.runLoading`.
 */
export * from "./core.js";
