/**
 * The live connection tracking table and the lab's fast-forward control:
 * a real connection made on the host shows in the table with its timeout,
 * the timeout counts down when time is let pass, and the entry leaves the
 * table when its time is up. In the connection tracking lesson's lab, fw
 * tracks once a rule needs conntrack; `nc -z` to the server opens and
 * closes a connection, which the table then holds in TIME_WAIT for 120 s;
 * all through the keyboard.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run } from "./terminal";

const LESSON = "/lessons/connection-tracking";

test("a conntrack entry appears in the table and disappears when time is fast-forwarded", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const panel = page.getByRole("region", { name: /Connection tracking/ });
  await expect(panel).toHaveCount(0);

  await focusTerminal(page);
  await run(page, "iptables -A OUTPUT -m conntrack --ctstate INVALID -j DROP");
  await run(page, "nc -z -p 1311 10.0.2.10 80");
  await expect(panel).toBeVisible();
  const row = panel.getByRole("row").filter({ hasText: "10.0.2.1:1311 → 10.0.2.10:80" });
  await expect(row).toContainText("TIME_WAIT");
  await expect(row).toContainText("[ASSURED]");
  await expect(row).toContainText(/\b1(19|20) s/);
  const clock = page.getByRole("group", { name: "Lab time" }).locator("time");
  const before = await clock.textContent();

  // keyboard only: Tab to "+1 min" and press Enter
  const oneMinute = page.getByRole("button", { name: "Let 1 minute pass" });
  await oneMinute.focus();
  await page.keyboard.press("Enter");
  await expect(row).toContainText(/\b(59|60) s/);
  await expect(clock).not.toHaveText(before ?? "");
  // a screen reader hears the skip once, through the page's announcer (the clock is not a live region)
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toContainText(`Lab time is now ${await clock.textContent()}.`);
  await expect(page.locator(".time-control [aria-live]")).toHaveCount(0);

  await page.getByRole("button", { name: "Let 1 minute pass" }).press("Enter");
  await expect(panel.getByRole("row").filter({ hasText: "10.0.2.1:1311" })).toHaveCount(0);
  await expect(panel).toContainText("No entries");

  // the terminal agrees
  await focusTerminal(page);
  await run(page, "conntrack -C");
  await expect(page.locator(".terminal-host:not([hidden]) .xterm-rows")).toContainText("conntrack -C0");
});
