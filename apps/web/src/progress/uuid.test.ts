import { describe, expect, it } from "vitest";
import { newClientId } from "./uuid.js";

describe("newClientId", () => {
  it("uses randomUUID when the context has it", () => {
    expect(newClientId({ randomUUID: () => "u", getRandomValues: (a: Uint8Array) => a } as unknown as Crypto)).toBe("u");
  });

  it("makes a v4 UUID from random bytes otherwise", () => {
    const id = newClientId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => (new Uint8Array((a as unknown as Uint8Array).buffer).fill(0xff), a) } as Crypto);
    expect(id).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
    expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
