/**
 * Search cost as a reader feels it: bytes fetched for a first search, and time from the last keystroke to
 * results, in Debian's Chromium against `astro preview` of dist/. Part of `npm run bench`.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

const PORT = 4329;
const QUERIES = ['kms', 'SSE-C', 'us-east-1', 'certificate', 'DDoS', 'parameter store', 'who used my key', 'cryptomining', 'MRK', 'web ACL'];

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

export async function benchSearch(): Promise<{ firstSearchBytes: number; firstSearchRequests: number; medianMs: number }> {
  const server = spawn('node_modules/.bin/astro', ['preview', '--port', String(PORT), '--force'], { stdio: 'ignore' });
  try {
    const base = `http://localhost:${PORT}`;
    await waitForServer(`${base}/`);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/') && !response.url().includes('ui-core')) return;
      requests++;
      bytes += Number(response.headers()['content-length'] ?? (await response.body()).length);
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
  } finally {
    server.kill();
  }
}
