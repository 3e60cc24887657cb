import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBrokenLinks, scanHtml, type BuiltPage } from '../src/lib/links.ts';

const page = (path: string, ids: string[], hrefs: string[]): BuiltPage => ({ path, ids: new Set(ids), hrefs });
const noFiles = () => false;

test('scanHtml reads ids and anchor hrefs, decodes entities, and ignores scripts', () => {
  const html = `<h2 id="key-types">Key types</h2><a class="x" href="/kms/#a&amp;b">x</a>
    <script>const s = '<a href="/in-script/">'; const id = ' id="nope"';</script><link href="/style.css">`;
  const { ids, hrefs } = scanHtml(html);
  assert.deepEqual([...ids], ['key-types']);
  assert.deepEqual(hrefs, ['/kms/#a&b']);
});

test('valid page, anchor, same-page and relative links pass; external links are not checked', () => {
  const pages = [
    page('/kms/', ['key-types'], ['#key-types', '/acm/', '/acm/#renewal', '../acm/#renewal', 'https://docs.aws.amazon.com/x', 'mailto:a@b.c']),
    page('/acm/', ['renewal'], ['/kms/#key-types']),
  ];
  assert.deepEqual(findBrokenLinks(pages, noFiles), []);
});

test('a missing anchor is reported with the page and the reason', () => {
  const broken = findBrokenLinks([page('/', [], ['/acm/#renewl']), page('/acm/', ['renewal'], [])], noFiles);
  assert.deepEqual(broken, [{ page: '/', href: '/acm/#renewl', reason: 'no element with id "renewl" on /acm/' }]);
});

test('a missing page is reported unless a file exists at that path', () => {
  const pages = [page('/', [], ['/nope/', '/favicon.svg'])];
  const broken = findBrokenLinks(pages, (path) => path === '/favicon.svg');
  assert.deepEqual(broken.map((link) => link.href), ['/nope/']);
});

test('a link without the trailing slash is reported, since the site always uses one', () => {
  const broken = findBrokenLinks([page('/', [], ['/acm']), page('/acm/', [], [])], noFiles);
  assert.equal(broken[0]?.reason, 'missing trailing slash: link to /acm/');
});
