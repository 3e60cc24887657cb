/**
 * Renders Mermaid source to SVG at build time in one headless Chromium (started on first need, once per build),
 * with a disk cache keyed by the source, the theme and the renderer's version: an unchanged diagram is never
 * rendered twice. No Mermaid code reaches the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.ts';

const require = createRequire(import.meta.url);
const MERMAID_VERSION: string = require('mermaid/package.json').version;
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
/** Bump when the way we call Mermaid changes, to invalidate cached SVGs. */
const RENDERER_VERSION = '1';
const CACHE_DIR = process.env['DIAGRAM_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'field-guide-diagrams');

const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Mermaid configuration per Starlight theme. */
export const THEMES = {
  light: { theme: 'default', themeVariables: { fontFamily: FONT } },
  // Mermaid's dark edge-label background fails WCAG contrast (4.43:1); this one passes.
  dark: { theme: 'dark', themeVariables: { fontFamily: FONT, edgeLabelBackground: '#333333' } },
} as const;

export type ThemeName = keyof typeof THEMES;

export type RenderResult = { ok: true; svg: string; cached: boolean } | { ok: false; message: string };

export const renderStats = { rendered: 0, cached: 0, browserStarts: 0 };

let browser: Promise<Browser> | undefined;
let page: Promise<Page> | undefined;
/** Mermaid's render is not re-entrant: calls from files processed in parallel run one at a time. */
let queue: Promise<unknown> = Promise.resolve();

async function mermaidPage(): Promise<Page> {
  page ??= (async () => {
    const { chromium } = await import('playwright-core');
    renderStats.browserStarts++;
    browser = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const instance = await (await browser).newPage();
    await instance.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await instance.addScriptTag({ path: MERMAID_SCRIPT });
    return instance;
  })();
  return page;
}

function cacheFile(source: string, theme: ThemeName, prefix: string): string {
  const key = createHash('sha256')
    .update(JSON.stringify([source, THEMES[theme], prefix, MERMAID_VERSION, RENDERER_VERSION]))
    .digest('hex');
  return join(CACHE_DIR, `${key}.svg`);
}

/** Renders one diagram in one theme. `prefix` becomes the SVG's id and prefixes its element ids. */
export function renderMermaid(source: string, theme: ThemeName, prefix: string): Promise<RenderResult> {
  const file = cacheFile(source, theme, prefix);
  if (existsSync(file)) {
    renderStats.cached++;
    return Promise.resolve({ ok: true, svg: readFileSync(file, 'utf8'), cached: true });
  }
  const run = queue.then(async (): Promise<RenderResult> => {
    const instance = await mermaidPage();
    const result = await instance.evaluate(
      async ({ source, config, prefix }) => {
        const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', ...config });
        try {
          return { ok: true as const, svg: (await mermaid.render(prefix, source)).svg };
        } catch (error) {
          document.getElementById(`d${prefix}`)?.remove();
          return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
        }
      },
      { source, config: THEMES[theme], prefix },
    );
    if (!result.ok) return result;
    renderStats.rendered++;
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, result.svg);
    return { ...result, cached: false };
  });
  queue = run.catch(() => undefined);
  return run;
}

interface MermaidApi {
  initialize(config: object): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}

/** Closes the browser, if one was started. Called when the build ends. */
export async function closeMermaidRenderer(): Promise<void> {
  const started = browser;
  browser = undefined;
  page = undefined;
  if (started) await (await started).close();
}
