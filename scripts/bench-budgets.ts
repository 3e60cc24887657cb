/**
 * The budgets the site holds (issue 6), as data: each names what it compares and the limit. `npm run bench`
 * prints every row and fails when one is missed.
 */
import type { PageLoad } from './bench-load.ts';
import type { LighthouseResult } from './bench-lighthouse.ts';
import type { ScalePoint } from './bench-build.ts';

/** Which representative page plays which role, in all three builds. */
export const BENCH_PAGES = {
  home: '/',
  diagrams: '/encryption/',
  widget: '/secrets-manager/',
  'diagram and widget': '/acm/',
  glossary: '/glossary/',
} as const;

export interface BenchRun {
  ours: PageLoad[];
  /** The same content, plain Starlight with client-side Mermaid (astro-mermaid). */
  clientMermaid: PageLoad[];
  /** The same content, plain Starlight without diagrams or widgets. */
  noDiagrams: PageLoad[];
  lighthouse: LighthouseResult[];
  scaling: ScalePoint[];
}

export interface BudgetRow {
  budget: string;
  measured: string;
  limit: string;
  met: boolean;
}

const WIDGET_KB_GZ = 6;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function find<T extends { page: string }>(rows: readonly T[], page: string): T {
  const row = rows.find((r) => r.page === page);
  if (!row) throw new Error(`no measurement for ${page}`);
  return row;
}

export function checkBudgets(run: BenchRun): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const page of [BENCH_PAGES.diagrams, BENCH_PAGES['diagram and widget']]) {
    const ours = find(run.ours, page).jsGz;
    const theirs = find(run.clientMermaid, page).jsGz;
    rows.push({ budget: `JS at load on ${page} ≤ plain Starlight with client-side Mermaid (gzip)`, measured: kb(ours), limit: kb(theirs), met: ours <= theirs });
  }
  for (const ours of run.ours.filter((p) => p.widgets > 0 && p.diagrams === 0)) {
    const extra = ours.jsGz - find(run.noDiagrams, ours.page).jsGz;
    const limit = WIDGET_KB_GZ * 1024 * ours.widgets;
    rows.push({ budget: `JS at load on ${ours.page} (${ours.widgets} widget(s)) minus plain Starlight (gzip)`, measured: kb(extra), limit: kb(limit), met: extra <= limit });
  }
  const held = [BENCH_PAGES.home, BENCH_PAGES.diagrams, BENCH_PAGES.widget, BENCH_PAGES['diagram and widget']];
  for (const lh of run.lighthouse) {
    rows.push({ budget: `CLS on ${lh.page}`, measured: String(lh.cls), limit: '0', met: lh.cls === 0 });
    if (!held.includes(lh.page as (typeof held)[number])) continue;
    const scores = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo];
    rows.push({ budget: `Lighthouse on ${lh.page} (perf, a11y, best practices, SEO)`, measured: scores.join('/'), limit: '100/100/100/100', met: scores.every((s) => s === 100) });
  }
  const base = run.scaling[0];
  for (const point of run.scaling.slice(1)) {
    if (!base) break;
    const growth = point.cold.seconds / base.cold.seconds;
    const contentGrowth = point.pages / base.pages;
    rows.push({
      budget: `cold build at ${point.factor}× content grows no faster than the page count`,
      measured: `${growth.toFixed(1)}× the time`,
      limit: `${contentGrowth.toFixed(1)}× the pages`,
      met: growth <= contentGrowth,
    });
  }
  return rows;
}
