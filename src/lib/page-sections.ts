/** Sections the layout adds to every page (not written in the MDX). */
export const SOURCES_HEADING = { text: 'Sources', slug: 'sources' } as const;
