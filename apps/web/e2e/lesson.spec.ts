/**
 * A learner's path through the first lesson, in a real browser against the
 * production build: open the course, reach the lesson, type into the real
 * terminal, check, reload and find the work as they left it.
 *
 * /api/attempts is answered by a stand-in here (page.route): these tests are
 * about the page; the endpoint has its own tests.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, fakeAttemptsApi, focusTerminal, learnerSolutions, run, screenText } from "./terminal";

const LESSON = "/lessons/two-addresses-one-nic";
const FIRST_EXERCISE = "two-addresses-add";

test("home page leads to the first lesson and its terminal shows a prompt", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Course outline" })).toBeVisible();
  await page.getByRole("link", { name: "Two IP addresses on one NIC" }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Two IP addresses on one NIC" })).toBeVisible();
  await expectPrompt(page);
  // Focused on load: the learner can type at once.
  await expect(page.locator(".xterm-helper-textarea").first()).toBeFocused();
});

test("the reference solution typed key by key passes every check, and survives a reload", async ({ page }) => {
  const posted = await fakeAttemptsApi(page);
  await page.goto(LESSON);
  // this browser's own variant of the exercise
  const reference = (await learnerSolutions(page, FIRST_EXERCISE)).reference;
  await expectPrompt(page);
  await focusTerminal(page);
  for (const line of reference) await run(page, line);

  await page.getByRole("button", { name: /^Check/ }).click();
  const results = page.locator(".results .result");
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('.results .result[data-passed="true"]')).toHaveCount(count);
  // the results announcer (the lab clock beside the terminal is announced politely too)
  await expect(page.locator("[aria-live=polite][aria-atomic=true]")).toContainText(`All ${count} checks pass`);
  await expect(page.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();

  expect(posted).toHaveLength(1);
  const body = posted[0] as { clientId: string; exerciseId: string; seed: number; variant: number; entries: { line?: string }[] };
  expect(body.clientId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.exerciseId).toBe(FIRST_EXERCISE);
  expect(typeof body.seed).toBe("number");
  expect(body.variant).toBe(Number(await page.locator("#lab").getAttribute("data-variant-seed")));
  expect(body.entries.map((e) => e.line)).toEqual(reference);

  // Reload: the saved transcript is replayed and the screen redrawn as the learner left it
  // (the visible rows; earlier lines are in the scrollback).
  const before = await screenText(page);
  expect(before).toContain("eth0:0: flags=");
  await page.reload();
  await expectPrompt(page);
  expect(await screenText(page)).toBe(before);
  await page.keyboard.press("Control+Enter");
  await expect(page.locator('.results .result[data-passed="true"]')).toHaveCount(count);
});

test("a wrong command shows the real tool's error", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, "ip addr add 192.168.1.20/33 dev eth0");
  expect(await screenText(page)).toContain('Error: any valid prefix is expected rather than "192.168.1.20/33".');
});

test("Tab completes in the terminal as bash-completion does", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  // As bash-completion on Debian 12: `ip ad` has two candidates, address and addrlabel; Tab inserts their common
  // prefix. (`ip a` has a third, amt, so a single Tab there only rings the bell.)
  await page.keyboard.type("ip ad");
  await page.keyboard.press("Tab");
  await expect.poll(async () => (await screenText(page)).split("\n").filter((r) => r.trim()).at(-1)).toMatch(/# ip addr$/);
  await expect(page.locator(".terminal-host:not([hidden]) .xterm-helper-textarea")).toBeFocused();
});

test("Escape then Tab leaves the terminal", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  const textarea = page.locator(".terminal-host:not([hidden]) .xterm-helper-textarea");
  await page.keyboard.press("Tab");
  await expect(textarea).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(page.getByText("Tab now leaves the terminal")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(textarea).not.toBeFocused();
  // Focus went to the next control after the terminal, not back to the top of the page.
  expect(await page.evaluate(() => document.activeElement?.closest(".lab") !== null)).toBe(true);
});

test("Reset lab asks first, then starts afresh and forgets the saved work", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, "echo marker-before-reset");
  await page.getByRole("button", { name: "Reset lab" }).click();
  const dialog = page.getByRole("dialog", { name: "Reset the lab?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await screenText(page)).toContain("marker-before-reset");

  await page.getByRole("button", { name: "Reset lab" }).click();
  await dialog.getByRole("button", { name: "Reset lab" }).click();
  await expectPrompt(page);
  expect(await screenText(page)).not.toContain("marker-before-reset");
  await page.reload();
  await expectPrompt(page);
  expect(await screenText(page)).not.toContain("marker-before-reset");
});

test("an attempt made offline is kept and sent when the browser is back online", async ({ page, context }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  // the prompt comes before the simulation: Check is offered once the lab and the grader are here
  await expect(page.getByRole("button", { name: /^Check/ })).toBeEnabled();
  await context.setOffline(true);
  await page.getByRole("button", { name: /^Check/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "will be saved when you are back online" })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("rootlab:outbox") ?? "[]").length)).toBe(1);

  const posted = await fakeAttemptsApi(page);
  await context.setOffline(false); // fires the page's `online` event
  await expect(page.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();
  expect(posted).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem("rootlab:outbox"))).toBeNull();
});

test("the exercise picker switches to another exercise with its own lab", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, "echo first-exercise-work");
  await page.getByRole("button", { name: "Exercise 2" }).click();
  await expect(page.getByRole("button", { name: "Exercise 2" })).toHaveAttribute("aria-pressed", "true");
  await expectPrompt(page);
  expect(await screenText(page)).not.toContain("first-exercise-work");
  await page.getByRole("button", { name: "Exercise 1" }).click();
  await expectPrompt(page);
  expect(await screenText(page)).toContain("first-exercise-work");
});

test("the home page shows progress kept in this browser", async ({ page }) => {
  await fakeAttemptsApi(page);
  await page.goto(LESSON);
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, "ip addr");
  await page.goto("/");
  await expect(page.locator("[data-progress]").first()).toHaveText(/In progress/);
});

test("screen reader mode switches xterm's accessibility tree on, and is remembered", async ({ page }) => {
  await page.goto(LESSON);
  await expectPrompt(page);
  const tree = page.locator(".terminal-host:not([hidden]) .xterm-accessibility-tree");
  await expect(tree).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Screen reader mode" }).check();
  await expect(tree).toHaveCount(1);
  await page.reload();
  await expectPrompt(page);
  await expect(page.getByRole("checkbox", { name: "Screen reader mode" })).toBeChecked();
  await expect(tree).toHaveCount(1);
  await expect(tree).toContainText("root@host");
});

test("keyboard only: the skip link, then Tab reaches the lab's controls", async ({ page }) => {
  // Stacked layout (narrow window): nothing takes focus on load, so the first Tab is the page's first stop.
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(LESSON);
  // Stacked, the terminal starts below the fold, and xterm.js draws nothing while it is off screen.
  await page.locator(".terminal-host").first().scrollIntoViewIfNeeded();
  await expectPrompt(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // Every control of the lab is reachable with Tab, in reading order; the terminal is left with Escape then Tab.
  const reached: string[] = [];
  for (let i = 0; i < 40 && !reached.includes("Check"); i++) {
    const inTerminal = await page.evaluate(() => document.activeElement?.classList.contains("xterm-helper-textarea") ?? false);
    if (inTerminal) await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains("xterm-helper-textarea") ? "terminal" : (el?.textContent ?? "").trim().split(/\s+/)[0] || el?.tagName || "";
      }),
    );
  }
  expect(reached).toContain("Exercise");
  expect(reached).toContain("terminal");
  expect(reached.indexOf("Check")).toBe(reached.indexOf("terminal") + 1);
});
