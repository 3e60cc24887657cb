/**
 * Frontmatter and data schemas. Used by the content collections (build fails on bad input)
 * and by scripts/check-mdx.ts, so both validate the same way.
 */
import { z } from 'astro/zod';
import { groupIds } from './site-structure.ts';

/** Official sources only: an AWS page, so readers can trust and re-check it. */
const awsUrl = z
  .url()
  .refine((url) => /^https:\/\/([a-z0-9-]+\.)*(aws\.amazon\.com|docs\.aws\.amazon\.com|repost\.aws|aws\.github\.io)\//.test(url), {
    message: 'must be an https URL of an official AWS site (aws.amazon.com, docs.aws.amazon.com, repost.aws, aws.github.io)',
  });

export const sourceSchema = z.object({ title: z.string().min(3), url: awsUrl }).strict();

/** Fields every page adds to Starlight's own frontmatter. */
export const pageFields = {
  description: z.string().min(70, 'description: write a meta description of 70-170 characters').max(170, 'description: keep the meta description under 170 characters'),
  group: z.enum(groupIds),
  service: z.string().min(2).optional(),
  lastVerified: z.coerce.date(),
  sources: z.array(sourceSchema).min(1, 'sources: list at least one official AWS page'),
};

export const pageFieldsSchema = z.object(pageFields);

/** A place where the site departs from the original notes (content/changes/*.yaml). */
export const changeSchema = z
  .object({
    fact: z.string().regex(/^[A-Z0-9]+-\d+$/, 'fact: use the facts.md ID, e.g. ROT-2'),
    verdict: z.enum(['outdated', 'imprecise']),
    topic: z.string().min(3).max(60),
    notes: z.string().min(3),
    now: z.string().min(10),
    changed: z.coerce.date().optional(),
    source: sourceSchema,
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'page: a page slug such as kms or kms/key-policies'),
  })
  .strict();

/** A path on this site, optionally with an anchor: "/kms/#key-types". The build's link check verifies it. */
const sitePath = z.string().regex(/^\/[a-z0-9\-/]*(#[a-z0-9-]+)?$/, 'a site path such as /kms/#key-types');

/** A glossary term (content/glossary.yaml). `id` is its public anchor on /glossary/. */
export const glossaryTermSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: lower-case words joined by hyphens'),
    term: z.string().min(2),
    expansion: z.string().optional(),
    definition: z.string().min(20),
    see: sitePath,
  })
  .strict();

/** Where a section of the original notes is covered (content/notes-map.yaml). */
export const notesMapEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    notes: z.string().min(2),
    title: z.string().min(2),
    see: sitePath,
  })
  .strict();

/** Alternate names for a page, for search (content/search-aliases.yaml); `id` is the page slug. */
export const searchAliasSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/), terms: z.array(z.string().min(2)).min(1) })
  .strict();

export type Change = z.infer<typeof changeSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
