import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { changeSchema, glossaryTermSchema, notesMapEntrySchema, pageFields, searchAliasSchema } from './lib/schemas.ts';
import { strictLoader } from './plugins/strict-loader.ts';

export const collections = {
  // Pages live in the top-level content/ folder: what we say is kept apart from how it looks.
  docs: defineCollection({
    loader: strictLoader(glob({ base: './content/docs', pattern: '**/*.{md,mdx}' })),
    schema: docsSchema({ extend: z.object(pageFields) }),
  }),
  changes: defineCollection({
    loader: strictLoader(glob({ base: './content/changes', pattern: '*.yaml' })),
    schema: changeSchema,
  }),
  glossary: defineCollection({
    loader: strictLoader(file('./content/glossary.yaml')),
    schema: glossaryTermSchema,
  }),
  searchAliases: defineCollection({
    loader: strictLoader(file('./content/search-aliases.yaml')),
    schema: searchAliasSchema,
  }),
  notesMap: defineCollection({
    loader: strictLoader(file('./content/notes-map.yaml')),
    schema: notesMapEntrySchema,
  }),
};
