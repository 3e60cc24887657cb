import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SOURCES_HEADING } from './lib/page-sections.ts';
import { groupOfSlug } from './lib/site-structure.ts';
import { ogImagePath } from './lib/og.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { toc, entry, head } = context.locals.starlightRoute;
  // The Sources section is rendered by the layout, not the MDX, so Starlight's table of contents
  // does not see it: add it so readers can jump there like to any other section.
  if (toc && entry.data.sources?.length) {
    toc.items.push({ depth: 2, slug: SOURCES_HEADING.slug, text: SOURCES_HEADING.text, children: [] });
  }
  // Search filters in the dialog: by sidebar group and by service. Pagefind reads only data-pagefind-filter;
  // the name is there because HTML allows a <meta content> only alongside name (or http-equiv, charset, itemprop).
  const slug = entry.id.replace(/(^|\/)index$/, '');
  const group = groupOfSlug(slug)?.label ?? 'Reference';
  head.push({ tag: 'meta', attrs: { name: 'field-guide:group', 'data-pagefind-filter': 'group[content]', content: group } });
  if (entry.data.service) {
    head.push({ tag: 'meta', attrs: { name: 'field-guide:service', 'data-pagefind-filter': 'service[content]', content: entry.data.service } });
  }
  // Link previews in chat: each page's own image (Starlight already sets og:title, og:description, og:url and
  // twitter:card).
  const image = new URL(ogImagePath(slug), context.site ?? context.url).href;
  head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: image } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: `${entry.data.title}: AWS Security Field Guide` } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
  );
});
