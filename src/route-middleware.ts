import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SOURCES_HEADING } from './lib/page-sections.ts';

// The Sources section is rendered by the layout, not the MDX, so Starlight's table of contents
// does not see it: add it so readers can jump there like to any other section.
export const onRequest = defineRouteMiddleware((context) => {
  const { toc, entry } = context.locals.starlightRoute;
  if (!toc || !entry.data.sources?.length) return;
  toc.items.push({ depth: 2, slug: SOURCES_HEADING.slug, text: SOURCES_HEADING.text, children: [] });
});
