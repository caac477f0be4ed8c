import { describe, expect, it } from "vitest";
import { attemptInput } from "./attempt-input.js";

const base = { clientId: "8f14e45f-ceea-467f-a0e6-2b2c0e7a3f10", exerciseId: "x" };

describe("attemptInput", () => {
  it("keeps what a line's interactive programs read, so the server replays the same edit", () => {
    const entry = { host: "host", line: "nano /etc/hosts", tty: { cols: 80, rows: 24, input: ["abc", { cols: 100, rows: 30 }, "\x18y\r"] } };
    const r = attemptInput.safeParse({ ...base, entries: [entry] });
    expect(r.success && r.data.entries[0]).toEqual(entry);
  });

  it("rejects a terminal input that is not chunks and sizes", () => {
    const r = attemptInput.safeParse({ ...base, entries: [{ host: "host", line: "vi x", tty: { cols: 80, rows: 24, input: [42] } }] });
    expect(r.success).toBe(false);
    const huge = attemptInput.safeParse({ ...base, entries: [{ host: "host", line: "vi x", tty: { cols: 9999, rows: 24, input: [] } }] });
    expect(huge.success).toBe(false);
  });
});
