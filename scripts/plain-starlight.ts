/**
 * The comparison sites for `npm run bench`: the same pages built as a plain Starlight site, either with
 * client-side Mermaid (astro-mermaid, the usual way to add diagrams) or with diagrams and widgets removed.
 * Our components become the Markdown a plain site would carry, so both sides hold the same text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { siteGroups } from '../src/lib/site-structure.ts';

export type PlainVariant = 'client-mermaid' | 'no-diagrams';

interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string;
  definition: string;
}
interface Change {
  topic: string;
  now: string;
  page: string;
}

export interface PlainSources {
  glossary: GlossaryTerm[];
  changes: Record<string, Change>;
}

const MERMAID_FENCE = /^```mermaid[^\n]*\n([\s\S]*?)^```\n?/gm;

/** Change notes as the plain Starlight asides they would be without our component (which also checks their page). */
export function inlineChangeNotes(source: string, changes: PlainSources['changes']): string {
  return source
    .replace(/^import Changed from '~\/components\/ChangedSinceNotes\.astro';\n/m, '')
    .replace(/<Changed id="([^"]+)" \/>/g, (_, id: string) => {
      const change = changes[id];
      if (!change) throw new Error(`unknown change "${id}"`);
      return `:::note[Changed since the notes: ${change.topic}]\n${change.now.trim()}\n:::`;
    });
}

/** One of our MDX pages as a plain Starlight page of the given variant. */
export function toPlainPage(source: string, variant: PlainVariant, data: PlainSources): string {
  const glossary = () =>
    [...data.glossary]
      .sort((a, b) => a.term.localeCompare(b.term))
      .map((t) => `<h3 id="${t.id}">${t.term}</h3>\n\n${t.expansion ? `**${t.expansion}.** ` : ''}${t.definition}`)
      .join('\n\n');
  const changesList = () =>
    Object.values(data.changes)
      .map((c) => `- **${c.topic}** ([${c.page}](/${c.page}/)): ${c.now.trim()}`)
      .join('\n');
  const groupLinks = () =>
    siteGroups.map((g) => `- **${g.label}**: ${g.summary} ${g.slugs.map((s) => `[/${s}/](/${s}/)`).join(', ')}`).join('\n');

  return inlineChangeNotes(source, data.changes)
    .replace(/^import .* from '~\/components\/.*';\n/gm, '')
    .replace(/<GlossaryList \/>/g, glossary)
    .replace(/<ChangesList \/>/g, changesList)
    .replace(/<GroupCards \/>/g, groupLinks)
    .replace(/<NotesMap \/>/g, '')
    .replace(/<DecisionWidget name="[^"]+" \/>/g, '')
    .replace(MERMAID_FENCE, (_, body: string) => (variant === 'client-mermaid' ? `\`\`\`mermaid\n${body}\`\`\`\n` : ''));
}

export function readPlainSources(): PlainSources {
  const changes: Record<string, Change> = {};
  for (const file of readdirSync('content/changes')) {
    changes[file.replace(/\.yaml$/, '')] = parseYaml(readFileSync(join('content/changes', file), 'utf8')) as Change;
  }
  return { glossary: parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[], changes };
}

const config = (variant: PlainVariant) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
${variant === 'client-mermaid' ? "import mermaid from 'astro-mermaid';\n" : ''}
export default defineConfig({
  trailingSlash: 'always',
  integrations: [
    ${variant === 'client-mermaid' ? 'mermaid({ autoTheme: true }),\n    ' : ''}starlight({
      title: 'AWS Security Field Guide',
      sidebar: ${JSON.stringify(siteGroups.map((g) => ({ label: g.label, items: g.slugs.map((slug) => ({ slug })) })))},
      pagination: true,
      lastUpdated: false,
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the comparison project into `dir` (inside this project, so packages resolve from ./node_modules).
 */
export function writePlainSite(dir: string, variant: PlainVariant): void {
  rmSync(dir, { recursive: true, force: true });
  const data = readPlainSources();
  const docs = join(dir, 'src/content/docs');
  for (const file of readdirSync('content/docs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
    const target = join(docs, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toPlainPage(readFileSync(join('content/docs', file), 'utf8'), variant, data));
  }
  cpSync('public/favicon.svg', join(dir, 'public/favicon.svg'));
  writeFileSync(join(dir, 'astro.config.mjs'), config(variant));
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
}
