/**
 * Build cost for `npm run bench`: one timed `astro build` of any project root, and how build time grows with
 * content (1×, 10×, 50× the site, the extra pages made by scripts/synthetic-content.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlainSources } from './plain-starlight.ts';
import { writeScaledSite } from './synthetic-content.ts';

const ASTRO = resolve('node_modules/.bin/astro');

export interface TimedBuild {
  seconds: number;
  pages: number;
  /** Our diagram integration's summary line (rendered / from cache); empty for other sites. */
  diagrams: string;
}

export function timedBuild(root = '.', env: Record<string, string> = {}): TimedBuild {
  const started = performance.now();
  const build = spawnSync(ASTRO, ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`astro build failed in ${root}:\n${build.stdout}\n${build.stderr}`);
  return {
    seconds,
    pages: Number(/(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? 0),
    diagrams: /diagram SVGs: (.*)/.exec(build.stdout)?.[1] ?? '',
  };
}

export interface ScalePoint {
  factor: number;
  pages: number;
  cold: TimedBuild;
  warm: TimedBuild;
}

/** Cold (empty diagram cache) and warm builds of the site at each content factor. */
export function benchScaling(factors: readonly number[]): ScalePoint[] {
  const changes = readPlainSources().changes;
  return factors.map((factor) => {
    const dir = join('.cache', 'bench', `scale-${factor}`);
    const cache = mkdtempSync(join(tmpdir(), 'diagram-cache-'));
    try {
      writeScaledSite(dir, factor, changes);
      const cold = timedBuild(dir, { DIAGRAM_CACHE_DIR: cache });
      const warm = timedBuild(dir, { DIAGRAM_CACHE_DIR: cache });
      return { factor, pages: cold.pages, cold, warm };
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });
}
