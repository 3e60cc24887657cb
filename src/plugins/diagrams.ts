/**
 * Mermaid diagrams rendered at build time into inline SVG figures (see src/lib/diagrams.ts for the syntax).
 * remarkDiagrams marks ```mermaid blocks before any code highlighter sees them; rehypeDiagrams renders them
 * and replaces each with its figure. Any problem fails the build with the file, the line and the reason.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root as HastRoot, Element, Parent as HastParent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { Root as MdastRoot, Code } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  annotateSvg,
  diagramFigureHtml,
  diagramIdFromMeta,
  DiagramSourceError,
  mermaidErrorLine,
  parseDiagramSource,
  svgGraph,
  unknownHighlights,
} from '../lib/diagrams.ts';
import { closeMermaidRenderer, renderMermaid, renderStats, type ThemeName } from './mermaid-renderer.ts';

/** Replaces each ```mermaid code block by a placeholder element that carries its source and meta. */
export function remarkDiagrams() {
  return (tree: MdastRoot) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: { hName: 'div', hProperties: { dataMermaidSource: node.value, dataMermaidMeta: node.meta ?? '' } },
      };
      return SKIP;
    });
  };
}

/** Line of the diagram's opening fence in the file on disk (positions inside Astro may omit frontmatter). */
function fenceLine(file: VFile, id: string): number {
  try {
    const lines = readFileSync(file.path, 'utf8').split('\n');
    const index = lines.findIndex((line) => /^\s*(```|~~~)mermaid\b/.test(line) && new RegExp(`\\bid=["']?${id}\\b`).test(line));
    return index + 1;
  } catch {
    return 0;
  }
}

function location(file: VFile, id: string | undefined, lineInSource?: number): string {
  const path = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
  const fence = id ? fenceLine(file, id) : 0;
  const line = fence ? fence + (lineInSource ?? 0) : undefined;
  return `${path}${line ? `:${line}` : ''}${id ? ` (diagram "${id}")` : ''}`;
}

async function renderTheme(source: string, theme: ThemeName, id: string, file: VFile): Promise<string> {
  const prefix = `${id}-${theme}`;
  const result = await renderMermaid(source, theme, prefix);
  if (!result.ok) {
    throw new Error(`${location(file, id, mermaidErrorLine(result.message))}: Mermaid error: ${result.message}`);
  }
  return annotateSvg(result.svg, prefix);
}

async function figureFor(element: Element, file: VFile, seen: Set<string>): Promise<string> {
  const source = String(element.properties['dataMermaidSource'] ?? '');
  let id: string | undefined;
  try {
    id = diagramIdFromMeta(String(element.properties['dataMermaidMeta'] ?? ''));
    if (seen.has(id)) throw new DiagramSourceError(`two diagrams on this page have the id "${id}"`);
    seen.add(id);
    const declaration = parseDiagramSource(id, source);
    const [light, dark] = [await renderTheme(source, 'light', id, file), await renderTheme(source, 'dark', id, file)];
    const unknown = unknownHighlights(declaration.steps, svgGraph(light));
    if (unknown.length > 0) {
      throw new DiagramSourceError(`steps highlight what the diagram does not have: ${unknown.join(', ')}`);
    }
    return diagramFigureHtml(declaration, { light, dark });
  } catch (error) {
    if (error instanceof DiagramSourceError) throw new Error(`${location(file, id, error.sourceLine)}: ${error.message}`);
    throw error;
  }
}

/** Renders every marked diagram of a page and puts its figure in place. */
export function rehypeDiagrams() {
  return async (tree: HastRoot, file: VFile) => {
    const found: { element: Element; parent: HastParent; index: number }[] = [];
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.properties['dataMermaidSource'] === undefined || !parent || index === undefined) return;
      found.push({ element, parent, index });
      return SKIP;
    });
    const seen = new Set<string>();
    // In reverse, so replacing one placeholder by several nodes keeps the other indexes valid.
    for (const { element, parent, index } of found.reverse()) {
      const figure = fromHtml(await figureFor(element, file, seen), { fragment: true });
      // MDX's optimizer would turn the SVG's <style> text into a literal attribute; raw text survives it.
      visit(figure, 'element', (node: Element) => {
        if (node.tagName === 'style') node.children = [{ type: 'raw', value: hastToString(node) } as never];
      });
      parent.children.splice(index, 1, ...(figure.children as Element[]));
    }
  };
}

/** Closes the renderer's browser when the build ends and reports what was rendered and what came from cache. */
export function diagramsIntegration(): AstroIntegration {
  return {
    name: 'field-guide:diagrams',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        await closeMermaidRenderer();
        logger.info(
          `diagram SVGs: ${renderStats.rendered} rendered, ${renderStats.cached} from cache; browser started ${renderStats.browserStarts} time(s)`,
        );
      },
      'astro:server:done': closeMermaidRenderer,
    },
  };
}
