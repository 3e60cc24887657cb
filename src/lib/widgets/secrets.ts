/** Parameter Store or Secrets Manager, and the Parameter Store tier the needs imply. */
import type { Answer, AnswerLine, Widget } from './types.ts';

export type ValueSize = 'up-to-4kb' | 'up-to-8kb' | 'up-to-64kb' | 'larger';
export interface SecretsInputs {
  [key: string]: string | boolean;
  rotation: boolean;
  database: boolean;
  crossRegion: boolean;
  notifications: boolean;
  hierarchy: boolean;
  costSensitive: boolean;
  size: ValueSize;
}

const explanations = {
  compare: { href: '/secrets-manager/#parameter-store-vs-secrets-manager', text: 'Parameter Store vs Secrets Manager' },
  rotation: { href: '/secrets-manager/#rotation', text: 'Secrets Manager rotation' },
  database: { href: '/secrets-manager/#database-integration', text: 'Database integration' },
  multiRegion: { href: '/secrets-manager/#multi-region-secrets', text: 'Multi-Region secrets' },
  policies: { href: '/ssm-parameter-store/#parameter-policies', text: 'Parameter policies' },
  hierarchy: { href: '/ssm-parameter-store/#hierarchy', text: 'Parameter Store hierarchy' },
  tiers: { href: '/ssm-parameter-store/#standard-and-advanced-tiers', text: 'Standard and advanced tiers' },
  reference: { href: '/ssm-parameter-store/#reading-secrets-manager-secrets', text: 'Reading Secrets Manager secrets' },
} as const;
type See = keyof typeof explanations;

/** Needs only Secrets Manager meets, with the reason each one gives. */
const secretsManagerNeeds: { need: keyof SecretsInputs; because: string; see: See }[] = [
  { need: 'rotation', because: 'Secrets Manager rotates secrets on a schedule (as often as every four hours), with a Lambda function or managed rotation.', see: 'rotation' },
  { need: 'database', because: 'It integrates with RDS, Aurora, DocumentDB and Redshift, including managed rotation of database credentials.', see: 'database' },
  { need: 'crossRegion', because: 'Multi-Region secrets replicate the value to other Regions and keep it in sync.', see: 'multiRegion' },
];

const SIZE_LIMIT = { 'up-to-4kb': 'standard', 'up-to-8kb': 'advanced', 'up-to-64kb': 'secrets-manager', larger: 'none' } as const;

export function decideSecrets(inputs: SecretsInputs): Answer<See> {
  const reasons = secretsManagerNeeds.filter((row) => inputs[row.need]);
  const sizeFit = SIZE_LIMIT[inputs.size];
  const lines: AnswerLine<See>[] = [];
  const warnings: Answer<See>['warnings'] = [];
  if (sizeFit === 'none') {
    return {
      lines: [{ label: 'Recommendation', value: 'Neither, as one value', because: 'A Secrets Manager secret holds up to 64 KB and an advanced parameter up to 8 KB: split the value or keep it elsewhere and store a reference.', see: 'compare' }],
      warnings,
    };
  }
  const useSecretsManager = reasons.length > 0 || sizeFit === 'secrets-manager';
  if (useSecretsManager) {
    lines.push({ label: 'Recommendation', value: 'AWS Secrets Manager', because: 'You need what only Secrets Manager offers.', see: 'compare' });
    for (const reason of reasons) lines.push({ label: 'Because', value: String(reason.need).replace(/([A-Z])/g, ' $1').toLowerCase(), because: reason.because, see: reason.see });
    if (sizeFit === 'secrets-manager') lines.push({ label: 'Because', value: 'value size', because: 'Values above 8 KB fit only in Secrets Manager (up to 64 KB).', see: 'compare' });
    lines.push({ label: 'Parameter Store tier', value: 'Not needed', because: 'Parameter Store can still return the secret through /aws/reference/secretsmanager/ if your code reads configuration there.', see: 'reference' });
    if (inputs.hierarchy) warnings.push({ text: 'Secrets do not join a Parameter Store hierarchy; read them through the reference path with GetParameter only.', see: 'reference' });
    if (inputs.notifications) warnings.push({ text: 'Expiry and no-change notifications are Parameter Store parameter policies; with Secrets Manager, rotation keeps the secret fresh instead.', see: 'policies' });
    if (inputs.costSensitive) warnings.push({ text: 'Secrets Manager charges per secret and per API call; check the pricing pages linked from the comparison.', see: 'compare' });
    return { lines, warnings };
  }
  const advanced = inputs.notifications || sizeFit === 'advanced';
  lines.push({ label: 'Recommendation', value: 'Parameter Store (SecureString)', because: 'Nothing you need requires Secrets Manager; a SecureString parameter is encrypted with KMS.', see: 'compare' });
  lines.push({
    label: 'Parameter Store tier',
    value: advanced ? 'Advanced (charged)' : 'Standard (no additional charge)',
    because: advanced
      ? [inputs.notifications && 'parameter policies (expiry and no-change notifications) need the advanced tier', sizeFit === 'advanced' && 'values from 4 KB to 8 KB need the advanced tier'].filter(Boolean).join('; ') + '.'
      : 'Values up to 4 KB without parameter policies fit the standard tier.',
    see: advanced && inputs.notifications ? 'policies' : 'tiers',
  });
  if (inputs.hierarchy) lines.push({ label: 'Because', value: 'hierarchy', because: 'Parameter names form a /-separated hierarchy you can read by path and secure by path.', see: 'hierarchy' });
  if (inputs.costSensitive) lines.push({ label: 'Because', value: 'cost', because: advanced ? 'Advanced parameters are charged; keep to standard where you can.' : 'Standard parameters have no additional charge.', see: 'tiers' });
  return { lines, warnings };
}

export const secretsWidget: Widget<SecretsInputs, See> = {
  id: 'secrets',
  anchor: 'parameter-store-or-secrets-manager',
  title: 'Parameter Store or Secrets Manager?',
  intro: 'Tick what the value needs: the answer recommends a service, and the Parameter Store tier if it is Parameter Store.',
  fields: [
    { kind: 'flag', id: 'rotation', label: 'Automatic rotation', default: false },
    { kind: 'flag', id: 'database', label: 'Database integration (RDS, Aurora, Redshift, DocumentDB)', default: false },
    { kind: 'flag', id: 'crossRegion', label: 'Replication to other Regions', default: false },
    { kind: 'flag', id: 'notifications', label: 'Expiry or no-change notifications', default: false },
    { kind: 'flag', id: 'hierarchy', label: 'A hierarchy of configuration values', default: false },
    { kind: 'flag', id: 'costSensitive', label: 'Cost matters most', default: false },
    {
      kind: 'choice', id: 'size', label: 'Value size', default: 'up-to-4kb',
      options: [
        { value: 'up-to-4kb', label: 'Up to 4 KB' },
        { value: 'up-to-8kb', label: '4 KB to 8 KB' },
        { value: 'up-to-64kb', label: '8 KB to 64 KB' },
        { value: 'larger', label: 'More than 64 KB' },
      ],
    },
  ],
  explanations,
  decide: decideSecrets,
  summary: {
    headers: ['You need', 'Use'],
    rows: [
      ['Rotation, database integration or cross-Region replication', 'Secrets Manager'],
      ['Expiry or no-change notifications, or values of 4 to 8 KB', 'Parameter Store, advanced tier'],
      ['Configuration values and simple secrets up to 4 KB', 'Parameter Store, standard tier'],
      ['Values of 8 to 64 KB', 'Secrets Manager'],
    ],
  },
};
