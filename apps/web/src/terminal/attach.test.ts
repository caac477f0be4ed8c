import { describe, expect, it } from "vitest";
import { attachSession, type TtyTerminal } from "./attach.js";

function fakeTerminal() {
  const data: ((d: string) => void)[] = [];
  const resize: ((s: { cols: number; rows: number }) => void)[] = [];
  const written: string[] = [];
  const term: TtyTerminal = {
    onData: (l) => (data.push(l), { dispose: () => data.splice(data.indexOf(l), 1) }),
    onResize: (l) => (resize.push(l), { dispose: () => resize.splice(resize.indexOf(l), 1) }),
    write: (d) => void written.push(d),
  };
  return { term, written, type: (d: string) => data.forEach((l) => l(d)), resize: (cols: number, rows: number) => resize.forEach((l) => l({ cols, rows })) };
}

describe("attachSession", () => {
  it("pipes input to the session and its answer back to the terminal", () => {
    const t = fakeTerminal();
    const sizes: number[] = [];
    const sub = attachSession(t.term, { input: (d) => (d === "\r" ? "\r\nok\r\n# " : d), resize: (c) => void sizes.push(c) });
    t.type("l");
    t.type("\r");
    t.resize(100, 30);
    expect(t.written).toEqual(["l", "\r\nok\r\n# "]);
    expect(sizes).toEqual([100]);
    sub.dispose();
    t.type("x");
    expect(t.written).toHaveLength(2);
  });

  it("writes nothing when the session answers nothing", () => {
    const t = fakeTerminal();
    attachSession(t.term, { input: () => "", resize: () => {} });
    t.type("\x07");
    expect(t.written).toEqual([]);
  });
});
