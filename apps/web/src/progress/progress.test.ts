import { describe, expect, it } from "vitest";
import { saveAttempt } from "./attempt-store.js";
import { clearCheck, lessonProgress, loadCheck, saveCheck } from "./progress.js";
import { memoryStore } from "./store.js";

describe("lesson progress", () => {
  it("is not started with nothing saved", () => {
    expect(lessonProgress(memoryStore(), ["a", "b"])).toEqual({ state: "not-started", done: 0, total: 2 });
  });

  it("is in progress once a command is saved, done when every exercise passed its last Check", () => {
    const store = memoryStore();
    saveAttempt(store, "a", 1, [{ host: "h", line: "ip a" }], 0);
    expect(lessonProgress(store, ["a", "b"]).state).toBe("in-progress");
    saveCheck(store, "a", { passed: 3, total: 3, score: 1 }, 0);
    saveCheck(store, "b", { passed: 1, total: 2, score: 0.5 }, 0);
    expect(lessonProgress(store, ["a", "b"])).toEqual({ state: "in-progress", done: 1, total: 2 });
    saveCheck(store, "b", { passed: 2, total: 2, score: 1 }, 0);
    expect(lessonProgress(store, ["a", "b"])).toEqual({ state: "done", done: 2, total: 2 });
  });

  it("round-trips and clears a Check result", () => {
    const store = memoryStore();
    saveCheck(store, "a", { passed: 1, total: 3, score: 0.333 }, 42);
    expect(loadCheck(store, "a")).toEqual({ v: 1, passed: 1, total: 3, score: 0.333, checkedAt: 42 });
    clearCheck(store, "a");
    expect(loadCheck(store, "a")).toBeUndefined();
  });
});
