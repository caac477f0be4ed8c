/**
 * A production build of the site served by `next start` on a free local
 * port, for the bench and the screenshot scripts (Playwright's tests use its
 * own webServer option). The server is started in its own process group and
 * stopped as a group: killing only `npx`/`next` would leave next-server
 * holding the port.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = join(webDir, "node_modules/.bin/next");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The site's build (the lab engine, then `next build`: `npm run build`) unless one is already there (or `force`). */
export function ensureBuild(force = false): void {
  if (!force && existsSync(join(webDir, ".next/BUILD_ID")) && existsSync(join(webDir, "public/lab-engine/manifest.json"))) return;
  execFileSync("npm", ["run", "build"], { cwd: webDir, stdio: "inherit" });
}

export interface LocalServer {
  url: string;
  /** the process group the server runs in (next start and anything it spawns) */
  pgid: number;
  stop(): Promise<void>;
}

export async function startServer(): Promise<LocalServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(resolveNext(), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    detached: true, // its own process group: stop() ends next-server too
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start did not answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pgid: child.pid!, stop };
}

function resolveNext(): string {
  if (existsSync(nextBin)) return nextBin;
  return join(webDir, "../../node_modules/.bin/next");
}
