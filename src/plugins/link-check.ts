/**
 * Build-time check of every internal link and anchor in the built site. Fails the build with the
 * source file and the reason. Runs on dist/, so links written by components and data are checked too.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, scanHtml, type BuiltPage } from '../lib/links.ts';
import { distPages } from './dist-pages.ts';

/** The content file a page comes from, so an error names what to edit. */
function sourceOfPath(path: string): string {
  const slug = path.replace(/^\/|\/$/g, '');
  const candidates = slug === '' ? ['index'] : [slug, `${slug}/index`];
  for (const candidate of candidates) {
    for (const ext of ['mdx', 'md']) {
      const file = `content/docs/${candidate}.${ext}`;
      if (existsSync(file)) return file;
    }
  }
  return `page ${path}`;
}

export function linkCheck(): AstroIntegration {
  return {
    name: 'field-guide:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: BuiltPage[] = distPages(outDir).map(({ path, file }) => ({ path, ...scanHtml(readFileSync(file, 'utf8')) }));
        const fileExists = (path: string) => {
          const target = join(outDir, path);
          return existsSync(target) && statSync(target).isFile();
        };
        const broken = findBrokenLinks(pages, fileExists);
        if (broken.length > 0) {
          const lines = broken.map((link) => `  ${sourceOfPath(link.page)}: link "${link.href}" → ${link.reason}`);
          throw new Error(`Broken internal links (${broken.length}):\n${lines.join('\n')}`);
        }
        logger.info(`${pages.length} pages, ${pages.reduce((n, p) => n + p.hrefs.length, 0)} links checked: none broken`);
      },
    },
  };
}
