import { describe, expect, it } from "vitest";
import { parsedSource } from "./parsed-source.js";
import { makeShell } from "./test-support/harness.js";

describe("parsed source", () => {
  it("shares one frozen parse per text", () => {
    const a = parsedSource("x=1; echo $x\nif true; then echo y; fi\n");
    const b = parsedSource("x=1; echo $x\nif true; then echo y; fi\n");
    expect(b).toBe(a);
    const step = a.step(1);
    expect(step.kind).toBe("list");
    if (step.kind !== "list") return;
    expect(Object.isFrozen(step.list)).toBe(true);
    expect(Object.isFrozen(step.list.items[0].andOr.first.cmds[0])).toBe(true);
    expect(() => (step.list.items as unknown[]).push(1)).toThrow(TypeError);
    expect(a.step(2).kind).toBe("end");
    expect(parsedSource("echo other\n")).not.toBe(a);
  });

  it("parses a command only when a run reaches it, and runs again the same way", () => {
    const t = makeShell();
    const script = "echo one\nexit 3\necho two\nfi\n";
    t.fs.put("/root/s.sh", script);
    for (let run = 0; run < 2; run++) {
      expect(t.run("bash s.sh")).toEqual({ out: "one\n", err: "", status: 3 });
    }
    // the syntax error past the exit was never parsed
    expect(parsedSource(script).step(1).kind).toBe("list");
    // a run that reaches it reports it after the commands before it ran, every time
    const broken = "echo one\necho two\nfi\necho three\n";
    t.fs.put("/root/b.sh", broken);
    for (let run = 0; run < 2; run++) {
      expect(t.run("bash b.sh")).toEqual({
        out: "one\ntwo\n",
        err: "b.sh: line 3: syntax error near unexpected token `fi'\nb.sh: line 3: `fi'\n",
        status: 2,
      });
    }
  });

  it("warns of an unterminated here-document on every run, as bash 5.2 does", () => {
    const t = makeShell();
    t.fs.put("/root/h.sh", "cat <<EOF\nhello\n");
    for (let run = 0; run < 2; run++) {
      const r = t.run("bash h.sh");
      expect(r.out).toBe("hello\n");
      expect(r.err).toBe("h.sh: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n");
    }
  });
});
