import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { applyAnchorAliases, lostUrls, pageRedirects, publicAnchors, siteUrls } from '../src/lib/url-manifest.ts';
import { readManifest, readUrlAliases } from '../src/plugins/url-aliases.ts';
import { builtUrls } from '../scripts/url-manifest.ts';

const page = (headings: string[]) =>
  headings.map((id) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">x</h2><a class="sl-anchor-link" href="#${id}"></a></div>`).join('');

test('public anchors are headings, glossary terms, diagrams, steps, widgets and change notes', () => {
  const html = `${page(['renewal'])}<h1 id="_top">T</h1><dt id="sse-c">SSE-C</dt><figure class="diagram" id="diagram-x"></figure>
    <li id="diagram-x-step-2"></li><section class="widget not-content" id="acm-placement"></section><aside id="changed-rot-2"></aside>
    <div id="starlight__sidebar"></div>`;
  assert.deepEqual(publicAnchors(html).sort(), ['acm-placement', 'changed-rot-2', 'diagram-x', 'diagram-x-step-2', 'renewal', 'sse-c']);
});

test('fixture: removing a heading without an alias loses its URL; an alias keeps it', () => {
  const before = siteUrls([{ path: '/acm/', html: page(['renewal', 'watching-expiry']) }]);
  const afterRename = new Set(siteUrls([{ path: '/acm/', html: page(['renewal', 'monitoring-expiry']) }]));
  assert.deepEqual(lostUrls(before, afterRename, []), ['/acm/#watching-expiry']);
  assert.deepEqual(lostUrls(before, afterRename, [{ from: '/acm/#watching-expiry', to: '/acm/#monitoring-expiry' }]), []);
  // An alias to something that does not exist either does not help.
  assert.deepEqual(lostUrls(before, afterRename, [{ from: '/acm/#watching-expiry', to: '/acm/#nowhere' }]), ['/acm/#watching-expiry']);
});

test('fixture: a moved page keeps its URL through a redirect, anchors included when the ids stay', () => {
  const before = ['/certs/', '/certs/#renewal'];
  const built = new Set(['/acm/', '/acm/#renewal']);
  const aliases = [{ from: '/certs/', to: '/acm/' }];
  assert.deepEqual(lostUrls(before, built, aliases), []);
  assert.deepEqual(pageRedirects([...aliases, { from: '/acm/#a', to: '/acm/#b' }]), { '/certs/': '/acm/' });
});

test('an anchor alias puts the old id just before the renamed section', () => {
  const html = page(['monitoring-expiry']);
  const updated = applyAnchorAliases(html, '/acm/', [{ from: '/acm/#watching-expiry', to: '/acm/#monitoring-expiry' }]);
  assert.match(updated, /<span id="watching-expiry" class="anchor-alias"><\/span><h2 id="monitoring-expiry">/);
  assert.throws(() => applyAnchorAliases(html, '/acm/', [{ from: '/acm/#a', to: '/acm/#missing' }]), /no id "missing"/);
});

test('the built site keeps every URL of content/url-manifest.json, and the manifest lists every built URL', { skip: !existsSync('dist') && 'run npm run build first' }, () => {
  const built = builtUrls();
  const manifest = readManifest();
  assert.deepEqual(lostUrls(manifest, new Set(built), readUrlAliases()), [], 'published URLs must keep landing: add aliases in content/url-aliases.yaml');
  assert.deepEqual(built.filter((url) => !manifest.includes(url)), [], 'new public URLs: run `npm run urls:update` and commit content/url-manifest.json');
  console.log(`url manifest: ${manifest.length} public URLs, all landing`);
});
