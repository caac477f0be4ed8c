import { describe, expect, it } from "vitest";
import { importWhenOnline } from "./import-when-online.js";

/** a chunk that fails while `offline.value` is true */
function chunk(offline: { value: boolean }) {
  let calls = 0;
  const load = () => {
    calls++;
    return offline.value ? Promise.reject(new TypeError("Failed to fetch dynamically imported module")) : Promise.resolve({ Picture: "component" });
  };
  return { load, calls: () => calls };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("importWhenOnline", () => {
  it("loads at once when the network is there", async () => {
    const c = chunk({ value: false });
    await expect(importWhenOnline(c.load, { events: new EventTarget() })).resolves.toEqual({ Picture: "component" });
    expect(c.calls()).toBe(1);
  });

  it("waits offline without failing, and loads when the browser is back online", async () => {
    const offline = { value: true };
    const events = new EventTarget();
    const c = chunk(offline);
    let settled: unknown;
    const p = importWhenOnline(c.load, { events, retryMs: 60_000 }).then((m) => (settled = m), (e) => (settled = e));
    await tick();
    expect(settled).toBeUndefined();
    expect(c.calls()).toBe(1);
    offline.value = false;
    events.dispatchEvent(new Event("online"));
    await p;
    expect(settled).toEqual({ Picture: "component" });
    expect(c.calls()).toBe(2);
  });

  it("tries again after a while without an online event, and gives up after its attempts with the import's error", async () => {
    const c = chunk({ value: true });
    await expect(importWhenOnline(c.load, { events: new EventTarget(), retryMs: 1, attempts: 3 })).rejects.toThrow("Failed to fetch");
    expect(c.calls()).toBe(3);
  });
});
