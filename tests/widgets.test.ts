/**
 * Decision widgets, row by row: every combination of each widget's inputs is generated and its answer checked
 * against the rules of the notes and ../shared/facts.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { widgets } from '../src/lib/widgets/registry.ts';
import { combinations, type Answer, type Values, type Widget } from '../src/lib/widgets/types.ts';
import { kmsMonthlyCost, type KmsCostInputs } from '../src/lib/widgets/kms-cost.ts';
import { widgetProblems } from '../src/lib/widgets/validate.ts';

type AnyWidget = Widget<Values, string>;
const all = Object.entries(widgets) as [string, AnyWidget][];

function answers(widget: AnyWidget): { inputs: Values; answer: Answer }[] {
  return combinations(widget.fields).map((inputs) => ({ inputs, answer: widget.decide(inputs) }));
}
const text = (answer: Answer) => answer.lines.map((l) => `${l.label}: ${l.value} ${l.because}`).join('\n');
const line = (answer: Answer, label: string) => answer.lines.find((l) => l.label === label);

for (const [name, widget] of all) {
  test(`${name}: the configuration is valid, and every answer is complete and links to a known explanation`, () => {
    assert.deepEqual(widgetProblems(widget), []);
    console.log(`${name}: ${combinations(widget.fields).length} input combinations checked`);
  });
}

test('an invalid widget configuration is reported, each problem by name', () => {
  const waf = widgets.waf as AnyWidget;
  const broken: AnyWidget = {
    ...waf,
    anchor: 'WAF placement',
    fields: [{ ...waf.fields[0]!, default: 'albx' } as AnyWidget['fields'][number], waf.fields[1]!, waf.fields[1]!],
    explanations: { ...waf.explanations, where: { href: 'https://example.com/', text: 'x' } },
  };
  assert.deepEqual(widgetProblems(broken), [
    'field id "fixedIps" is used twice',
    'anchor "WAF placement" is not lowercase words joined by hyphens',
    'field "resource": default "albx" is not one of its options',
    'explanation "where": href "https://example.com/" is not a site path with an anchor',
  ]);
  const lost: AnyWidget = { ...waf, decide: (inputs) => ({ lines: inputs['fixedIps'] ? [] : waf.decide(inputs).lines, warnings: [{ text: 'x', see: 'nowhere' }] }) };
  assert.match(widgetProblems(lost).join('\n'), /no answer for \{"resource":"cloudfront","fixedIps":true\}/);
  assert.match(widgetProblems(lost).join('\n'), /unknown explanation "nowhere"/);
});

test('acm: the certificate Region follows the resource, renewal follows origin and validation', () => {
  for (const { inputs, answer } of answers(widgets.acm as AnyWidget)) {
    const region = answer.lines[0]!.value;
    if (inputs['use'] === 'cloudfront' || inputs['use'] === 'apigw-edge') assert.equal(region, 'us-east-1');
    if (inputs['use'] === 'alb' || inputs['use'] === 'apigw-regional') assert.equal(region, inputs['region']);
    const renewal = line(answer, 'Renewal')!.value;
    if (inputs['origin'] === 'imported') {
      assert.equal(renewal, 'Never automatic');
      assert.equal(line(answer, 'Validation'), undefined);
    } else if (inputs['use'] !== 'ec2') {
      assert.equal(renewal, inputs['validation'] === 'email' ? 'Needs your approval' : 'Automatic');
    }
    if (inputs['use'] === 'ec2') assert.ok(line(answer, 'Options on EC2'));
    if (inputs['origin'] === 'acm' && inputs['validation'] === 'http' && inputs['use'] !== 'cloudfront') {
      assert.ok(answer.warnings.some((w) => /HTTP validation/.test(w.text)));
    }
    assert.match(line(answer, 'Watch expiry with')!.because, /45 days.*1 to 45.*14 days/);
  }
});

test('waf: a web ACL attaches only to the resources AWS lists, in the right scope, with alternatives otherwise', () => {
  const attachable = ['cloudfront', 'alb', 'apigw-rest', 'appsync', 'cognito', 'app-runner', 'verified-access', 'amplify'];
  for (const { inputs, answer } of answers(widgets.waf as AnyWidget)) {
    const attaches = answer.lines[0]!.value === 'Yes';
    assert.equal(attaches, attachable.includes(String(inputs['resource'])), String(inputs['resource']));
    const scope = line(answer, 'Web ACL scope')?.value;
    if (inputs['resource'] === 'cloudfront' || inputs['resource'] === 'amplify') assert.match(scope!, /us-east-1/);
    else if (attaches) assert.match(scope!, /^Regional/);
    if (inputs['resource'] === 'nlb') assert.match(answer.lines[0]!.because, /ALB.*Global Accelerator/);
    if (inputs['resource'] === 'apigw-http') assert.match(answer.lines[0]!.because, /only REST APIs/);
    if (inputs['fixedIps'] && inputs['resource'] === 'alb') assert.match(line(answer, 'Fixed IP addresses')!.value, /Global Accelerator.*NLB with an ALB-type target group/);
  }
});

test('security-service: each concern maps to the service the notes name', () => {
  const expected: Record<string, string> = {
    threats: 'Amazon GuardDuty', vulnerabilities: 'Amazon Inspector', pii: 'Amazon Macie',
    ddos: 'AWS Shield', layer7: 'AWS WAF', organization: 'AWS Firewall Manager',
  };
  for (const { inputs, answer } of answers(widgets['security-service'] as AnyWidget)) {
    assert.equal(answer.lines[0]!.value, expected[String(inputs['concern'])]);
  }
});

test('secrets: rotation, databases and replication mean Secrets Manager; notifications and 4-8 KB mean the advanced tier', () => {
  for (const { inputs, answer } of answers(widgets.secrets as AnyWidget)) {
    const recommendation = answer.lines[0]!.value;
    if (inputs['size'] === 'larger') assert.match(recommendation, /^Neither/);
    else if (inputs['rotation'] || inputs['database'] || inputs['crossRegion'] || inputs['size'] === 'up-to-64kb') assert.equal(recommendation, 'AWS Secrets Manager');
    else {
      assert.match(recommendation, /^Parameter Store/);
      const advanced = inputs['notifications'] || inputs['size'] === 'up-to-8kb';
      assert.match(line(answer, 'Parameter Store tier')!.value, advanced ? /^Advanced/ : /^Standard/);
    }
  }
});

test('s3-replication: SSE-KMS and DSSE-KMS need opt-in and key permissions; SSE-C needs a destination that allows it', () => {
  for (const { inputs, answer } of answers(widgets['s3-replication'] as AnyWidget)) {
    const byDefault = answer.lines[0]!.value;
    const kms = inputs['encryption'] === 'sse-kms' || inputs['encryption'] === 'dsse-kms';
    if (kms) {
      assert.equal(byDefault, 'No');
      assert.match(text(answer), /SseKmsEncryptedObjects/);
      assert.match(text(answer), /kms:Decrypt on the source key, kms:Encrypt on the destination key, s3:GetObjectVersionForReplication/);
      assert.match(text(answer), /destination bucket’s Region/);
      assert.equal(answer.warnings.some((w) => /503/.test(w.text)), Boolean(inputs['crossRegion']));
      assert.equal(answer.warnings.some((w) => /single-Region/.test(w.text)), Boolean(inputs['multiRegionKey']));
      if (inputs['crossAccount']) assert.match(text(answer), /customer managed key/);
    } else if (inputs['encryption'] === 'sse-c') {
      assert.equal(byDefault, inputs['destinationBlocksSseC'] ? 'No: rejected with HTTP 403' : 'Yes');
    } else {
      assert.equal(byDefault, 'Yes');
      assert.doesNotMatch(text(answer), /kms:/);
    }
  }
});

test('snapshot: cross-account copies follow the four steps, with an extra copy first for AWS managed keys', () => {
  for (const { inputs, answer } of answers(widgets.snapshot as AnyWidget)) {
    const steps = answer.lines.map((l) => l.value);
    if (inputs['account'] === 'other') {
      assert.equal(steps.length, 4);
      assert.match(steps[1]!, /key policy/);
      assert.match(steps[2]!, /Share/);
      assert.match(steps[3]!, /target account.*own customer managed key/);
      assert.match(steps[0]!, inputs['key'] === 'aws-managed' ? /copy the snapshot under a customer managed key/ : /customer managed key/);
      assert.deepEqual(answer.lines.slice(1).map((l) => l.see), ['accountStep2', 'accountStep3', 'accountStep4']);
    } else if (inputs['region'] === 'other') {
      assert.equal(steps.length, 3);
      assert.match(text(answer), /destination Region/);
    } else {
      assert.equal(steps.length, 1);
    }
  }
});

test('kms-key: type, ownership and rotation follow the needs', () => {
  for (const { inputs, answer } of answers(widgets['kms-key'] as AnyWidget)) {
    const type = line(answer, 'Key type')!.value;
    const ownership = line(answer, 'Ownership')!.value;
    const rotation = line(answer, 'Rotation')!.value;
    if (inputs['signVerify']) assert.equal(type, 'Asymmetric, SIGN_VERIFY');
    else if (inputs['outsideAws']) assert.equal(type, 'Asymmetric, ENCRYPT_DECRYPT');
    else if (inputs['mac']) assert.match(type, /^HMAC/);
    else assert.equal(type, 'Symmetric encryption key');
    const symmetric = type === 'Symmetric encryption key';
    const needsControl = !symmetric || inputs['ownPolicy'] || inputs['ownMaterial'] || inputs['autoRotation'];
    assert.match(ownership, needsControl ? /^Customer managed key/ : /^AWS owned key/);
    if (inputs['ownMaterial']) {
      assert.match(ownership, /imported key material/);
      if (symmetric) assert.match(rotation, /No automatic rotation.*on-demand/);
    }
    if (!symmetric && needsControl) assert.match(rotation, /No automatic rotation/);
    if (symmetric && inputs['autoRotation'] && !inputs['ownMaterial']) assert.match(rotation, /90 to 2,560 days/);
    assert.match(line(answer, 'Cost per month')!.value, needsControl ? /^\$1 per month/ : /^No key charge/);
  }
});

test('kms-cost: line items add up, with the free tier applied to symmetric requests only', () => {
  // Hand-computed rows.
  const base: KmsCostInputs = { keys: 3, replicas: 0, rotations: 'none', requests: 100_000, asymmetricPercent: 0, asymmetricPer10k: 0.15 };
  assert.equal(kmsMonthlyCost(base).total.toFixed(2), '3.24'); // 3 keys + 80,000 billable at $0.03/10k
  assert.equal(kmsMonthlyCost({ ...base, requests: 20_000 }).total.toFixed(2), '3.00');
  assert.equal(kmsMonthlyCost({ ...base, keys: 1, replicas: 2, rotations: 'two-or-more', requests: 0 }).total.toFixed(2), '9.00');
  assert.equal(kmsMonthlyCost({ ...base, keys: 0, requests: 40_000, asymmetricPercent: 50 }).total.toFixed(2), '0.30'); // 20,000 asymmetric at $0.15/10k
  // A grid of inputs: the parts always add up and never go negative.
  for (const keys of [0, 1, 7]) for (const replicas of [0, 2]) for (const rotations of ['none', 'one', 'two-or-more'] as const)
    for (const requests of [0, 19_999, 20_000, 1_000_000]) for (const asymmetricPercent of [0, 30, 100]) {
      const cost = kmsMonthlyCost({ keys, replicas, rotations, requests, asymmetricPercent, asymmetricPer10k: 0.15 });
      const parts = cost.keys + cost.rotation + cost.symmetricRequests + cost.asymmetricRequests;
      assert.ok(Math.abs(parts - cost.total) < 1e-9);
      assert.ok(Object.values(cost).every((n) => n >= 0));
      assert.equal(cost.keys, keys + replicas);
      assert.ok(cost.rotation <= 2 * (keys + replicas));
    }
});
