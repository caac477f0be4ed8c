/**
 * The network picture beside the terminal on the first lesson: it shows the
 * lab's host with eth0 and its address, follows the world after each command
 * line, says the same in a list for screen readers, and collapses from the
 * keyboard.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run } from "./terminal";

const LESSON = "/lessons/two-addresses-one-nic";

test("the network picture shows eth0 with 192.168.1.10/24 and updates after ip addr add", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const picture = page.locator("details.topology");
  const svg = picture.locator("svg.topology-svg");
  const host = svg.locator('[data-host="host"]');
  await expect(host).toContainText("eth0 UP");
  await expect(host).toContainText("192.168.1.10/24");
  await expect(host).toContainText("default via 192.168.1.1");
  await expect(host).not.toContainText("192.168.1.11/24");
  // laid out within the lab column at 1366x768, beside the terminal
  const box = (await svg.boundingBox())!;
  const lab = (await page.locator(".lab").boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(lab.x);
  expect(box.x + box.width).toBeLessThanOrEqual(lab.x + lab.width);

  await focusTerminal(page);
  await run(page, "ip addr add 192.168.1.11/24 dev eth0");
  await expect(host).toContainText("192.168.1.11/24");
  await run(page, "ip link set eth0 down");
  await expect(host).toContainText("eth0 DOWN");
  await expect(svg.locator(".topo-edge--dead")).toHaveCount(1);

  // The text alternative states the same facts.
  const facts = page.getByRole("list", { name: "Network facts", includeHidden: true });
  await expect(facts).toContainText("host eth0: DOWN; 192.168.1.10/24, 192.168.1.11/24.");
  // as on Linux, the default route went with the link
  await expect(facts).toContainText("Host host: IP forwarding off; no default route.");
});

test("the network picture collapses from the keyboard and stays collapsed after a reload", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const summary = page.locator("details.topology > summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("details.topology")).not.toHaveAttribute("open");
  await expect(page.locator("svg.topology-svg")).toBeHidden();
  await page.reload();
  await expectPrompt(page);
  await expect(page.locator("details.topology")).toBeAttached();
  await expect(page.locator("details.topology")).not.toHaveAttribute("open");
  await summary.focus();
  await page.keyboard.press("Space");
  await expect(page.locator("svg.topology-svg")).toBeVisible();
});

test("when the picture's code cannot be fetched (connection lost), the lab works on and the picture comes once back online", async ({ page, context }) => {
  // the first fetch of the chunk that holds the picture fails as a lost connection does; later ones go through
  let failed = 0;
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (failed === 0 && body.includes("topology-svg")) {
      failed++;
      await route.abort("internetdisconnected");
      return;
    }
    await route.fulfill({ response, body });
  });
  await page.goto(LESSON);
  await expectPrompt(page);
  await expect(page.getByRole("button", { name: /^Check/ })).toBeEnabled();
  await expect.poll(() => failed).toBe(1);
  // no "This page couldn't load": the terminal runs lines, the picture waits
  await focusTerminal(page);
  await run(page, "ip addr add 192.168.1.11/24 dev eth0");
  await expect(page.locator("details.topology svg.topology-svg")).toHaveCount(0);
  // the browser is back online: the chunk is fetched again and the picture shows the world as it is now
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.locator('details.topology svg.topology-svg [data-host="host"]')).toContainText("192.168.1.11/24");
});
