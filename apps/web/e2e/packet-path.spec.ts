/**
 * The last command line's packet path under the network picture on the first
 * lesson: a ping to an absent gateway stops at ARP with no reply; a ping to
 * the host's own address is delivered locally through lo.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run } from "./terminal";

const LESSON = "/lessons/two-addresses-one-nic";

test("ping to a silent neighbour shows the ARP wait; ping to our own address shows local delivery", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const path = page.locator("details.topology details.packet-path");
  await expect(path).toHaveCount(0);

  await focusTerminal(page);
  await run(page, "ping -c 1 -W 1 192.168.1.1");
  const summary = path.locator("summary");
  await expect(summary).toContainText("No reply: at host, waiting for an ARP reply from 192.168.1.1 on eth0");
  await summary.click();
  const hops = page.getByRole("list", { name: "Packet path, hop by hop" });
  await expect(hops.getByRole("listitem").first()).toContainText("host (out eth0): 192.168.1.10 > 192.168.1.1: ICMP echo request. sent via eth0 (192.168.1.0/24 dev eth0)");
  await expect(hops.getByRole("listitem").last()).toContainText("waiting for an ARP reply from 192.168.1.1 on eth0");

  await focusTerminal(page);
  await run(page, "ping -c 1 192.168.1.10");
  await expect(summary).toContainText("Delivered at host: delivered to ping (ICMP echo reply).");
  await expect(hops.getByRole("listitem")).toHaveCount(4);
  await expect(hops.getByRole("listitem").first()).toContainText("sent to itself via lo (local 192.168.1.10 dev lo)");
  await expect(hops.getByRole("listitem").nth(1)).toContainText("host (in lo): 192.168.1.10 > 192.168.1.10: ICMP echo request. reply: ICMP echo reply");
  await expect(page.locator(".packet-hop--dropped")).toHaveCount(0);
});
