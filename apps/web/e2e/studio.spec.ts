/**
 * The studio end to end, against the real server and database: on the bench
 * an instructor runs a lesson's reference and wrong solutions and watches the
 * checks flip, tries another variant and records a solution; then writes an
 * exercise of their own in the form, validates it, saves it, assigns it to
 * their cohort, and a learner of that cohort solves it and is graded on the
 * server. Hostile text typed into the form stays text everywhere.
 */
import { expect, test } from "@playwright/test";
import { demoInstructor, newLearner, noDialogs } from "./accounts";
import { expectPrompt, focusTerminal, run, screenText } from "./terminal";

const BENCH_EXERCISE = "Give eth0 two more addresses";

test("the bench runs a solution line by line, checks flip, a wrong one fails what it names; another seed; a recording", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await demoInstructor(browser, "/teach/studio");
  await page.getByRole("combobox", { name: "Exercise", exact: true }).selectOption({ label: BENCH_EXERCISE });
  await expect(page.getByRole("heading", { level: 2, name: BENCH_EXERCISE })).toBeVisible();
  const checks = page.getByTestId("studio-checks");
  await expect(checks.locator('[data-passed="false"]').first()).toBeVisible();
  const total = await checks.locator("li").count();

  // one line of the reference at a time: the checks flip as it goes
  const reference = page.getByTestId("solution-0");
  await reference.getByRole("button", { name: "Step through" }).click();
  await expect(checks.locator('[data-check="ip-label"]')).toHaveAttribute("data-passed", "true");
  expect(await checks.locator('[data-passed="true"]').count()).toBeLessThan(total);
  await reference.getByRole("button", { name: "Run all" }).click();
  await expect(page.getByTestId("verdict-0")).toHaveText(/every check passes/);
  await expect(checks.locator('[data-passed="true"]')).toHaveCount(total);
  expect(await screenText(page)).toContain("eth0:0");

  // a wrong solution: fails exactly the checks it names
  const wrong = page.getByTestId("solution-2");
  await wrong.getByRole("button", { name: "Run all" }).click();
  await expect(page.getByTestId("verdict-2")).toHaveText(/fails exactly .* as it must/);

  // another variant: other addresses in the tasks and the checks
  const addr2 = () => page.getByTestId("variant-values").locator('[data-param="addr2"]').textContent();
  const before = await addr2();
  let after = before;
  // a random seed: the same address as before is possible (about 1 in 240), so draw again then
  for (let tries = 0; tries < 5 && after === before; tries++) {
    const shown = (await page.getByTestId("variant").textContent()) ?? "";
    await page.getByRole("button", { name: "Try another seed" }).click();
    await expect(page.getByTestId("variant")).not.toHaveText(shown);
    await expect(page.getByTestId("variant")).toHaveText(/^variant seed \d+$/);
    after = await addr2();
  }
  expect(after).not.toBe(before);
  await expect(checks).toContainText(`eth0 has ${after}/24 labelled eth0:1`);

  // record what is typed: the variant's values come back as {{name}}
  await page.getByRole("button", { name: "Start recording" }).click();
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, `ip addr add ${after}/24 dev eth0 label eth0:1`);
  await page.getByRole("button", { name: "Stop recording" }).click();
  await expect(page.getByTestId("recorded-solution")).toHaveText('reference: [\n  "ip addr add {{addr2}}/24 dev eth0 label eth0:1",\n],');
  await expect(checks.locator('[data-check="ip-label"]')).toHaveAttribute("data-passed", "true");
});

