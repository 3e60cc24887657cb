/**
 * Keeps renamed anchors working: after the build, each old anchor id from content/url-aliases.yaml is placed
 * just before the section that now has the new id. (Moved pages become Astro redirects in astro.config.mjs.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { applyAnchorAliases, lostUrls, siteUrls, type UrlAlias } from '../lib/url-manifest.ts';
import { distPages } from './dist-pages.ts';

export const ALIASES_FILE = 'content/url-aliases.yaml';
export const MANIFEST_FILE = 'content/url-manifest.json';

export function readUrlAliases(): UrlAlias[] {
  const aliases = (parseYaml(readFileSync(ALIASES_FILE, 'utf8')) ?? []) as UrlAlias[];
  for (const alias of aliases) {
    if (typeof alias?.from !== 'string' || typeof alias?.to !== 'string' || !alias.from.startsWith('/') || !alias.to.startsWith('/')) {
      throw new Error(`${ALIASES_FILE}: each entry needs "from" and "to" site paths, got ${JSON.stringify(alias)}`);
    }
  }
  return aliases;
}

export function readManifest(): string[] {
  return existsSync(MANIFEST_FILE) ? (JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as string[]) : [];
}

export function urlAliases(): AstroIntegration {
  return {
    name: 'field-guide:url-aliases',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const aliases = readUrlAliases();
        const anchorAliases = aliases.filter((alias) => alias.from.includes('#'));
        const pages = distPages(fileURLToPath(dir)).map(({ path, file }) => {
            const html = readFileSync(file, 'utf8');
            const updated = applyAnchorAliases(html, path, anchorAliases);
            if (updated !== html) writeFileSync(file, updated);
            return { path, html: updated };
          });
        // A published URL that no longer lands anywhere breaks links in old chats: refuse the build.
        const lost = lostUrls(readManifest(), new Set(siteUrls(pages)), aliases);
        if (lost.length > 0) {
          throw new Error(
            `Published URLs would break (listed in ${MANIFEST_FILE}). Add where each went to ${ALIASES_FILE}:\n  ${lost.join('\n  ')}`,
          );
        }
      },
    },
  };
}
