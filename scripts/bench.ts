/**
 * Benchmark: build time and page weight of the production site. Not a test: it prints numbers to quote.
 * Usage: npm run bench  (builds once, then measures dist/)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';

const started = performance.now();
const build = spawnSync('node_modules/.bin/astro', ['build'], { encoding: 'utf8' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

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

console.log(`build: ${buildSeconds.toFixed(1)} s for ${pages.length} HTML pages`);
console.log(`dist: ${kb(total)} in ${files.length} files (Pagefind index ${kb(pagefind)})`);
console.log('page                              HTML (gzip)          JS on load (gzip)     CSS (gzip)');
for (const w of weights.sort((a, b) => a.page.localeCompare(b.page))) {
  console.log(`${w.page.padEnd(32)}  ${kb(w.html).padStart(9)} (${kb(w.htmlGz).padStart(8)})  ${kb(w.js).padStart(9)} (${kb(w.jsGz).padStart(8)})  ${kb(w.css).padStart(8)} (${kb(w.cssGz).padStart(7)})`);
}
console.log(`heaviest HTML: ${max('htmlGz').page} ${kb(max('htmlGz').htmlGz)} gzip; most JS: ${max('jsGz').page} ${kb(max('jsGz').jsGz)} gzip`);
