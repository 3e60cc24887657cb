/** Shared knowledge about the built site for end-to-end tests, read from the site's own data and from dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathOfSlug, publishedSlugs, siteGroups } from '../src/lib/site-structure.ts';

export const publishedPaths = publishedSlugs.map(pathOfSlug);

/** Pages about an AWS service or concept (every group but Reference). */
export const servicePaths = siteGroups
  .filter((group) => group.id !== 'reference')
  .flatMap((group) => group.slugs)
  .map(pathOfSlug);

export interface BuiltDiagram {
  page: string;
  id: string;
  steps: number;
  /** Links inside the diagram (light variant). */
  links: string[];
  /** The label text indexed for search. */
  labels: string;
}

/** Every diagram the build wrote, so tests follow the content instead of repeating it. */
export function builtDiagrams(): BuiltDiagram[] {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .flatMap((file) => {
      const html = readFileSync(join('dist', file), 'utf8');
      const page = `/${file.replace(/index\.html$/, '')}`;
      const figures = html.matchAll(/<figure class="diagram" id="diagram-([a-z0-9-]+)"[^>]*data-diagram-labels="([^"]*)"[\s\S]*?<\/figure>/g);
      return [...figures].map((match) => ({
        page,
        id: match[1]!,
        labels: match[2]!,
        steps: (match[0].match(/<li id="diagram-/g) ?? []).length,
        links: [...match[0].split('diagram__variant--dark')[0]!.matchAll(/<a class="diagram__link" href="([^"]+)"/g)].map((m) => m[1]!),
      }));
    });
}

/** Visible text of built pages outside diagrams, lower-cased, for finding words only diagrams contain. */
export function textOutsideDiagrams(): string {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      readFileSync(join('dist', file), 'utf8')
        .replace(/<figure class="diagram"[\s\S]*?<\/figure>/g, ' ')
        .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' '),
    )
    .join(' ')
    .toLowerCase();
}
