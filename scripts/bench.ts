/**
 * Benchmark: build time (cold, with no diagram cache, and warm) and page weight of the production site.
 * Not a test: it prints numbers to quote. Usage: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch } from './bench-search.ts';
import { benchLighthouse } from './bench-lighthouse.ts';
import { withPreview } from './preview-server.ts';
import { writeFileSync } from 'node:fs';

const DIST = 'dist';

function timedBuild(): { seconds: number; diagrams: string } {
  const started = performance.now();
  const build = spawnSync('node_modules/.bin/astro', ['build'], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  return { seconds, diagrams: /diagram SVGs: (.*)/.exec(build.stdout)?.[1] ?? '' };
}

rmSync('node_modules/.cache/field-guide-diagrams', { recursive: true, force: true });
const cold = timedBuild();
const warm = timedBuild();
const buildSeconds = warm.seconds;
console.log(`cold build (no diagram cache): ${cold.seconds.toFixed(1)} s; ${cold.diagrams}`);
console.log(`warm build: ${warm.seconds.toFixed(1)} s; ${warm.diagrams}`);

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(DIST, f)).isFile());
const pages = files.filter((f) => f.endsWith('.html'));
const gz = (data: Buffer | string) => gzipSync(data).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface PageWeight {
  page: string;
  html: number;
  htmlGz: number;
  js: number;
  jsGz: number;
  css: number;
  cssGz: number;
}

const weights: PageWeight[] = pages.map((page) => {
  const html = readFileSync(join(DIST, page), 'utf8');
  const assets = (pattern: RegExp) =>
    [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))].map((src) => readFileSync(join(DIST, src)));
  const scripts = assets(/<script[^>]*\ssrc="\/([^"]+)"/g);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const styles = assets(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g);
  return {
    page: `/${relative(DIST, join(DIST, page)).replace(/index\.html$/, '')}`,
    html: Buffer.byteLength(html),
    htmlGz: gz(html),
    js: scripts.reduce((n, b) => n + b.length, 0) + inline.reduce((n, s) => n + Buffer.byteLength(s), 0),
    jsGz: scripts.reduce((n, b) => n + gz(b), 0) + inline.reduce((n, s) => n + gz(s), 0),
    css: styles.reduce((n, b) => n + b.length, 0),
    cssGz: styles.reduce((n, b) => n + gz(b), 0),
  };
});

const total = files.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
const pagefind = files.filter((f) => f.startsWith('pagefind/')).reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
const max = (key: keyof Omit<PageWeight, 'page'>) => weights.reduce((a, b) => (b[key] > a[key] ? b : a));

console.log(`${pages.length} HTML pages (warm build ${buildSeconds.toFixed(1)} s)`);
console.log(`dist: ${kb(total)} in ${files.length} files (Pagefind index ${kb(pagefind)})`);
console.log('page                              HTML (gzip)          JS on load (gzip)     CSS (gzip)');
for (const w of weights.sort((a, b) => a.page.localeCompare(b.page))) {
  console.log(`${w.page.padEnd(32)}  ${kb(w.html).padStart(9)} (${kb(w.htmlGz).padStart(8)})  ${kb(w.js).padStart(9)} (${kb(w.jsGz).padStart(8)})  ${kb(w.css).padStart(8)} (${kb(w.cssGz).padStart(7)})`);
}
console.log(`heaviest HTML: ${max('htmlGz').page} ${kb(max('htmlGz').htmlGz)} gzip; most JS: ${max('jsGz').page} ${kb(max('jsGz').jsGz)} gzip`);

// Diagrams: both theme variants of each figure, as shipped inline in its page.
console.log('\ndiagram                         SVG light+dark (gzip)');
for (const page of pages) {
  const html = readFileSync(join(DIST, page), 'utf8');
  for (const figure of html.matchAll(/<figure class="diagram" id="diagram-([a-z0-9-]+)"[\s\S]*?<\/figure>/g)) {
    const svgs = [...figure[0].matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
    console.log(`${figure[1]!.padEnd(30)}  ${kb(Buffer.byteLength(svgs)).padStart(9)} (${kb(gz(svgs)).padStart(8)})`);
  }
}

const { search, lighthouse } = await withPreview(4329, async (base) => ({ search: await benchSearch(base), lighthouse: await benchLighthouse(base) }));
console.log(`\nsearch: first search fetched ${kb(search.firstSearchBytes)} in ${search.firstSearchRequests} requests (Pagefind UI, WASM, index, fragments); median keystroke-to-results ${search.medianMs} ms over 10 queries`);

console.log('\nLighthouse (mobile)        perf  a11y  best  SEO   LCP ms   CLS     TBT ms');
for (const r of lighthouse) {
  console.log(`${r.page.padEnd(26)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.bestPractices).padStart(4)}  ${String(r.seo).padStart(4)}  ${String(r.lcpMs).padStart(6)}  ${String(r.cls).padStart(6)}  ${String(r.tbtMs).padStart(6)}`);
}

writeFileSync('scripts/bench-results.json', `${JSON.stringify({ date: new Date().toISOString(), build: { coldSeconds: cold.seconds, warmSeconds: warm.seconds, diagrams: { cold: cold.diagrams, warm: warm.diagrams } }, pages: weights, search, lighthouse }, null, 2)}\n`);
console.log('\nwritten: scripts/bench-results.json');
