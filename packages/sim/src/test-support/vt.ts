/**
 * Tests only: render terminal bytes with xterm.js itself (@xterm/headless,
 * the same emulator as the page's terminal) and read the screen back: the
 * text of each row, which cells are in reverse video, the cursor, and
 * whether the alternate screen is active.
 */
import xterm from "@xterm/headless";

export interface VtScreen {
  lines: string[];
  /** per row, "#" for a reverse-video cell and "." otherwise, trailing dots cut */
  reverse: string[];
  cursor: [number, number];
  alternate: boolean;
}

export async function renderVt(bytes: string, cols = 80, rows = 24): Promise<VtScreen> {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  await new Promise<void>((resolve) => term.write(bytes, resolve));
  const buf = term.buffer.active;
  const lines: string[] = [];
  const reverse: string[] = [];
  for (let y = 0; y < rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    lines.push(line ? line.translateToString(true) : "");
    let mask = "";
    for (let x = 0; x < cols; x++) mask += line?.getCell(x)?.isInverse() ? "#" : ".";
    reverse.push(mask.replace(/\.+$/, ""));
  }
  const screen = { lines, reverse, cursor: [buf.cursorY, buf.cursorX] as [number, number], alternate: buf.type === "alternate" };
  term.dispose();
  return screen;
}
