// Link-preview images, one per page, built at build time (see src/plugins/og-image.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderOgImage } from '../../plugins/og-image.ts';
import { groupOfSlug } from '../../lib/site-structure.ts';

export const getStaticPaths = (async () => {
  const pages = await getCollection('docs');
  return pages.map((entry) => {
    const slug = entry.id.replace(/(^|\/)index$/, '');
    return {
      params: { slug: slug === '' ? 'index' : slug },
      props: { title: entry.data.title, group: groupOfSlug(slug)?.label ?? 'Reference' },
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props as { title: string; group: string });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
