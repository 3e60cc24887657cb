/**
 * Public URLs: every page and every anchor a teammate may have pasted in a chat. The checked-in manifest
 * (content/url-manifest.json) lists them; a URL may disappear only if content/url-aliases.yaml says where it
 * went (a page redirect, or an old anchor id kept on the renamed section). Pure: callers read dist/.
 */
export interface UrlAlias {
  from: string;
  to: string;
}

/** Ids on a built page that are public: headings, glossary terms, diagrams and steps, widgets, change notes. */
export function publicAnchors(html: string): string[] {
  const patterns = [
    /<h[2-6][^>]*\sid="([^"]+)"/g,
    /<dt[^>]*\sid="([^"]+)"/g,
    /<figure class="diagram"[^>]*\sid="([^"]+)"/g,
    /<li id="(diagram-[^"]+-step-\d+)"/g,
    /<section class="widget[^"]*"[^>]*\sid="([^"]+)"/g,
    /<aside id="(changed-[^"]+)"/g,
    /<li id="(fact-[^"]+)"/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((m) => m[1]!)))].filter((id) => id !== '_top');
}

/** All public URLs of a built site, sorted: each page, then each of its anchors. The 404 page is not one. */
export function siteUrls(pages: readonly { path: string; html: string }[]): string[] {
  return pages
    .filter(({ path }) => path !== '/404/')
    .flatMap(({ path, html }) => [path, ...publicAnchors(html).map((id) => `${path}#${id}`)]).sort();
}

/** Manifest entries that no longer land anywhere: neither built, nor aliased to something built. */
export function lostUrls(manifest: readonly string[], built: ReadonlySet<string>, aliases: readonly UrlAlias[]): string[] {
  const aliasOf = new Map(aliases.map((alias) => [alias.from, alias.to]));
  const lands = (url: string, depth = 0): boolean => {
    if (built.has(url)) return true;
    const to = aliasOf.get(url);
    if (to !== undefined && depth < 5) return lands(to, depth + 1);
    // A page that redirects keeps its anchors only if the new page has the same ids.
    const [page, hash] = url.split('#');
    const pageTo = aliasOf.get(page!);
    return hash !== undefined && pageTo !== undefined && depth < 5 && lands(`${pageTo}#${hash}`, depth + 1);
  };
  return manifest.filter((url) => !lands(url));
}

/** Page redirects for Astro's `redirects` option, from the aliases without an anchor. */
export function pageRedirects(aliases: readonly UrlAlias[]): Record<string, string> {
  return Object.fromEntries(aliases.filter((alias) => !alias.from.includes('#')).map((alias) => [alias.from, alias.to]));
}

/** Inserts an element carrying each old anchor id just before the element that now has the new id. */
export function applyAnchorAliases(html: string, path: string, aliases: readonly UrlAlias[]): string {
  let result = html;
  for (const alias of aliases) {
    const [fromPage, fromId] = alias.from.split('#');
    const [toPage, toId] = alias.to.split('#');
    if (fromPage !== path || toPage !== path || !fromId || !toId) continue;
    const at = result.indexOf(` id="${toId}"`);
    if (at < 0) throw new Error(`content/url-aliases.yaml: ${alias.from} points to ${alias.to}, but ${path} has no id "${toId}"`);
    const tagStart = result.lastIndexOf('<', at);
    result = `${result.slice(0, tagStart)}<span id="${fromId}" class="anchor-alias"></span>${result.slice(tagStart)}`;
  }
  return result;
}
