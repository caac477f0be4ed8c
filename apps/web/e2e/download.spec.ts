/**
 * A file made in the simulated host leaves it as a real download (`sz FILE`),
 * and the real tools open it: tar lists what the simulation archived.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectPrompt, focusTerminal, run } from "./terminal";

test("sz hands a tar.gz made in the terminal to the browser, and real tar reads it", async ({ page }) => {
  await page.goto("/lessons/two-addresses-one-nic");
  await expectPrompt(page);
  await focusTerminal(page);
  await run(page, "tar czf /root/etc-net.tgz /etc/network /etc/hostname");
  const download = page.waitForEvent("download");
  await run(page, "sz /root/etc-net.tgz");
  const file = await download;
  expect(file.suggestedFilename()).toBe("etc-net.tgz");
  const path = join(mkdtempSync(join(tmpdir(), "rootlab-dl-")), "etc-net.tgz");
  await file.saveAs(path);
  const listing = execFileSync("tar", ["tzf", path], { encoding: "utf8" });
  expect(listing.split("\n")).toEqual(expect.arrayContaining(["etc/network/interfaces", "etc/hostname"]));
});
