import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeAnchor, changeDateLabel, sortChanges } from '../src/lib/changes.ts';

test('change anchors are prefixed so they never collide with heading ids', () => {
  assert.equal(changeAnchor('rot-2'), 'changed-rot-2');
});

test('the date label names the AWS change date, or says when the notes were corrected', () => {
  assert.equal(changeDateLabel({ verdict: 'outdated', changed: new Date('2024-04-12') }), 'AWS change of 12 Apr 2024');
  assert.equal(changeDateLabel({ verdict: 'imprecise' }), 'corrected against AWS documentation, November 2026');
});

test('changes sort newest AWS change first, then undated ones by fact ID in numeric order', () => {
  const entry = (id: string, fact: string, changed?: string) => ({ id, data: { fact, ...(changed ? { changed: new Date(changed) } : {}) } });
  const sorted = sortChanges([
    entry('kms-10', 'KMS-10'),
    entry('rot-2', 'ROT-2', '2024-04-12'),
    entry('kms-2', 'KMS-2'),
    entry('rot-3', 'ROT-3', '2025-06-05'),
  ]);
  assert.deepEqual(sorted.map((change) => change.id), ['rot-3', 'rot-2', 'kms-2', 'kms-10']);
});
