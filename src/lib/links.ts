/**
 * Internal link and anchor checking over the built site. Pure: the caller reads the HTML files.
 * Covers every link a page shows (Markdown, components, layout), which a Markdown-only validator cannot see.
 */
export interface BuiltPage {
  /** URL path, with trailing slash: "/kms/". */
  path: string;
  /** Every element id on the page. */
  ids: ReadonlySet<string>;
  /** Every <a href> on the page, as written. */
  hrefs: readonly string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Extracts ids and anchor hrefs from built HTML (Astro emits double-quoted attributes). */
export function scanHtml(html: string): { ids: Set<string>; hrefs: string[] } {
  const withoutScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const ids = new Set([...withoutScripts.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
  const hrefs = [...withoutScripts.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  return { ids, hrefs };
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Finds links to missing pages, missing files or missing anchors. `fileExists` answers for non-page paths. */
export function findBrokenLinks(pages: readonly BuiltPage[], fileExists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (href === '' || EXTERNAL.test(href)) continue;
      const url = new URL(href, `http://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const hash = decodeURIComponent(url.hash.slice(1));
      const target = byPath.get(path) ?? byPath.get(path.endsWith('/') ? path : `${path}/`);
      if (!target) {
        if (!hash && fileExists(path)) continue;
        broken.push({ page: page.path, href, reason: `no page or file at ${path}` });
        continue;
      }
      if (target.path !== path) {
        broken.push({ page: page.path, href, reason: `missing trailing slash: link to ${target.path}` });
        continue;
      }
      if (hash && !target.ids.has(hash)) {
        broken.push({ page: page.path, href, reason: `no element with id "${hash}" on ${target.path}` });
      }
    }
  }
  return broken;
}
