/**
 * Reference pages for the web bench: what this machine's Chromium needs for
 * pages far simpler than a lesson, measured the same way and interleaved
 * with the lesson's loads, so the lesson's figure can be read against them.
 *  - `/blank`: a paragraph of text; ready at its first frame.
 *  - `/xterm`: xterm.js as published (its own stylesheet and script, nothing
 *    else) opening a terminal and writing a prompt; ready as the lesson page
 *    is (terminal/ready.ts): the frame after xterm parsed the prompt.
 * Both set `window.__rootlabReady` and fire `rootlab-ready`, like the lesson.
 * Served by a bare Node HTTP server (no compression, no framework).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { webDir } from "./local-server";

const READY = `requestAnimationFrame(() => { window.__rootlabReady = performance.now(); dispatchEvent(new Event("rootlab-ready")); })`;

const pages: Record<string, { type: string; body: () => Buffer | string }> = {
  "/blank": { type: "text/html", body: () => `<!doctype html><html><head><title>blank</title></head><body><p>A page with nothing but this text.</p><script>${READY}</script></body></html>` },
  "/xterm": {
    type: "text/html",
    body: () =>
      `<!doctype html><html><head><title>xterm</title><link rel="stylesheet" href="/xterm.css"><script src="/xterm.js"></script></head>` +
      `<body><div id="t" style="width:720px;height:440px"></div><script>` +
      `const t = new Terminal(); t.open(document.getElementById("t")); t.write("root@host:~# ", () => ${READY});` +
      `</script></body></html>`,
  },
  "/xterm.js": { type: "text/javascript", body: () => readFileSync(xtermFile("lib/xterm.js")) },
  "/xterm.css": { type: "text/css", body: () => readFileSync(xtermFile("css/xterm.css")) },
};

function xtermFile(path: string): string {
  return createRequire(`${webDir}/package.json`).resolve(`@xterm/xterm/${path}`);
}

export interface ReferenceServer {
  url: string;
  stop(): Promise<void>;
}

export function startReferenceServer(): Promise<ReferenceServer> {
  const bodies = new Map(Object.entries(pages).map(([path, p]) => [path, { type: p.type, body: p.body() }]));
  const server = createServer((req, res) => {
    const page = bodies.get(req.url ?? "");
    if (!page) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("content-type", page.type);
    res.end(page.body);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
