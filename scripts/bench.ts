/**
 * Benchmark (not a test: it prints numbers to quote and fails only when a budget is missed). In one run:
 * our build cold and warm; the same content as a plain Starlight site with client-side Mermaid and as one
 * without diagrams or widgets; what every page costs at load, in Chromium; Lighthouse (mobile) on the
 * representative pages of all three; search cost; build time at 1×, 10× and 50× the content.
 * Usage: npm run bench (BENCH_SCALES=1,10 for a shorter scaling run). Writes scripts/bench-results.json.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchScaling, timedBuild, type TimedBuild } from './bench-build.ts';
import { BENCH_PAGES, checkBudgets } from './bench-budgets.ts';
import { benchLighthouse, type LighthouseResult } from './bench-lighthouse.ts';
import { measureLoads, type PageLoad } from './bench-load.ts';
import { benchSearch } from './bench-search.ts';
import { writePlainSite, type PlainVariant } from './plain-starlight.ts';
import { withPreview } from './preview-server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const times = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–');
const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join('  ');

interface Site {
  name: string;
  /** Its name in table rows. */
  short: string;
  root: string;
  cold: TimedBuild;
  warm: TimedBuild;
  loads: PageLoad[];
  lighthouse: LighthouseResult[];
}

// Our site: cold is without the diagram cache; warm reuses it.
rmSync('node_modules/.cache/field-guide-diagrams', { recursive: true, force: true });
const ourCold = timedBuild();
const ourWarm = timedBuild();
const paths = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

const comparisons: { name: string; short: string; variant: PlainVariant }[] = [
  { name: 'plain Starlight + client-side Mermaid', short: 'client Mermaid', variant: 'client-mermaid' },
  { name: 'plain Starlight, no diagrams or widgets', short: 'no diagrams', variant: 'no-diagrams' },
];
const sites: Site[] = [{ name: 'this site', short: 'ours', root: '.', cold: ourCold, warm: ourWarm, loads: [], lighthouse: [] }];
for (const { name, short, variant } of comparisons) {
  const root = join('.cache', 'bench', variant);
  writePlainSite(root, variant);
  sites.push({ name, short, root, cold: timedBuild(root), warm: timedBuild(root), loads: [], lighthouse: [] });
}

let search: Awaited<ReturnType<typeof benchSearch>> | undefined;
for (const site of sites) {
  await withPreview(4329, async (base) => {
    site.loads = await measureLoads(base, paths);
    site.lighthouse = await benchLighthouse(base, Object.values(BENCH_PAGES));
    if (site.root === '.') search = await benchSearch(base);
  }, site.root);
}
const [ours, clientMermaid, noDiagrams] = sites as [Site, Site, Site];

console.log(`\nBuilds (${cpus().length} cores)                       cold s   warm s  pages   cold: ours ÷ theirs`);
for (const site of sites) {
  console.log(`${site.name.padEnd(42)} ${pad([site.cold.seconds.toFixed(1), site.warm.seconds.toFixed(1), site.cold.pages, times(ours.cold.seconds, site.cold.seconds)], [7, 7, 5, 10])}`);
}
console.log(`this site's diagrams: cold ${ourCold.diagrams}; warm ${ourWarm.diagrams}`);

console.log('\nAt load, in Chromium (gzip)   site            HTML       JS      CSS    JS raw   CSS raw  requests  diagrams  JS: ours ÷ theirs');
for (const [role, page] of Object.entries(BENCH_PAGES)) {
  for (const site of sites) {
    const load = site.loads.find((l) => l.page === page)!;
    const mine = ours.loads.find((l) => l.page === page)!;
    const label = site === ours ? `${role} ${page}` : '';
    console.log(`${label.padEnd(30)} ${site.short.padEnd(14)} ${pad([kb(load.htmlGz), kb(load.jsGz), kb(load.cssGz), kb(load.js), kb(load.css), load.requests, load.diagrams, site === ours ? '' : times(mine.jsGz, load.jsGz)], [8, 8, 8, 9, 9, 8, 8, 10])}`);
  }
}

console.log('\nLighthouse (mobile)                     perf  a11y  best   SEO   LCP ms     CLS  TBT ms');
for (const site of sites) {
  for (const r of site.lighthouse) {
    console.log(`${`${site.short} ${r.page}`.padEnd(38)} ${pad([r.performance, r.accessibility, r.bestPractices, r.seo, r.lcpMs, r.cls, r.tbtMs], [4, 4, 4, 4, 7, 6, 6])}`);
  }
}

console.log('\nEvery page of this site at load (gzip)     HTML        JS       CSS  requests');
for (const load of ours.loads) {
  console.log(`${load.page.padEnd(38)} ${pad([kb(load.htmlGz), kb(load.jsGz), kb(load.cssGz), load.requests], [9, 9, 9, 9])}`);
}

// Diagrams: both theme variants of each figure, as shipped inline in its page.
const diagrams = paths.flatMap((path) =>
  [...readFileSync(join('dist', path, 'index.html'), 'utf8').matchAll(/<figure class="diagram" id="diagram-([a-z0-9-]+)"[\s\S]*?<\/figure>/g)].map((figure) => {
    const svgs = [...figure[0].matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]).join('');
    return { id: figure[1]!, page: path, bytes: Buffer.byteLength(svgs), gzip: gzipSync(svgs).length };
  }),
);
console.log('\ndiagram (light + dark SVG)         raw      gzip');
for (const d of diagrams) console.log(`${d.id.padEnd(28)} ${pad([kb(d.bytes), kb(d.gzip)], [8, 8])}`);

console.log(`\nsearch: first search fetched ${kb(search!.firstSearchBytes)} in ${search!.firstSearchRequests} requests; median keystroke-to-results ${search!.medianMs} ms over 10 queries`);

const factors = (process.env.BENCH_SCALES ?? '1,10,50').split(',').map(Number);
const scaling = benchScaling(factors);
console.log('\nContent   pages   cold s   warm s   cold ms/page   diagrams (cold)');
for (const p of scaling) {
  console.log(`${`${p.factor}×`.padEnd(7)} ${pad([p.pages, p.cold.seconds.toFixed(1), p.warm.seconds.toFixed(1), Math.round((p.cold.seconds * 1000) / p.pages)], [6, 7, 7, 13])}   ${p.cold.diagrams}`);
}

const budgets = checkBudgets({ ours: ours.loads, clientMermaid: clientMermaid.loads, noDiagrams: noDiagrams.loads, lighthouse: ours.lighthouse, scaling });
console.log('\nBudget                                                                   measured          limit');
for (const b of budgets) console.log(`${b.met ? 'met   ' : 'MISSED'} ${b.budget.padEnd(70)} ${b.measured.padStart(15)} ${b.limit.padStart(15)}`);

writeFileSync(
  'scripts/bench-results.json',
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, sites: sites.map(({ root: _root, short: _short, ...site }) => site), diagrams, search, scaling, budgets }, null, 2)}\n`,
);
console.log('\nwritten: scripts/bench-results.json');
if (budgets.some((b) => !b.met)) process.exitCode = 1;
