/**
 * Per-learner variants on the lesson page, end to end: two learners side by
 * side get different addresses in the same exercise, each is graded in their
 * own (locally and by the server), and one's answer does not pass for the
 * other. An anonymous browser keeps its variant across reloads.
 */
import { expect, test } from "@playwright/test";
import { newLearner, noDialogs } from "./accounts";
import { expectPrompt, fakeAttemptsApi, focusTerminal, learnerExercise, learnerSolutions, paste, run } from "./terminal";

const LESSON = "/lessons/two-addresses-one-nic";
const EXERCISE = "two-addresses-add";

test("two learners side by side see different addresses, and one's answer does not pass for the other", async ({ browser }) => {
  test.setTimeout(400_000);
  const dialogs: string[] = [];
  const a = await newLearner(browser, "Ada Variant", LESSON);
  const b = await newLearner(browser, "Bo Variant", LESSON);
  noDialogs(a.page, dialogs);
  noDialogs(b.page, dialogs);

  const exA = await learnerExercise(a.page, EXERCISE);
  const exB = await learnerExercise(b.page, EXERCISE);
  expect(exA.variant.seed).not.toBe(exB.variant.seed);
  expect(exA.variant.values).not.toEqual(exB.variant.values);
  // what each page shows is that learner's own values
  for (const [page, ex] of [
    [a.page, exA],
    [b.page, exB],
  ] as const) {
    for (const [name, value] of Object.entries(ex.variant.values))
      for (const shown of await page.locator(`.tasks [data-param="${name}"]`).allTextContents()) expect(shown).toBe(value);
    await expect(page.locator(".tasks")).toContainText(ex.variant.values.addr2);
  }

  // A solves their own variant: every check passes in the browser and on the server
  const refA = (await learnerSolutions(a.page, EXERCISE)).reference;
  await expectPrompt(a.page);
  await focusTerminal(a.page);
  for (const line of refA) await run(a.page, line);
  await a.page.getByRole("button", { name: /^Check/ }).click();
  const total = exA.checks.length;
  await expect(a.page.locator('.results .result[data-passed="true"]')).toHaveCount(total);
  await expect(a.page.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();
  const mineA = await a.page.request.get("/api/me/cohorts");
  expect(mineA.status()).toBe(200);

  // B pastes A's answer: it is not B's exercise, and the checks say so
  await expectPrompt(b.page);
  await focusTerminal(b.page);
  for (const line of refA) await paste(b.page, line);
  await b.page.getByRole("button", { name: /^Check/ }).click();
  await expect(b.page.locator(".results .result").first()).toBeVisible();
  expect(await b.page.locator('.results .result[data-passed="true"]').count()).toBeLessThan(total);
  await expect(b.page.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();

  // the server's records agree: A passed, B did not
  const history = async (page: typeof a.page) => {
    const session = await (await page.request.get("/api/auth/get-session")).json();
    const res = await page.request.get(`/api/learners/${session.user.id}/attempts`);
    return ((await res.json()).attempts as { exerciseId: string; passed: boolean; variant: number }[]).filter((x) => x.exerciseId === EXERCISE);
  };
  expect((await history(a.page)).map((x) => [x.passed, x.variant])).toEqual([[true, exA.variant.seed]]);
  expect((await history(b.page)).map((x) => [x.passed, x.variant])).toEqual([[false, exB.variant.seed]]);
  expect(dialogs).toEqual([]);
});

test("an anonymous browser keeps its own variant across reloads; another browser gets another", async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext()).newPage();
  await fakeAttemptsApi(first);
  await first.goto(LESSON);
  const ex = await learnerExercise(first, EXERCISE);
  await expectPrompt(first);
  await focusTerminal(first);
  await run(first, `ip addr add ${ex.variant.values.addr2}/24 dev eth0 label eth0:1`);
  await first.reload();
  expect((await learnerExercise(first, EXERCISE)).variant.seed).toBe(ex.variant.seed);
  await expectPrompt(first);
  // the saved work replays in the same variant
  await first.keyboard.press("Control+Enter");
  await expect(first.locator('.results .result[data-check="ip-label"]')).toHaveAttribute("data-passed", "true");

  const second = await (await browser.newContext()).newPage();
  await second.goto(LESSON);
  expect((await learnerExercise(second, EXERCISE)).variant.seed).not.toBe(ex.variant.seed);
});
