import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasesByPage, correctQuery, editDistance, highlightTerms, vocabularyOf } from '../src/lib/search.ts';

test('aliases come from the data file and from glossary entries, under the page they point to', () => {
  const aliases = aliasesByPage(
    [{ id: 'acm', terms: ['cert'] }],
    [{ term: 'FQDN', expansion: 'Fully qualified domain name', see: '/acm/#requesting-a-public-certificate' }, { term: 'PII', see: '/macie/#what-macie-finds' }],
  );
  assert.deepEqual(aliases.get('acm'), ['cert', 'FQDN', 'Fully qualified domain name']);
  assert.deepEqual(aliases.get('macie'), ['PII']);
});

test('highlight terms are distinct words, longest first, markup-free', () => {
  assert.deepEqual(highlightTerms('SSE-C  sse-c replication <b>'), ['replication', 'sse-c']);
  assert.deepEqual(highlightTerms('a'), []);
});

test('edit distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('guarduty', 'guardduty'), 1);
  assert.equal(editDistance('certficate', 'certificate'), 1);
  assert.equal(editDistance('encrpytion', 'encryption'), 1);
  assert.equal(editDistance('kms', 'waf'), 3);
});

test('queries are corrected only when a word is unknown and close to a known one', () => {
  const vocabulary = vocabularyOf(['Amazon GuardDuty', 'AWS Certificate Manager', 'Parameter Store', 'replication']);
  assert.equal(correctQuery('guarduty', vocabulary), 'guardduty');
  assert.equal(correctQuery('paramter store', vocabulary), 'parameter store');
  assert.equal(correctQuery('replication', vocabulary), undefined);
  assert.equal(correctQuery('zebra', vocabulary), undefined);
  assert.equal(correctQuery('certif', vocabulary), undefined, 'a word being typed is left alone');
});
