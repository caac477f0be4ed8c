/** Reading and typing into the lab's terminal as a learner would. */
import { getExercise, type ParsedExercise, variantSeedFor } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { expect, type Page } from "@playwright/test";

/** The shown terminal's screen, one string per row, trailing blanks trimmed (xterm's DOM renderer). */
export async function screenRows(page: Page): Promise<string[]> {
  return page
    .locator(".terminal-host:not([hidden]) .xterm-rows > div")
    .evaluateAll((rows) => rows.map((r) => (r.textContent ?? "").replace(/\u00a0/g, " ").trimEnd()));
}

export async function screenText(page: Page): Promise<string> {
  return (await screenRows(page)).join("\n");
}

/** Wait until the terminal shows a prompt on its last non-empty row. */
export async function expectPrompt(page: Page, prompt = /root@\S+:\S*# ?$/): Promise<void> {
  await expect
    .poll(async () => (await screenRows(page)).filter((r) => r.trim() !== "").at(-1) ?? "", { message: "terminal prompt" })
    .toMatch(prompt);
}

/** Type a command line key by key into the focused terminal and press Enter; wait for the next prompt. */
export async function run(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  await expectPrompt(page);
}

/** Paste a command line into the focused terminal (one input event, as a paste) and press Enter; wait for the next prompt. */
export async function paste(page: Page, line: string): Promise<void> {
  await page.keyboard.insertText(line);
  await page.keyboard.press("Enter");
  await expectPrompt(page);
}

export async function focusTerminal(page: Page): Promise<void> {
  await page.locator(".terminal-host:not([hidden]) .xterm-helper-textarea").focus();
}

/** Answer POST /api/attempts as the server would, and keep the bodies for assertions. */
export async function fakeAttemptsApi(page: Page): Promise<unknown[]> {
  const bodies: unknown[] = [];
  await page.route("**/api/attempts", async (route) => {
    const body = route.request().postDataJSON();
    bodies.push(body);
    await route.fulfill({ status: 201, contentType: "application/json", json: { attempt: { id: `a${bodies.length}`, score: 1, results: [] } } });
  });
  return bodies;
}

/**
 * The exercise in the variant this page's learner got (the lab's
 * `data-variant-seed`). For a signed-in learner, waits until the page has
 * settled on their own variant (the one the server grades them in).
 */
export async function learnerExercise(page: Page, exerciseId: string): Promise<ParsedExercise> {
  const lab = page.locator("#lab[data-variant-seed]");
  await expect(lab).toHaveCount(1);
  const session = (await (await page.request.get("/api/auth/get-session")).json().catch(() => null)) as { user?: { id: string } } | null;
  // the page corrects itself when its (lazily loaded) session client answers: slow on a loaded machine
  if (session?.user) await expect(lab).toHaveAttribute("data-variant-seed", String(variantSeedFor(session.user.id)), { timeout: 30_000 });
  const seed = Number(await lab.getAttribute("data-variant-seed"));
  return getExercise(exerciseId, seed)!;
}

/** The reference and wrong solutions in this page's learner's variant. */
export async function learnerSolutions(page: Page, exerciseId: string) {
  return solutionsFor(await learnerExercise(page, exerciseId))!;
}
