/**
 * Synthetic content for the build-scaling benchmark: N× the site is the real site plus N−1 copies of every
 * service page, diagrams and widgets included. Each copy's diagrams get their own ids and differ in source, so a
 * cold build renders every one of them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inlineChangeNotes, type PlainSources } from './plain-starlight.ts';
import { copyProject } from './project-copy.ts';

/** Pages built from site-wide data (home, glossary, changes, decisions) are not copied. */
const SITE_WIDE = new Set(['index.mdx', 'glossary.mdx', 'changes.mdx', 'decisions.mdx']);

/** Copy number `copy` of one service page: same text, widgets and diagrams; its own diagram ids. */
export function syntheticPage(source: string, copy: number, changes: PlainSources['changes']): string {
  const ids = [...source.matchAll(/^```mermaid id=([a-z0-9-]+)/gm)].map((m) => m[1]!);
  let page = source
    .replace(/^title: (.*)$/m, `title: $1 (synthetic copy ${copy})`)
    .replace(/^```mermaid id=([a-z0-9-]+)(.*)\n/gm, `\`\`\`mermaid id=$1-copy-${copy}$2\n%% synthetic copy ${copy}\n`);
  for (const id of ids) page = page.replaceAll(`(#diagram-${id}`, `(#diagram-${id}-copy-${copy}`);
  // A change note belongs to one page (the build checks it), so copies carry its text as a plain aside.
  return inlineChangeNotes(page, changes);
}

/** Writes a copy of this project into `dir` with the content multiplied `factor` times. Returns the page count added. */
export function writeScaledSite(dir: string, factor: number, changes: PlainSources['changes']): number {
  copyProject(dir);
  const pages = readdirSync('content/docs', { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.mdx') && !SITE_WIDE.has(f),
  );
  let added = 0;
  for (let copy = 2; copy <= factor; copy++) {
    for (const file of pages) {
      const target = join(dir, 'content/docs/synthetic', `copy-${copy}`, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, syntheticPage(readFileSync(join('content/docs', file), 'utf8'), copy, changes));
      added++;
    }
  }
  return added;
}
