/**
 * The benchmark's own logic: budgets row by row, and the comparison and synthetic content it builds
 * (a wrong transform would make the side-by-side numbers meaningless).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBudgets, type BenchRun } from '../scripts/bench-budgets.ts';
import type { PageLoad } from '../scripts/bench-load.ts';
import type { LighthouseResult } from '../scripts/bench-lighthouse.ts';
import type { ScalePoint } from '../scripts/bench-build.ts';
import { toPlainPage } from '../scripts/plain-starlight.ts';
import { syntheticPage } from '../scripts/synthetic-content.ts';

const load = (page: string, jsGz: number, diagrams = 0, widgets = 0): PageLoad => ({ page, requests: 10, html: 0, htmlGz: 0, js: 0, jsGz, css: 0, cssGz: 0, diagrams, widgets });
const lighthouse = (page: string, performance = 100, cls = 0): LighthouseResult => ({ page, performance, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 1000, cls, tbtMs: 0 });
const scale = (factor: number, pages: number, seconds: number): ScalePoint => {
  const build = { seconds, pages, diagrams: '' };
  return { factor, pages, cold: build, warm: build };
};
const KB = 1024;

function run(overrides: Partial<BenchRun> = {}): BenchRun {
  return {
    ours: [load('/encryption/', 36 * KB, 3), load('/acm/', 40 * KB, 1, 1), load('/secrets-manager/', 36 * KB, 0, 1), load('/decisions/', 60 * KB, 0, 8)],
    clientMermaid: [load('/encryption/', 680 * KB, 3), load('/acm/', 680 * KB, 1)],
    noDiagrams: [load('/secrets-manager/', 31 * KB), load('/decisions/', 31 * KB)],
    lighthouse: ['/', '/encryption/', '/secrets-manager/', '/acm/', '/glossary/'].map((p) => lighthouse(p)),
    scaling: [scale(1, 20, 8), scale(10, 155, 30), scale(50, 755, 120)],
    ...overrides,
  };
}

const missed = (r: BenchRun) => checkBudgets(r).filter((b) => !b.met).map((b) => b.budget);

test('every budget is met by a run within them', () => {
  assert.deepEqual(missed(run()), []);
});

test('a diagram page loading more JS than plain Starlight with client-side Mermaid misses its budget', () => {
  assert.deepEqual(missed(run({ clientMermaid: [load('/encryption/', 30 * KB, 3), load('/acm/', 680 * KB, 1)] })), [
    'JS at load on /encryption/ ≤ plain Starlight with client-side Mermaid (gzip)',
  ]);
});

test('a widget page is allowed 6 KB gzip per widget over plain Starlight, and no more', () => {
  assert.deepEqual(missed(run({ noDiagrams: [load('/secrets-manager/', 30 * KB - 1), load('/decisions/', 12 * KB)] })), [
    'JS at load on /secrets-manager/ (1 widget(s)) minus plain Starlight (gzip)',
  ]);
});

test('any layout shift, and a Lighthouse score under 100 on a held page, miss; the glossary is held to CLS only', () => {
  const scores = [lighthouse('/', 100, 0.01), lighthouse('/encryption/', 99), lighthouse('/glossary/', 90)];
  assert.deepEqual(missed(run({ lighthouse: scores })), ['CLS on /', 'Lighthouse on /encryption/ (perf, a11y, best practices, SEO)']);
});

test('build time growing faster than the page count misses', () => {
  assert.deepEqual(missed(run({ scaling: [scale(1, 20, 8), scale(10, 155, 70)] })), ['cold build at 10× content grows no faster than the page count']);
});

const PAGE = `---
title: Snapshots
---

import Changed from '~/components/ChangedSinceNotes.astro';
import DecisionWidget from '~/components/DecisionWidget.astro';

Text before, see [the diagram](#diagram-cross-region).

\`\`\`mermaid id=cross-region
flowchart TB
  a --> b
\`\`\`

<Changed id="snap-1" />

<DecisionWidget name="snapshot" />
`;
const DATA = { glossary: [], changes: { 'snap-1': { topic: 'Snapshot keys', now: 'Now it is so.', page: 'kms/snapshot-copies' } } };

test('the plain Starlight pages keep the text, turn change notes into asides, and drop our widgets', () => {
  const clientMermaid = toPlainPage(PAGE, 'client-mermaid', DATA);
  assert.doesNotMatch(clientMermaid, /import|DecisionWidget|<Changed/);
  assert.match(clientMermaid, /Text before/);
  assert.match(clientMermaid, /:::note\[Changed since the notes: Snapshot keys\]\nNow it is so\.\n:::/);
  assert.match(clientMermaid, /```mermaid\nflowchart TB\n {2}a --> b\n```/);
  assert.doesNotMatch(toPlainPage(PAGE, 'no-diagrams', DATA), /mermaid|flowchart/);
});

test('a synthetic copy keeps widgets and diagrams, with diagram ids and same-page links of its own', () => {
  const copy = syntheticPage(PAGE, 7, DATA.changes);
  assert.match(copy, /^title: Snapshots \(synthetic copy 7\)$/m);
  assert.match(copy, /```mermaid id=cross-region-copy-7\n%% synthetic copy 7\nflowchart TB/);
  assert.match(copy, /\(#diagram-cross-region-copy-7\)/);
  assert.match(copy, /<DecisionWidget name="snapshot" \/>/);
  assert.doesNotMatch(copy, /<Changed/);
});
