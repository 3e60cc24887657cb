import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSitePath } from '../src/lib/site-paths.ts';
import { pathOfSlug, publishedSlugs, groupOfSlug } from '../src/lib/site-structure.ts';

test('parseSitePath splits page slug and anchor', () => {
  assert.deepEqual(parseSitePath('/kms/key-policies/#default-key-policy'), { slug: 'kms/key-policies', anchor: 'default-key-policy' });
  assert.deepEqual(parseSitePath('/acm/'), { slug: 'acm', anchor: undefined });
  assert.deepEqual(parseSitePath('/'), { slug: '', anchor: undefined });
});

test('the published routes are exactly the ones promised in chats', () => {
  assert.deepEqual(publishedSlugs.map(pathOfSlug), [
    '/', '/encryption/', '/kms/', '/kms/key-policies/', '/kms/snapshot-copies/', '/kms/multi-region-keys/',
    '/s3-replication/', '/ssm-parameter-store/', '/secrets-manager/', '/acm/', '/waf/', '/shield/', '/firewall-manager/',
    '/guardduty/', '/inspector/', '/macie/', '/glossary/', '/decisions/', '/changes/',
  ]);
});

test('pages sit in the sidebar groups the issue names', () => {
  const labelOf = (slug: string) => groupOfSlug(slug)?.label;
  assert.equal(labelOf('encryption'), 'Encryption basics');
  for (const slug of ['kms', 'kms/snapshot-copies', 's3-replication', 'ssm-parameter-store', 'secrets-manager']) assert.equal(labelOf(slug), 'Keys and secrets');
  assert.equal(labelOf('acm'), 'Certificates');
  for (const slug of ['waf', 'shield', 'firewall-manager']) assert.equal(labelOf(slug), 'Edge protection');
  for (const slug of ['guardduty', 'inspector', 'macie']) assert.equal(labelOf(slug), 'Threat detection');
  for (const slug of ['glossary', 'decisions', 'changes']) assert.equal(labelOf(slug), 'Reference');
  assert.equal(labelOf(''), undefined);
});
