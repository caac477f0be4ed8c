/**
 * Open Graph: the lesson page names an image that is really a PNG of the
 * declared size, the site has a default image, and certificate verification
 * pages answer 404 for ids that were never issued.
 */
import { type APIRequestContext, expect, test } from "@playwright/test";

const LESSON = "/lessons/two-addresses-one-nic";

/** The page's <meta property|name=key> content. */
async function meta(html: string, key: string): Promise<string | undefined> {
  const m = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`));
  return m?.[1].replaceAll("&amp;", "&");
}

/** Fetches an absolute og:image URL from the server under test (metadataBase may name another origin). */
async function fetchImage(request: APIRequestContext, url: string) {
  const u = new URL(url);
  const res = await request.get(u.pathname + u.search);
  return { res, body: await res.body() };
}

function expectPng(body: Buffer, width: number, height: number): void {
  // the 8-byte PNG signature, then the IHDR chunk: width and height, big-endian
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect(body.readUInt32BE(16)).toBe(width);
  expect(body.readUInt32BE(20)).toBe(height);
  // a drawn card, not an empty canvas, and not unreasonably large for a link preview
  expect(body.length).toBeGreaterThan(10_000);
  expect(body.length).toBeLessThan(1_000_000);
}

test("the lesson page's og:image is a 1200x630 PNG, with title and description tags", async ({ request }) => {
  const page = await request.get(LESSON);
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(await meta(html, "og:title")).toBe("Two IP addresses on one NIC");
  expect((await meta(html, "og:description"))?.length).toBeGreaterThan(20);
  expect(await meta(html, "twitter:card")).toBe("summary_large_image");
  expect(await meta(html, "og:image:width")).toBe("1200");
  expect(await meta(html, "og:image:height")).toBe("630");
  const image = await meta(html, "og:image");
  expect(image).toMatch(new RegExp(`^https?://[^/]+${LESSON}/opengraph-image`));

  const { res, body } = await fetchImage(request, image!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expectPng(body, 1200, 630);
});

test("the home page carries the site's default og:image", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const image = await meta(html, "og:image");
  expect(image).toMatch(/^https?:\/\/[^/]+\/opengraph-image/);
  const { res, body } = await fetchImage(request, image!);
  expect(res.status()).toBe(200);
  expectPng(body, 1200, 630);
});

test("a certificate that was never issued is a 404, page and image alike", async ({ page, request }) => {
  for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "not-a-certificate", "%3Cscript%3E"]) {
    const res = await page.goto(`/certificates/${id}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByText("Verified certificate")).toHaveCount(0);
    expect((await request.get(`/certificates/${id}/opengraph-image`)).status()).toBe(404);
  }
});

test("/certificate asks an anonymous visitor to sign in", async ({ page }) => {
  await page.goto("/certificate");
  await expect(page).toHaveURL(/\/signin\?next=%2Fcertificate$/);
});
