/**
 * Search cost as a reader feels it: bytes fetched for a first search, and time from the last keystroke to
 * results, in Debian's Chromium against the preview server at `base`. Part of `npm run bench`.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const QUERIES = ['kms', 'SSE-C', 'us-east-1', 'certificate', 'DDoS', 'parameter store', 'who used my key', 'cryptomining', 'MRK', 'web ACL'];

export async function benchSearch(base: string): Promise<{ firstSearchBytes: number; firstSearchRequests: number; medianMs: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/') && !response.url().includes('ui-core')) return;
    requests++;
    const length = response.headers()['content-length'];
    bytes += length ? Number(length) : (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.keyboard.press('Control+k');
  const input = page.locator('.pagefind-ui__search-input');
  const timings: number[] = [];
  let first = { firstSearchBytes: 0, firstSearchRequests: 0 };
  for (const [index, query] of QUERIES.entries()) {
    const started = performance.now();
    await input.fill(query);
    await page.waitForFunction(
      (q) => document.querySelector('.pagefind-ui__message')?.textContent?.trim().endsWith(q) ?? false,
      query,
      { polling: 10 },
    );
    timings.push(performance.now() - started);
    if (index === 0) {
      await page.waitForLoadState('networkidle');
      first = { firstSearchBytes: bytes, firstSearchRequests: requests };
    }
  }
  await browser.close();
  timings.sort((a, b) => a - b);
  return { ...first, medianMs: Math.round(timings[Math.floor(timings.length / 2)]!) };
}
