/**
 * Bad input must fail the build with the file and the reason. Each case builds a copy of the site with one
 * defect (inside the project, so packages resolve from ./node_modules) and checks the exit code and message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../scripts/project-copy.ts';

const ROOT = process.cwd();
const WORK = join(ROOT, '.cache', 'build-guards');

function buildWithDefect(name: string, file: string, edit: (source: string) => string, extraFiles: Record<string, string> = {}) {
  const dir = join(WORK, name);
  copyProject(dir, ROOT);
  const target = join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  for (const [path, text] of Object.entries(extraFiles)) writeFileSync(join(dir, path), text);
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
    // Share the project's diagram cache: the copies render the same diagrams.
    env: { ...process.env, DIAGRAM_CACHE_DIR: join(ROOT, 'node_modules', '.cache', 'field-guide-diagrams') },
  });
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

/** Inserts a broken Mermaid line after the diagram's accDescr line; returns the edit and the broken line's number. */
function breakDiagram(source: string, diagramId: string) {
  const lines = source.split('\n');
  const fence = lines.findIndex((line) => line === `\`\`\`mermaid id=${diagramId}`);
  const accDescr = lines.findIndex((line, index) => index > fence && line.trim().startsWith('accDescr:'));
  lines.splice(accDescr + 1, 0, '  brokenNode["unclosed label');
  return { text: lines.join('\n'), line: accDescr + 2 };
}

test('a Mermaid syntax error in an .mdx page fails the build with the file, the line and Mermaid\'s message', () => {
  let line = 0;
  const { status, output } = buildWithDefect('mermaid-mdx', 'content/docs/waf.mdx', (s) => {
    const broken = breakDiagram(s, 'waf-fixed-ip');
    line = broken.line;
    return broken.text;
  });
  assert.notEqual(status, 0);
  // Mermaid reports the line where it noticed the error: the broken line or the one after it.
  const reported = Number(/content\/docs\/waf\.mdx:(\d+) \(diagram "waf-fixed-ip"\): Mermaid error: Parse error/.exec(output)?.[1]);
  assert.ok(reported === line || reported === line + 1, `reported line ${reported}, broken line ${line}\n${output}`);
});

test('a Mermaid syntax error in a .md page fails the build too (Astro would only log it)', () => {
  const page = [
    '---', 'title: Diagram test', 'description: A page that exists only to prove that broken diagrams fail the build in plain Markdown.',
    'group: reference', 'lastVerified: 2026-11-28', 'sources:', '  - title: AWS KMS concepts',
    '    url: https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html', '---', '', 'Text.', '',
    '```mermaid id=md-test', 'flowchart LR', '  accTitle: T', '  accDescr: D', '  a -->', '```', '',
  ].join('\n');
  const { status, output } = buildWithDefect('mermaid-md', 'content/docs/glossary.mdx', (s) => s, { 'content/docs/diagram-test.md': page });
  assert.notEqual(status, 0);
  assert.match(output, /content\/docs\/diagram-test\.md:\d+ \(diagram "md-test"\): Mermaid error: Parse error/);
});

test('a step that highlights a node the diagram lacks fails the build', () => {
  const { status, output } = buildWithDefect('mermaid-step', 'content/docs/kms/snapshot-copies.mdx', (s) =>
    s.replace('%% step keyA snapA keyA->snapA |', '%% step keyA snapZ keyA->snapA |'),
  );
  assert.notEqual(status, 0);
  assert.match(output, /snapshot-copies\.mdx:\d+ \(diagram "cross-account"\): steps highlight what the diagram does not have: snapZ/);
});

test('renaming a heading without an alias fails the build, naming the lost URL; with an alias it builds', () => {
  const rename = (s: string) => s.replace('## Watching expiry', '## Monitoring expiry');
  const lost = buildWithDefect('url-lost', 'content/docs/acm.mdx', rename);
  assert.notEqual(lost.status, 0);
  assert.match(lost.output, /Published URLs would break[\s\S]*\/acm\/#watching-expiry/);
  const aliased = buildWithDefect('url-aliased', 'content/docs/acm.mdx', rename, {
    'content/url-aliases.yaml': '- from: /acm/#watching-expiry\n  to: /acm/#monitoring-expiry\n',
  });
  assert.equal(aliased.status, 0, aliased.output);
});

test('an unknown widget name fails the build with the page and the names that exist', () => {
  const { status, output } = buildWithDefect('widget-name', 'content/docs/waf.mdx', (s) => s.replace('<DecisionWidget name="waf" />', '<DecisionWidget name="wafx" />'));
  assert.notEqual(status, 0);
  assert.match(output, /<DecisionWidget name="wafx"> on \/waf\/: no such widget; use one of .*waf/);
});

test('a link to an unknown glossary term fails the build', () => {
  const { status, output } = buildWithDefect('glossary-term', 'content/docs/shield.mdx', (s) => `${s}\nSee [the term](/glossary/#no-such-term).\n`);
  assert.notEqual(status, 0);
  assert.match(output, /content\/docs\/shield\.mdx: link "\/glossary\/#no-such-term" → no element with id "no-such-term" on \/glossary\//);
});

test('an invalid widget configuration fails the build with the widget, the page and each problem', () => {
  const { status, output } = buildWithDefect('widget-config', 'src/lib/widgets/waf.ts', (s) => s.replace("default: 'alb'", "default: 'albx'"));
  assert.notEqual(status, 0);
  assert.match(output, /<DecisionWidget name="waf"> on \/[a-z/-]+: the widget's configuration .* is invalid/);
  assert.match(output, /field "resource": default "albx" is not one of its options/);
});
