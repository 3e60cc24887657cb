/** KMS cost estimator: a monthly estimate with line items, the free tier applied. */
import type { Answer, AnswerLine, Widget } from './types.ts';
import { KMS_PRICES } from './kms-prices.ts';

export interface KmsCostInputs {
  [key: string]: number | string;
  keys: number;
  replicas: number;
  rotations: 'none' | 'one' | 'two-or-more';
  requests: number;
  asymmetricPercent: number;
  asymmetricPer10k: number;
}

const explanations = {
  pricing: { href: '/kms/#pricing', text: 'Pricing' },
  rotation: { href: '/kms/#automatic-key-rotation', text: 'Automatic key rotation' },
  replicas: { href: '/kms/multi-region-keys/#cost-and-quotas', text: 'Multi-Region key costs' },
} as const;
type See = keyof typeof explanations;

const money = (amount: number) => `$${amount.toFixed(2)}`;
const ROTATION_SURCHARGE = { none: 0, one: 1, 'two-or-more': KMS_PRICES.chargedRotations } as const;

export interface KmsCostBreakdown {
  keys: number;
  rotation: number;
  symmetricRequests: number;
  asymmetricRequests: number;
  total: number;
}

/** The arithmetic, separate from the wording, so tests can check it line by line. */
export function kmsMonthlyCost(inputs: KmsCostInputs): KmsCostBreakdown {
  const keyCount = inputs.keys + inputs.replicas;
  const keys = keyCount * KMS_PRICES.keyPerMonth;
  const rotation = keyCount * ROTATION_SURCHARGE[inputs.rotations] * KMS_PRICES.rotationPerMonth;
  const asymmetric = Math.round(inputs.requests * (inputs.asymmetricPercent / 100));
  // The free tier covers symmetric requests only: asymmetric requests are outside it.
  const billableSymmetric = Math.max(0, inputs.requests - asymmetric - KMS_PRICES.freeRequests);
  const symmetricRequests = (billableSymmetric / 10_000) * KMS_PRICES.symmetricPer10k;
  const asymmetricRequests = (asymmetric / 10_000) * inputs.asymmetricPer10k;
  const total = keys + rotation + symmetricRequests + asymmetricRequests;
  return { keys, rotation, symmetricRequests, asymmetricRequests, total };
}

export function decideKmsCost(inputs: KmsCostInputs): Answer<See> {
  const cost = kmsMonthlyCost(inputs);
  const keyCount = inputs.keys + inputs.replicas;
  const asymmetric = Math.round(inputs.requests * (inputs.asymmetricPercent / 100));
  const lines: AnswerLine<See>[] = [
    { label: 'Keys', value: money(cost.keys), because: `${keyCount} key${keyCount === 1 ? '' : 's'} at $${KMS_PRICES.keyPerMonth} a month each; every multi-Region replica counts as a key.`, see: inputs.replicas > 0 ? 'replicas' : 'pricing' },
    { label: 'Rotation surcharge', value: money(cost.rotation), because: `$${KMS_PRICES.rotationPerMonth} a month per key for each of the first ${KMS_PRICES.chargedRotations} rotations; later rotations add nothing.`, see: 'rotation' },
    { label: 'Symmetric requests', value: money(cost.symmetricRequests), because: `${(inputs.requests - asymmetric).toLocaleString('en-US')} requests, of which the first ${KMS_PRICES.freeRequests.toLocaleString('en-US')} are free (all Regions); then $${KMS_PRICES.symmetricPer10k} per 10,000.`, see: 'pricing' },
    { label: 'Asymmetric requests', value: money(cost.asymmetricRequests), because: `${asymmetric.toLocaleString('en-US')} requests at your price of $${inputs.asymmetricPer10k} per 10,000; they are outside the free tier.`, see: 'pricing' },
    { label: 'Estimated total per month', value: money(cost.total), because: `Prices as of ${KMS_PRICES.asOf} from the AWS KMS pricing page; check it for your Region.`, see: 'pricing' },
  ];
  return { lines, warnings: [] };
}

export const kmsCostWidget: Widget<KmsCostInputs, See> = {
  id: 'cost',
  anchor: 'kms-cost-estimator',
  title: 'Estimate a monthly KMS bill',
  intro: `Enter your keys and traffic. Prices as of ${KMS_PRICES.asOf}: $1 per key per month, $0.03 per 10,000 symmetric requests after 20,000 free ones; asymmetric request prices vary by key spec, so enter yours from the pricing page.`,
  fields: [
    { kind: 'number', id: 'keys', label: 'Customer managed keys (primary keys)', default: 3, min: 0, max: 100_000, step: 1 },
    { kind: 'number', id: 'replicas', label: 'Multi-Region replica keys', default: 0, min: 0, max: 100_000, step: 1 },
    {
      kind: 'choice', id: 'rotations', label: 'Rotations so far (per key)', default: 'none',
      options: [{ value: 'none', label: 'None' }, { value: 'one', label: 'One' }, { value: 'two-or-more', label: 'Two or more' }],
    },
    { kind: 'number', id: 'requests', label: 'Requests per month', default: 100_000, min: 0, max: 10_000_000_000, step: 1000 },
    { kind: 'number', id: 'asymmetricPercent', label: 'Share of asymmetric requests (%)', default: 0, min: 0, max: 100, step: 1 },
    { kind: 'number', id: 'asymmetricPer10k', label: 'Your asymmetric price per 10,000 requests ($)', default: 0.15, min: 0, max: 100, step: 0.01, hint: 'See the AWS KMS pricing page for your key spec.' },
  ],
  explanations,
  decide: decideKmsCost,
  summary: {
    headers: ['Item', 'Price (as of November 2026)'],
    rows: [
      ['Each customer managed key, each multi-Region replica', '$1 per month, prorated hourly'],
      ['First and second rotation of a key', '+$1 per month each; later rotations free'],
      ['Symmetric requests', 'First 20,000 a month free (all Regions), then $0.03 per 10,000'],
      ['Asymmetric requests', 'Outside the free tier; see the AWS KMS pricing page'],
    ],
  },
};
