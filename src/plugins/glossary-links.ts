/**
 * Links the first use of each glossary term on a page to its entry (/glossary/#id), with the definition
 * carried in the page for an accessible preview (no network request). Skips headings, links, code,
 * diagrams, components and the glossary page itself.
 */
import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import { parse as parseYaml } from 'yaml';
import type { VFile } from 'vfile';
import { firstTermIn, termPatterns, type GlossaryTermRef } from '../lib/glossary-links.ts';

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'figure', 'script', 'style', 'button', 'dt']);

function loadTerms(): GlossaryTermRef[] {
  const entries = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTermRef[];
  return entries.map(({ id, term, definition }) => ({ id, term, definition }));
}

export function rehypeGlossaryLinks() {
  const patterns = termPatterns(loadTerms());
  return (tree: Root, file: VFile) => {
    if (/[\\/]glossary\.mdx?$/.test(file.path ?? '')) return;
    const linked = new Set<string>();
    const visit = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (node.type === 'element') {
          if (!SKIP.has(node.tagName) && !String(node.properties['className'] ?? '').includes('not-content')) visit(node);
          continue;
        }
        if (node.type !== 'text') continue; // MDX components and raw HTML are left alone.
        const found = firstTermIn(node.value, patterns, linked);
        if (!found) continue;
        linked.add(found.ref.id);
        const link: Element = {
          type: 'element',
          tagName: 'a',
          // No prefetch on hover: the preview needs no request.
          properties: { href: `/glossary/#${found.ref.id}`, className: ['glossary-term'], dataDefinition: found.ref.definition, dataAstroPrefetch: 'false' },
          children: [{ type: 'text', value: found.match }],
        };
        const before: Text = { type: 'text', value: node.value.slice(0, found.index) };
        const after: Text = { type: 'text', value: node.value.slice(found.index + found.match.length) };
        parent.children.splice(i, 1, before, link as ElementContent, after);
        i += 1; // continue with `after`, which may hold other terms
      }
    };
    visit(tree);
  };
}
