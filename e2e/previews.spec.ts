import { expect, test } from '@playwright/test';
import { publishedPaths } from './site.ts';

for (const path of publishedPaths) {
  test(`${path} has link-preview meta and its own 1200×630 image`, async ({ page, request }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect((await meta('meta[property="og:description"]'))?.length).toBeGreaterThanOrEqual(70);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`http://localhost:4321${path}`);
    const image = await meta('meta[property="og:image"]');
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const png = await response.body();
    // PNG header: width and height are the big-endian integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test('a sitemap lists the pages', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of publishedPaths) expect(sitemap).toContain(`<loc>http://localhost:4321${path}</loc>`);
});
