/**
 * Dev-only look at the network picture for every built-in lab (the lesson
 * pages use only `single` today): renders TopologyPicture for each lab, fresh
 * and after a few commands, into one HTML page styled by globals.css, and
 * screenshots it at the lab column's width.
 *
 *   npx tsx apps/web/scripts/topology-preview.tsx [OUT.png]   (default: /tmp/topology-preview.png; the HTML beside it)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { LabSession, listLabs } from "@rootlab/sim";
import { renderToStaticMarkup } from "react-dom/server";
import { TopologyPicture } from "../src/components/TopologyPicture";
import { topologyFacts } from "../src/topology/facts";
import { chromiumArgs, chromiumPath } from "./chromium";
import { webDir } from "./local-server";

/** commands that change what the picture shows, per lab */
const AFTER: Record<string, [string, string][]> = {
  single: [["host", "ip addr add 192.168.1.11/24 dev eth0"], ["host", "ip link set eth0 down"]],
  gateway: [["machine_A", "sysctl -w net.ipv4.ip_forward=1"], ["inet", "ip route add default via 10.0.0.1"], ["machine_B", "ip link set eth0 down"]],
  "one-nic-router": [["router", "echo 1 > /proc/sys/net/ipv4/ip_forward"], ["pc2", "ip route del default"]],
};

async function main(): Promise<void> {
  const out = process.argv[2] ?? "/tmp/topology-preview.png";
  const sections = listLabs().flatMap((lab) => {
    const s = LabSession.create(lab.id);
    const fresh = renderToStaticMarkup(<TopologyPicture facts={topologyFacts(s.world.state)} open onToggle={() => {}} />);
    for (const [h, l] of AFTER[lab.id] ?? []) s.run(h, l);
    const after = renderToStaticMarkup(<TopologyPicture facts={topologyFacts(s.world.state)} open onToggle={() => {}} />);
    const cmds = (AFTER[lab.id] ?? []).map(([h, l]) => `${h}# ${l}`).join("; ");
    return [`<h2>${lab.id}</h2>${fresh}`, `<h3>after: ${cmds}</h3>${after}`];
  });
  const css = readFileSync(join(webDir, "src/app/globals.css"), "utf8");
  const html = `<!doctype html><meta charset="utf-8"><style>${css}</style><body style="width:690px;padding:16px;background:#f1f3f5">${sections.join("")}</body>`;
  const htmlPath = out.replace(/\.png$/, ".html");
  writeFileSync(htmlPath, html);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 722, height: 600 }, deviceScaleFactor: 1 });
    await page.goto(`file://${htmlPath}`);
    await page.screenshot({ path: out, fullPage: true });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
