/**
 * Every page carries a strict Content-Security-Policy, and every inline script in dist/ is allowed by its hash
 * (Astro hashes the scripts it bundles; Starlight's own inline scripts are listed in src/lib/csp.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { distPages } from '../src/plugins/dist-pages.ts';

const pages = existsSync('dist') ? distPages('dist').map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') })) : [];

function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
}

test('every page has a strict script policy: no unsafe-inline, no unsafe-eval, no other origins', { skip: pages.length === 0 && 'run npm run build first' }, () => {
  for (const { path, html } of pages) {
    const policy = policyOf(html);
    assert.ok(policy, `${path}: no CSP meta element`);
    const scriptSrc = /script-src ([^;]+)/.exec(policy!)?.[1] ?? '';
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|https?:|\*/, `${path}: ${scriptSrc}`);
    assert.match(policy!, /default-src 'self'/);
    assert.doesNotMatch(policy!, /https?:\/\//, `${path}: the policy names another origin`);
  }
});

test('every inline script in dist/ is allowed by its page’s policy', { skip: pages.length === 0 && 'run npm run build first' }, () => {
  const missing = new Set<string>();
  for (const { path, html } of pages) {
    const policy = policyOf(html) ?? '';
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!)) continue;
      const hash = `sha256-${createHash('sha256').update(body!).digest('base64')}`;
      if (!policy.includes(`'${hash}'`)) missing.add(`${hash} (first seen on ${path}: ${body!.trim().slice(0, 60)}…)`);
    }
  }
  assert.deepEqual([...missing], [], 'add these hashes to src/lib/csp.ts after checking the scripts are Starlight’s own');
});
