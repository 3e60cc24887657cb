import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinations, defaults, type Field } from '../src/lib/widgets/types.ts';
import { parseWidgetParam, serializeWidgetParam } from '../src/lib/widgets/url.ts';

const fields: Field[] = [
  { kind: 'choice', id: 'use', label: 'Used by', default: 'alb', options: [{ value: 'alb', label: 'ALB' }, { value: 'apigw-edge', label: 'Edge' }] },
  { kind: 'flag', id: 'fixed', label: 'Fixed IPs', default: false },
  { kind: 'number', id: 'keys', label: 'Keys', default: 1, min: 0, max: 100, step: 1 },
];

test('a link round-trips every value, writing only what differs from the defaults', () => {
  const values = { use: 'apigw-edge', fixed: true, keys: 12 };
  const param = serializeWidgetParam(fields, values);
  assert.equal(param, 'use:apigw-edge,fixed:yes,keys:12');
  assert.deepEqual(parseWidgetParam(fields, param), { values, notices: [] });
  assert.equal(serializeWidgetParam(fields, defaults(fields)), '');
});

test('no parameter means the defaults, silently', () => {
  assert.deepEqual(parseWidgetParam(fields, null), { values: defaults(fields), notices: [] });
});

const hostile = [
  '<script>alert(1)</script>',
  'use:<img src=x onerror=alert(1)>',
  'use:"><svg onload=alert(1)>',
  'fixed:maybe,keys:-5,keys:1e9,keys:NaN',
  'constructor:x,__proto__:y,toString:z',
  ':::,,,::',
  'use:alb'.repeat(200),
  '\u0000\u202e%00',
];

for (const raw of hostile) {
  test(`hostile or garbage input falls back to defaults with notices: ${JSON.stringify(raw).slice(0, 40)}`, () => {
    const { values, notices } = parseWidgetParam(fields, raw);
    for (const field of fields) {
      const value = values[field.id];
      if (field.kind === 'choice') assert.ok(field.options.some((o) => o.value === value));
      if (field.kind === 'flag') assert.equal(typeof value, 'boolean');
      if (field.kind === 'number') assert.ok(typeof value === 'number' && value >= field.min && value <= field.max);
    }
    assert.ok(notices.length > 0, 'the reader is told something was ignored');
    for (const notice of notices) assert.doesNotMatch(notice, /[<>"]/, 'notices never echo markup characters');
    assert.equal(Object.getPrototypeOf(values), Object.prototype);
  });
}

test('combinations enumerates every choice and flag value', () => {
  assert.equal(combinations(fields).length, 2 * 2 * 1);
});