test("an instructor writes an exercise in the studio, validates it, assigns it to a cohort, and a learner of that cohort solves it", async ({ browser }) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  const teacher = await demoInstructor(browser, "/teach/studio");
  noDialogs(teacher, dialogs);
  await teacher.getByRole("link", { name: "Write a new exercise" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "New exercise" })).toBeVisible();

  const title = `Studio e2e <img src=x onerror=alert(1)> ${Date.now()}`;
  const hostile = `<script>alert("fail")</script> not there`;
  await teacher.getByLabel("Exercise title").fill(title);
  await teacher.getByLabel("Lab", { exact: true }).selectOption("single");
  // raw HTML in the lesson text is refused, with its line
  await teacher.getByRole("textbox", { name: "Lesson text" }).fill("One host, `host`, with 192.168.1.10/24 on eth0.\n\n<img src=x onerror=alert(1)>\n");
  await expect(teacher.getByTestId("validation")).toContainText("Lesson text, line 3");
  await teacher.getByRole("textbox", { name: "Lesson text" }).fill("One host, `host`, with 192.168.1.10/24 on eth0. Look first:\n\n```sh\nip addr show dev eth0\n```\n");
  await teacher.getByLabel("Tasks").fill("Add **192.168.1.77/24** to `eth0`.");

  const c1 = teacher.getByTestId("check-0");
  await c1.getByLabel("Id", { exact: true }).fill("added");
  await c1.getByLabel("Title").fill("eth0 has 192.168.1.77/24");
  await c1.getByRole("combobox", { name: "Kind" }).selectOption("address");
  await c1.getByLabel("host", { exact: true }).fill("host");
  await c1.getByLabel("dev", { exact: true }).fill("eth0");
  await c1.getByLabel("address", { exact: true }).fill("192.168.1.77");
  // a mistake the grader's schema catches, shown at its field
  await expect(c1.getByText("expected an address with prefix length")).toBeVisible();
  await c1.getByLabel("address", { exact: true }).fill("192.168.1.77/24");
  await c1.getByLabel("When it fails").fill(hostile);

  await teacher.getByRole("button", { name: "Add a check" }).click();
  const c2 = teacher.getByTestId("check-1");
  await c2.getByLabel("Id", { exact: true }).fill("kept");
  await c2.getByLabel("Title").fill("eth0 keeps 192.168.1.10/24");
  await c2.getByLabel("host", { exact: true }).fill("host");
  await c2.getByLabel("dev", { exact: true }).fill("eth0");
  await c2.getByLabel("address", { exact: true }).fill("192.168.1.10/24");
  await c2.getByLabel("When it fails").fill("The original address is gone.");
  // without this the empty attempt would pass it: the validator says so
  await expect(teacher.getByTestId("validation")).toContainText('check "kept" passes on an empty attempt');
  await c2.getByLabel("Guard (holds on an untouched lab)").check();

  await teacher.getByLabel("Hints").fill("`ip addr help`\n`ip addr add ADDRESS/PREFIX dev eth0`");
  await teacher.getByLabel("Reference solution").fill("ip addr add 192.168.1.77/25 dev eth0");
  await expect(teacher.getByTestId("validation")).toContainText("the reference solution scores 0, not 1");
  await teacher.getByLabel("Reference solution").fill("ip addr add 192.168.1.77/24 dev eth0");

  await teacher.getByRole("button", { name: "Add a wrong solution" }).click();
  const w1 = teacher.getByTestId("wrong-0");
  await w1.getByLabel("What mistake it makes").fill("the wrong prefix length");
  await w1.getByLabel("Command lines").fill("ip addr add 192.168.1.77/25 dev eth0");
  await w1.getByLabel("added").check();

  await teacher.getByRole("button", { name: "Validate" }).click();
  await expect(teacher.getByTestId("validation-state")).toHaveText(/^The exercise holds/);
  await teacher.getByRole("button", { name: "Save exercise" }).click();
  await expect(teacher).toHaveURL(/\/teach\/studio\/exercises\/[a-z0-9]+\?saved=1$/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(teacher.getByTestId("form-status")).toHaveText(/^Saved/);

  await teacher.getByRole("combobox", { name: "Cohort" }).selectOption({ label: "Demo cohort: networking basics" });
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assign-status")).toHaveText("Assigned to Demo cohort: networking basics.");

  // a learner joins the cohort and finds the exercise on their dashboard
  const { page: learner, email } = await newLearner(browser, "Lou Learner", "/join?code=NETWRK42");
  noDialogs(learner, dialogs);
  await learner.getByRole("button", { name: "Join" }).click();
  await expect(learner).toHaveURL(/\/dashboard$/);
  await learner.getByRole("link", { name: title }).click();
  await expect(learner).toHaveURL(/\/exercises\/studio-[a-z0-9]+$/);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(learner.getByTestId("authored-lesson").locator("pre")).toContainText("ip addr show dev eth0");

  // checked before doing anything: the hostile fail message is shown as text
  await expectPrompt(learner);
  await learner.getByRole("button", { name: /^Check/ }).click();
  await expect(learner.locator('.results .result[data-check="added"]')).toContainText(hostile);
  await focusTerminal(learner);
  await run(learner, "ip addr add 192.168.1.77/24 dev eth0");
  await learner.getByRole("button", { name: /^Check/ }).click();
  await expect(learner.locator('.results .result[data-passed="true"]')).toHaveCount(2);
  await expect(learner.getByRole("status").filter({ hasText: "Attempt saved." })).toBeVisible();

  // the server graded it: the instructor's matrix shows it passed
  await teacher.goto("/teach");
  await teacher.getByRole("link", { name: "Demo cohort: networking basics" }).click();
  const row = teacher.getByTestId("matrix").getByRole("row").filter({ hasText: email });
  await expect(row.locator('td[data-state="passed"]')).toHaveCount(1);
  await expect(teacher.getByTestId("matrix").getByRole("columnheader", { name: title })).toBeVisible();
  expect(dialogs).toEqual([]);
});

test("the studio is for instructors: a learner finds nothing there", async ({ browser }) => {
  const { page } = await newLearner(browser, "Nosy Learner");
  for (const path of ["/teach/studio", "/teach/studio/exercises/new"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
  }
});
