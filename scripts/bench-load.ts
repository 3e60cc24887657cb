/**
 * What a page costs a reader at load, measured in Debian's Chromium rather than read off the HTML: this counts
 * modules a script imports and code loaded after the first paint (client-side Mermaid loads its renderer that
 * way). Part of `npm run bench`.
 */
import { chromium, type Response } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.ts';

export interface PageLoad {
  page: string;
  requests: number;
  html: number;
  htmlGz: number;
  js: number;
  jsGz: number;
  css: number;
  cssGz: number;
  /** Diagrams drawn as SVG once the page has settled (inline at build time, or rendered in the browser). */
  diagrams: number;
  /** Decision widgets on the page. */
  widgets: number;
}

type Kind = 'html' | 'js' | 'css';
const KINDS: Record<string, Kind> = { document: 'html', script: 'js', stylesheet: 'css' };

export async function measureLoads(base: string, paths: readonly string[]): Promise<PageLoad[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const results: PageLoad[] = [];
    for (const path of paths) {
      // A fresh context per page: nothing comes from the cache of a page measured before.
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ kind: Kind | undefined; body: Buffer }>[] = [];
      page.on('response', (response: Response) => {
        const kind = KINDS[response.request().resourceType()];
        bodies.push(response.body().then((body) => ({ kind, body }), () => ({ kind, body: Buffer.alloc(0) })));
      });
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      // Client-side Mermaid goes on drawing after the network is quiet; count what it drew, not what it had drawn.
      await page
        .waitForFunction(() => [...document.querySelectorAll('pre.mermaid')].every((pre) => pre.querySelector('svg')), null, { timeout: 15_000 })
        .catch(() => undefined);
      const diagrams = await page.locator('figure.diagram:has(svg), pre.mermaid:has(svg)').count();
      const widgets = await page.locator('section.widget[data-widget]').count();
      const load: PageLoad = { page: path, requests: 0, html: 0, htmlGz: 0, js: 0, jsGz: 0, css: 0, cssGz: 0, diagrams, widgets };
      for (const { kind, body } of await Promise.all(bodies)) {
        load.requests++;
        if (!kind) continue;
        load[kind] += body.length;
        load[`${kind}Gz`] += gzipSync(body).length;
      }
      results.push(load);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
