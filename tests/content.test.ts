/**
 * Content checks that need the whole content/ tree at once: every published route has a page and only those,
 * each page's frontmatter is complete for its kind, glossary anchors are unique, and every outdated or
 * imprecise fact of ../shared/facts.md is shown on its page and listed on /changes/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { changeSchema, glossaryTermSchema, pageFieldsSchema } from '../src/lib/schemas.ts';
import { groupOfSlug, publishedSlugs } from '../src/lib/site-structure.ts';

const DOCS = 'content/docs';

interface ContentPage {
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function readPages(): ContentPage[] {
  return readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const source = readFileSync(join(DOCS, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
      assert.ok(match, `${file}: no frontmatter`);
      const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
      return { slug, file: join(DOCS, file), data: parseYaml(match[1]!), body: source.slice(match[0].length) };
    });
}

const pages = readPages();

test('exactly the published routes have a page', () => {
  assert.deepEqual(pages.map((page) => page.slug).sort(), [...publishedSlugs].sort());
});

test('every page has complete frontmatter, in the group its sidebar section says', () => {
  for (const page of pages) {
    const parsed = pageFieldsSchema.safeParse(page.data);
    assert.ok(parsed.success, `${page.file}: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    assert.equal(typeof page.data['title'], 'string', `${page.file}: title`);
    const group = groupOfSlug(page.slug)?.id ?? 'reference';
    assert.equal(parsed.data.group, group, `${page.file}: group should be ${group}`);
  }
});

test('service pages name their service, cite at least two AWS sources, and have Gotchas and Related sections', () => {
  for (const page of pages.filter((p) => p.data['group'] !== 'reference')) {
    assert.ok(page.data['service'], `${page.file}: service`);
    assert.ok((page.data['sources'] as unknown[]).length >= 2, `${page.file}: at least two sources`);
    assert.match(page.body, /^## Gotchas$/m, `${page.file}: ## Gotchas`);
    assert.match(page.body, /^## Related$/m, `${page.file}: ## Related`);
    assert.doesNotMatch(page.body, /^## Sources$/m, `${page.file}: the layout renders Sources from frontmatter`);
  }
});

const glossary = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as unknown[];

test('glossary terms are valid and their anchors unique', () => {
  const ids = glossary.map((raw) => glossaryTermSchema.parse(raw).id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  assert.deepEqual(duplicates, []);
});

test('the glossary defines every term the issue asks for', () => {
  const required = ['tls', 'ssl', 'mitm', 'kms', 'kms-key', 'cmk', 'hsm', 'key-policy', 'grant', 'alias', 'multi-region-key',
    'sse-s3', 'sse-kms', 'dsse-kms', 'sse-c', 'client-side-encryption', 'envelope-encryption', 'iam', 'cloudtrail',
    'eventbridge', 'securestring', 'acm', 'fqdn', 'wildcard-certificate', 'alb', 'nlb', 'cloudfront',
    'edge-optimized-endpoint', 'web-acl', 'rule-group', 'wcu', 'ddos', 'srt', 'global-accelerator', 'pii', 'cve', 'ecr', 'sbom'];
  const ids = new Set(glossary.map((raw) => (raw as { id: string }).id));
  assert.deepEqual(required.filter((id) => !ids.has(id)), []);
});

const changeIds = readdirSync('content/changes').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

test('each change entry is valid and shown by exactly one <Changed> aside, on the page it names', () => {
  for (const id of changeIds) {
    const change = changeSchema.parse(parseYaml(readFileSync(`content/changes/${id}.yaml`, 'utf8')));
    assert.equal(change.fact.toLowerCase(), id, `content/changes/${id}.yaml: fact ID and file name differ`);
    const users = pages.filter((page) => page.body.includes(`<Changed id="${id}" />`));
    assert.deepEqual(users.map((p) => p.slug), [change.page], `${id}: shown on ${users.map((p) => p.slug)}; expected ${change.page}`);
  }
  for (const page of pages) {
    for (const [, id] of page.body.matchAll(/<Changed id="([^"]+)"/g)) {
      assert.ok(changeIds.includes(id!), `${page.file}: <Changed id="${id}"> has no content/changes/${id}.yaml`);
    }
  }
});

test('every fact that ../shared/facts.md marks outdated or imprecise has a change entry', { skip: !existsSync('../shared/facts.md') && 'no ../shared/facts.md' }, () => {
  const summary = readFileSync('../shared/facts.md', 'utf8').split('\n## ')[1] ?? '';
  const flagged = [...summary.matchAll(/^\| ([A-Z0-9]+-\d+) \|[^|]*\|[^|]*\| \**(outdated|imprecise)/gm)].map((m) => m[1]!.toLowerCase());
  assert.ok(flagged.length > 20, 'facts.md summary table not found');
  assert.deepEqual(flagged.filter((id) => !changeIds.includes(id)), []);
});

test('every section of ../shared/seed-notes.md has a home on the site (content/notes-map.yaml)', { skip: !existsSync('../shared/seed-notes.md') && 'no ../shared/seed-notes.md' }, () => {
  const lines = readFileSync('../shared/seed-notes.md', 'utf8').split('\n');
  // A section is a "# heading", or a top-level bullet that has sub-bullets.
  const sections = lines.flatMap((line, i) => {
    if (line.startsWith('# ')) return [line.slice(2).trim()];
    if (/^\* /.test(line) && lines[i + 1]?.startsWith('  *')) return [line.slice(2).trim()];
    return [];
  });
  const mapped = new Set((parseYaml(readFileSync('content/notes-map.yaml', 'utf8')) as { notes: string }[]).map((e) => e.notes));
  assert.ok(sections.length > 30, 'seed notes sections not found');
  assert.deepEqual(sections.filter((section) => !mapped.has(section)), []);
});
