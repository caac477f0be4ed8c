/**
 * The platform end to end, against the real server and database (no stand-in
 * for the API here): the demo instructor creates a cohort, a new learner
 * signs up, joins with the code, solves an exercise in the terminal, and the
 * instructor's matrix and CSV show it. Names with markup stay text.
 */
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, learnerSolutions, run } from "./terminal";

const EXERCISE = "two-addresses-add";

test("instructor creates a cohort, a learner joins and solves, the matrix and CSV show it", async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  teacher.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await teacher.goto("/signin?next=/teach");
  await teacher.getByLabel("Email").fill("instructor@rootlab.demo");
  await teacher.getByLabel("Password").fill("rootlab-demo-instructor");
  await teacher.getByRole("button", { name: "Sign in" }).click();
  await expect(teacher).toHaveURL(/\/teach$/);
  const title = `E2E <img src=x onerror=alert(1)> ${Date.now()}`;
  await teacher.getByLabel("Title").fill(title);
  await teacher.getByRole("button", { name: "Create cohort" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(title);
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{8}$/);
  const cohortUrl = teacher.url();

  const learner = await (await browser.newContext()).newPage();
  learner.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const email = `e2e-${Date.now()}@example.test`;
  const name = `<b>Eve</b> ${Date.now()}`;
  await learner.goto(`/join/${code}`);
  await expect(learner).toHaveURL(/\/signin\?next=/);
  await learner.goto(`/signup?next=${encodeURIComponent(`/join?code=${code}`)}`);
  await learner.getByLabel("Name").fill(name);
  await learner.getByLabel("Email").fill(email);
  await learner.getByLabel("Password").fill("a long enough password");
  await learner.getByRole("button", { name: "Create account" }).click();
  await expect(learner.getByLabel("Join code")).toHaveValue(code);
  await learner.getByRole("button", { name: "Join" }).click();
  await expect(learner).toHaveURL(/\/dashboard$/);
  await expect(learner.getByRole("heading", { name: title })).toBeVisible();

  await learner.getByRole("link", { name: "Two IP addresses on one NIC" }).first().click();
  // the learner's own variant: the server grades a signed-in learner in it
  const { reference } = await learnerSolutions(learner, EXERCISE);
  await expectPrompt(learner);
  await focusTerminal(learner);
  for (const line of reference) await run(learner, line);
  await learner.getByRole("button", { name: /^Check/ }).click();
  await expect(learner.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();

  await teacher.goto(cohortUrl);
  const row = teacher.getByTestId("matrix").getByRole("row").filter({ hasText: email });
  await expect(row.locator(`td[data-state="passed"]`)).toHaveCount(1);
  // the name is shown as typed, not as markup
  await expect(row.getByRole("link", { name })).toBeVisible();

  const cohortId = cohortUrl.split("/").at(-1)!;
  const csv = await teacher.request.get(`/api/cohorts/${cohortId}/matrix.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  const line = text.split("\r\n").find((l) => l.includes(email) && l.includes(EXERCISE));
  expect(line).toContain(",passed,1,1,");
  // a learner cannot read it
  expect((await learner.request.get(`/api/cohorts/${cohortId}/matrix.csv`)).status()).toBe(403);
  expect(dialogs).toEqual([]);
});
