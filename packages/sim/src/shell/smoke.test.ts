import { describe, it, expect } from "vitest";
import { makeShell } from "./test-support/harness.js";

describe("smoke", () => {
  it("runs", () => {
    const t = makeShell();
    const r = t.run("echo hello world; x=3; echo $((x*2)) ${x:-no} | upper; for i in a b; do echo $i; done");
    expect(r).toEqual({ out: "hello world\n6 3\na\nb\n", err: "", status: 0 });
  });
});
