import { expect, test } from '@playwright/test';
import { correctQuery } from '../src/lib/search.ts';

/** What teammates type, and the page that must be in the top three results: terms, synonyms, plurals, typos. */
const queries: [query: string, page: string][] = [
  ['kms', '/kms/'], ['KMS key', '/kms/'], ['CMK', '/kms/'], ['customer managed key', '/kms/'], ['customer master key', '/kms/'],
  ['key types', '/kms/'], ['HMAC', '/kms/'], ['asymmetric key', '/kms/'], ['symmetric', '/kms/'], ['KMS pricing', '/kms/'],
  ['key rotation', '/kms/'], ['rotate keys', '/kms/'], ['who used my key', '/kms/'], ['CloudTrail', '/kms/'], ['AWS owned key', '/kms/'],
  ['key policy', '/kms/key-policies/'], ['key policies', '/kms/key-policies/'], ['default key policy', '/kms/key-policies/'],
  ['cross-account key access', '/kms/key-policies/'],
  ['snapshot', '/kms/snapshot-copies/'], ['snapshots', '/kms/snapshot-copies/'], ['share encrypted snapshot', '/kms/snapshot-copies/'],
  ['copy-db-snapshot', '/kms/snapshot-copies/'],
  ['multi-region key', '/kms/multi-region-keys/'], ['MRK', '/kms/multi-region-keys/'], ['replica key', '/kms/multi-region-keys/'],
  ['S3 replication', '/s3-replication/'], ['SSE-C', '/s3-replication/'], ['SSE-KMS', '/s3-replication/'], ['DSSE-KMS', '/s3-replication/'],
  ['ReplicaKmsKeyID', '/s3-replication/'], ['cross-region replication', '/s3-replication/'], ['KMS throttling', '/s3-replication/'],
  ['TLS', '/encryption/'], ['SSL', '/encryption/'], ['encryption in flight', '/encryption/'], ['client-side encryption', '/encryption/'],
  ['encryption at rest', '/encryption/'], ['man in the middle', '/encryption/'],
  ['parameter store', '/ssm-parameter-store/'], ['SecureString', '/ssm-parameter-store/'], ['parameter policies', '/ssm-parameter-store/'],
  ['advanced tier', '/ssm-parameter-store/'], ['/aws/reference/secretsmanager', '/ssm-parameter-store/'],
  ['password', '/secrets-manager/'], ['secrets manager', '/secrets-manager/'], ['secret rotation', '/secrets-manager/'],
  ['database credentials', '/secrets-manager/'], ['multi-region secrets', '/secrets-manager/'],
  ['ACM', '/acm/'], ['cert', '/acm/'], ['certificate', '/acm/'], ['certificates', '/acm/'], ['us-east-1', '/acm/'],
  ['edge-optimized', '/acm/'], ['wildcard certificate', '/acm/'], ['DNS validation', '/acm/'], ['certificate expiry', '/acm/'],
  ['WAF', '/waf/'], ['web ACL', '/waf/'], ['rate-based rule', '/waf/'], ['SQL injection', '/waf/'], ['fixed IP', '/waf/'],
  ['Global Accelerator', '/waf/'],
  ['DDoS', '/shield/'], ['Shield Advanced', '/shield/'], ['SRT', '/shield/'],
  ['Firewall Manager', '/firewall-manager/'], ['security policy organization', '/firewall-manager/'],
  ['GuardDuty', '/guardduty/'], ['cryptomining', '/guardduty/'], ['threat detection', '/guardduty/'],
  ['Inspector', '/inspector/'], ['CVE', '/inspector/'], ['vulnerability scan', '/inspector/'], ['ECR scanning', '/inspector/'],
  ['Macie', '/macie/'], ['PII', '/macie/'], ['sensitive data', '/macie/'],
  ['guarduty', '/guardduty/'], ['certficate', '/acm/'], ['paramter store', '/ssm-parameter-store/'], ['encrpytion', '/encryption/'],
  ['replicaton', '/s3-replication/'], ['glossary', '/glossary/'], ['what changed since the notes', '/changes/'],
];

/** Queries that are a page's title, alias or glossary term: that page must come first. */
const exactNames: [query: string, page: string][] = [
  ['GuardDuty', '/guardduty/'], ['Macie', '/macie/'], ['Inspector', '/inspector/'], ['WAF', '/waf/'], ['ACM', '/acm/'],
  ['Shield', '/shield/'], ['Firewall Manager', '/firewall-manager/'], ['Parameter Store', '/ssm-parameter-store/'],
  ['Secrets Manager', '/secrets-manager/'], ['BYOK', '/kms/'], ['MRK', '/kms/multi-region-keys/'], ['PII', '/macie/'],
  ['CVE', '/inspector/'], ['DDoS', '/shield/'], ['SSE-C', '/s3-replication/'], ['Glossary', '/glossary/'],
];

test(`search quality: ${queries.length + exactNames.length} queries find the expected page (top 3; first for exact names)`, async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox', { name: 'Search' });
  const message = dialog.locator('.pagefind-ui__message');
  const misses: string[] = [];
  const timings: number[] = [];
  const firstPlace = new Map(exactNames);
  const vocabulary = ((await page.locator('#search-vocabulary').getAttribute('data-words')) ?? '').split(' ');
  for (const [query, expected] of [...queries, ...exactNames]) {
    const started = Date.now();
    await input.fill(query);
    // Results are in when the message names the query in the box (which may be a spelling correction) and the
    // first results have loaded their links.
    let top: string[] = [];
    await expect
      .poll(async () => {
        const [text, value] = [await message.textContent(), await input.inputValue()];
        // A misspelt query is searched again as corrected: wait for that search.
        const final = correctQuery(query, vocabulary) ?? query;
        if (value.trim().toLowerCase() !== final.toLowerCase()) return false;
        if (!text || !/results? for/.test(text) || !text.trim().endsWith(value.trim())) return false;
        const links = await dialog
          .locator('li.pagefind-ui__result')
          .evaluateAll((results) => results.slice(0, 3).map((result) => result.querySelector('a')?.href ?? null));
        if (links.length === 0 || links.includes(null)) return false;
        top = links.map((href) => new URL(href!).pathname);
        return true;
      }, { timeout: 10_000 })
      .toBe(true);
    timings.push(Date.now() - started);
    const wanted = firstPlace.get(query) === expected ? top.slice(0, 1) : top;
    if (!wanted.includes(expected)) misses.push(`"${query}": expected ${expected}${wanted.length === 1 ? ' first' : ''}, got ${top.join(', ') || 'nothing'}`);
  }
  const total = queries.length + exactNames.length;
  const hits = total - misses.length;
  timings.sort((a, b) => a - b);
  console.log(`search quality: ${hits}/${total} hits (top 3, or first for exact names; ${((100 * hits) / total).toFixed(1)}%); median keystroke-to-results ${timings[Math.floor(timings.length / 2)]} ms`);
  expect(misses).toEqual([]);
});
