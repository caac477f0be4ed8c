/**
 * Tests only: replay a scenario recorded from a real full-screen program
 * (fixtures/record.py) in the simulation and read back the same things: the
 * screen while the program runs, the file afterwards, whether it exited.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { renderVt, type VtScreen } from "../../test-support/vt.js";

export interface Scenario {
  name: string;
  argv: string[];
  file: string | null;
  content: string | null;
  keys: string[];
  cols?: number;
  rows?: number;
  screen: string[];
  reverse: string[];
  cursor: [number, number];
  exited: boolean;
  after: string | null;
}

export interface Replayed {
  vt: VtScreen;
  exited: boolean;
  after: string | null;
  exit: number;
}

export async function replayScenario(sc: Scenario): Promise<Replayed> {
  const cols = sc.cols ?? 80;
  const rows = sc.rows ?? 24;
  const s = LabSession.create("single", 1);
  s.run(undefined, "mkdir -p /tmp/rec; cd /tmp/rec");
  const fs = s.world.host(s.defaultHost)!.fs;
  if (sc.file && sc.content !== null) fs.writeFile(sc.file, utf8Encode(sc.content));
  const quoted = sc.argv.map((a) => `'${a}'`).join(" ");
  // run as at a live terminal: a program still waiting for keys is what the recording shows as running
  const r = s.runAtTerminal(s.defaultHost, quoted, { cols, rows, input: sc.keys });
  if (r.state === "loading") throw new Error("every command group is loaded in Node");
  const exited = r.state === "done";
  const screen = r.state === "done" ? r.result.screen : r.screen;
  const vt = await renderVt(screen.replace(/\r?\n/g, "\r\n"), cols, rows);
  const data = sc.file ? fs.readFile(sc.file) : undefined;
  return { vt, exited, after: data?.ok ? utf8Decode(data.value) : null, exit: r.state === "done" ? r.result.exit : -1 };
}
