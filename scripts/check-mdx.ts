/**
 * Fast check of content files without a full build: compiles each MDX body, validates its frontmatter
 * and the changes entries it references. Usage: node scripts/check-mdx.ts content/docs/kms/index.mdx [...]
 * The build validates the same things; this exists so authors get answers in a second.
 */
import { readFileSync, existsSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { changeSchema, pageFieldsSchema } from '../src/lib/schemas.ts';

const pageSchema = z.looseObject({ ...pageFieldsSchema.shape, title: z.string().min(2) });

function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no frontmatter block at the top of the file');
  return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}

let failures = 0;
for (const file of process.argv.slice(2)) {
  const problems: string[] = [];
  try {
    const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const page = pageSchema.safeParse(data);
    if (!page.success) problems.push(`frontmatter:\n${formatIssues(page.error)}`);
    await compile(body).catch((error: Error) => problems.push(`MDX: ${error.message}`));
    for (const [, id] of body.matchAll(/<Changed\s+id="([^"]+)"/g)) {
      const changeFile = `content/changes/${id}.yaml`;
      if (!existsSync(changeFile)) {
        problems.push(`<Changed id="${id}"> has no ${changeFile}`);
        continue;
      }
      const change = changeSchema.safeParse(parseYaml(readFileSync(changeFile, 'utf8')));
      if (!change.success) problems.push(`${changeFile}:\n${formatIssues(change.error)}`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) {
    failures++;
    console.error(`✗ ${file}\n${problems.join('\n')}`);
  } else {
    console.log(`✓ ${file}`);
  }
}
process.exit(failures > 0 ? 1 : 0);
