/**
 * A machine that does not boot: the page shows its console's buttons (as a
 * hosting provider's panel would) under the terminal; they act as the words
 * typed at the console do, and go into the transcript like them.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run, screenText } from "./terminal";

test("a machine that stops at boot offers its console's buttons: rescue disc and reset", async ({ page }) => {
  await page.goto("/lessons/mbr-rescue");
  await expectPrompt(page);
  await page.getByRole("button", { name: "Exercise 2" }).click();
  // the exercise's own terminal (the first one's goes away)
  await expect(page.locator('.terminal-host[data-exercise="mbr-boot-again"]')).toHaveCount(1);
  await expectPrompt(page);
  const consoleBar = page.getByRole("group", { name: /^Console of / });
  await expect(consoleBar).toHaveCount(0);

  // the exercise's setup wiped the boot code: rebooting stops in the firmware
  await focusTerminal(page);
  await page.keyboard.type("reboot");
  await page.keyboard.press("Enter");
  await expect(consoleBar).toBeVisible();
  await expect(consoleBar).toContainText("is not running Linux");
  await expect.poll(() => screenText(page)).toContain("[Rootlab console] The machine did not start Linux.");

  // the rescue disc boots: a shell on the rescue system, and the buttons go away
  await consoleBar.getByRole("button", { name: "Boot the rescue disc" }).click();
  await expectPrompt(page, /root@rescue:\S*# ?$/);
  await expect(consoleBar).toHaveCount(0);

  // rebooting from the rescue system: the disk is still broken, the console is back; reset tries the disk again
  await run(page, "mount /dev/sda1 /mnt && ls /mnt/root/mbr.bak && umount /mnt");
  await expect.poll(() => screenText(page)).toContain("/mnt/root/mbr.bak");
  await page.keyboard.type("reboot");
  await page.keyboard.press("Enter");
  await expect(consoleBar).toBeVisible();
  await consoleBar.getByRole("button", { name: "Reset (boot from disk)" }).click();
  await expect(consoleBar).toBeVisible();

  // the transcript has the words, as if typed: a reload brings the same machine back
  await page.reload();
  await expectPrompt(page);
  await page.getByRole("button", { name: "Exercise 2" }).click();
  await expect(page.locator('.terminal-host[data-exercise="mbr-boot-again"]')).toHaveCount(1);
  await expect(page.getByRole("group", { name: /^Console of / })).toBeVisible();
  await expect.poll(() => screenText(page)).toContain("[Rootlab console] The machine did not start Linux.");
});
