/**
 * Bad input must fail the build with the file and the reason. Each case builds a copy of the site with one
 * defect (inside the project, so packages resolve from ./node_modules) and checks the exit code and message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const WORK = join(ROOT, '.cache', 'build-guards');

function buildWithDefect(name: string, file: string, edit: (source: string) => string) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  const target = join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 180_000 });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test('a missing frontmatter field fails the build, naming the file and the field', () => {
  const { status, output } = buildWithDefect('frontmatter', 'content/docs/acm.mdx', (s) => s.replace(/^lastVerified: .*\n/m, ''));
  assert.notEqual(status, 0);
  assert.match(output, /acm\.mdx/);
  assert.match(output, /lastVerified/);
});

test('a link to a missing anchor fails the build, naming the source file and the anchor', () => {
  const { status, output } = buildWithDefect('anchor', 'content/docs/decisions.mdx', (s) => `${s}\nSee [renewal](/acm/#renewl).\n`);
  assert.notEqual(status, 0);
  assert.match(output, /content\/docs\/decisions\.mdx: link "\/acm\/#renewl" → no element with id "renewl" on \/acm\//);
});

test('a link to a missing page fails the build', () => {
  const { status, output } = buildWithDefect('page', 'content/docs/index.mdx', (s) => `${s}\nSee [it](/kms/no-such-page/).\n`);
  assert.notEqual(status, 0);
  assert.match(output, /content\/docs\/index\.mdx: link "\/kms\/no-such-page\/" → no page or file/);
});

test('unparsable data fails the build with the file and the parser\'s reason', () => {
  const { status, output } = buildWithDefect('yaml', 'content/glossary.yaml', (s) => `${s}\n- id: broken\n  term: X\n  definition: a: b\n`);
  assert.notEqual(status, 0);
  assert.match(output, /glossary\.yaml/);
  assert.match(output, /reason: .*(indentation|mapping)/);
});

test('a change entry whose aside sits on another page fails the build', () => {
  const { status, output } = buildWithDefect('change-page', 'content/changes/rot-2.yaml', (s) => s.replace(/^page: kms$/m, 'page: acm'));
  assert.notEqual(status, 0);
  assert.match(output, /content\/changes\/rot-2\.yaml says page "acm" but <Changed id="rot-2"> is used on "kms"/);
});
