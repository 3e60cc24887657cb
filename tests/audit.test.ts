/** The audit gate reads npm's report: what fails, what passes, and what it must never call clean. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditVerdict } from '../scripts/audit.ts';

const report = (vulnerabilities: Record<string, { severity: string; range?: string }>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

test('a high or critical advisory fails, naming the package', () => {
  const verdict = auditVerdict(report({ 'some-pkg': { severity: 'critical', range: '<2.0.1' }, other: { severity: 'low' } }, { low: 1, critical: 1 }));
  assert.deepEqual(verdict, { kind: 'advisories', found: ['some-pkg (critical, <2.0.1)'] });
});

test('low and moderate advisories do not block', () => {
  assert.equal(auditVerdict(report({ a: { severity: 'moderate' }, b: { severity: 'low' } }, { low: 1, moderate: 1 })).kind, 'clean');
});

test('an endpoint error (the registry here answers 405) is unavailable, never clean', () => {
  const error = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
  assert.deepEqual(auditVerdict(error), { kind: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
  assert.equal(auditVerdict('').kind, 'unavailable');
});
