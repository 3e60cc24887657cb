/** Shared knowledge about the built site for end-to-end tests. */
import { pathOfSlug, publishedSlugs, siteGroups } from '../src/lib/site-structure.ts';

export const publishedPaths = publishedSlugs.map(pathOfSlug);

/** Pages about an AWS service or concept (every group but Reference). */
export const servicePaths = siteGroups
  .filter((group) => group.id !== 'reference')
  .flatMap((group) => group.slugs)
  .map(pathOfSlug);
