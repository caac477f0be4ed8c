/** Signing up and in through the site's own forms, as a person would. */
import { expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "a long enough password";

/** A new browser (its own cookies and storage) with a new learner signed up in it; lands on `next`. */
export async function newLearner(browser: Browser, name: string, next = "/dashboard"): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext()).newPage();
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  await page.goto(`/signup?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // the first visit of a page can be slow on a loaded machine: the account exists by then, the navigation follows
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, "\\?")}$`), { timeout: 30_000 });
  return { page, email };
}

/** A new browser signed in as the demo instructor (scripts seed it for every e2e run). */
export async function demoInstructor(browser: Browser, next = "/teach"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill("instructor@rootlab.demo");
  await page.getByLabel("Password").fill("rootlab-demo-instructor");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`), { timeout: 30_000 });
  return page;
}

/** Fail the test on any alert/confirm/prompt: hostile text must never run. */
export function noDialogs(page: Page, seen: string[]): void {
  page.on("dialog", (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
}
