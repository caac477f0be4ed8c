/**
 * The live connection tracking table and the lab's fast-forward control:
 * an entry made on the host shows in the table with its timeout, the
 * timeout counts down when time is let pass, and the entry leaves the table
 * when its time is up. The entry is made with `conntrack -I` (the kernel's
 * tracking of real connections is exercised in the simulation's tests);
 * all through the keyboard.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run } from "./terminal";

const LESSON = "/lessons/two-addresses-one-nic";

test("a conntrack entry appears in the table and disappears when time is fast-forwarded", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const panel = page.getByRole("region", { name: /Connection tracking/ });
  await expect(panel).toHaveCount(0);

  await focusTerminal(page);
  await run(page, "conntrack -I -p tcp -s 192.168.1.10 -d 10.0.0.2 --sport 1311 --dport 80 --state SYN_SENT -t 120");
  await expect(panel).toBeVisible();
  const row = panel.getByRole("row").filter({ hasText: "192.168.1.10:1311 → 10.0.0.2:80" });
  await expect(row).toContainText("SYN_SENT");
  await expect(row).toContainText("[UNREPLIED]");
  await expect(row).toContainText("120 s");
  const clock = page.getByRole("group", { name: "Lab time" }).locator("time");
  const before = await clock.textContent();

  // keyboard only: Tab to "+1 min" and press Enter
  const oneMinute = page.getByRole("button", { name: "Let 1 minute pass" });
  await oneMinute.focus();
  await page.keyboard.press("Enter");
  await expect(row).toContainText("60 s");
  await expect(clock).not.toHaveText(before ?? "");

  await page.getByRole("button", { name: "Let 1 minute pass" }).press("Enter");
  await expect(panel.getByRole("row").filter({ hasText: "192.168.1.10:1311" })).toHaveCount(0);
  await expect(panel).toContainText("No entries");

  // the terminal agrees
  await focusTerminal(page);
  await run(page, "conntrack -C");
  await expect(page.locator(".terminal-host:not([hidden]) .xterm-rows")).toContainText("conntrack -C0");
});
