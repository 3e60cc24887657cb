/**
 * Lighthouse (mobile) for the given pages, run locally against the preview server at `base`, in the
 * project's Chromium.
 * Part of `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.ts';

export interface LighthouseResult {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

export async function benchLighthouse(base: string, pages: readonly string[]): Promise<LighthouseResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    return pages.map((page) => {
      const output = join(dir, 'report.json');
      execFileSync(
        process.execPath,
        ['node_modules/lighthouse/cli/index.js', `${base}${page}`, '--quiet', '--output=json', `--output-path=${output}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run'],
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: 'ignore' },
      );
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const score = (id: string) => Math.round(report.categories[id].score * 100);
      return {
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
        cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(4)),
        tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
