/** Snapshot copy planner: the ordered steps to copy an encrypted snapshot to another Region and/or account. */
import type { Answer, AnswerLine, Widget } from './types.ts';

export interface SnapshotInputs {
  [key: string]: string;
  region: 'same' | 'other';
  account: 'same' | 'other';
  key: 'aws-managed' | 'customer-managed';
  service: 'rds' | 'ebs';
}

const explanations = {
  regions: { href: '/kms/snapshot-copies/#copying-across-regions', text: 'Copying across Regions' },
  accounts: { href: '/kms/snapshot-copies/#copying-across-accounts', text: 'Copying across accounts' },
  awsManaged: { href: '/kms/snapshot-copies/#when-the-source-snapshot-uses-an-aws-managed-key', text: 'When the source snapshot uses an AWS managed key' },
  policy: { href: '/kms/key-policies/#cross-account-access', text: 'Cross-account access in key policies' },
  regionStep1: { href: '/kms/snapshot-copies/#diagram-cross-region-step-1', text: 'Show step 1 in the diagram' },
  regionStep2: { href: '/kms/snapshot-copies/#diagram-cross-region-step-2', text: 'Show step 2 in the diagram' },
  regionStep3: { href: '/kms/snapshot-copies/#diagram-cross-region-step-3', text: 'Show step 3 in the diagram' },
  accountStep1: { href: '/kms/snapshot-copies/#diagram-cross-account-step-1', text: 'Show step 1 in the diagram' },
  accountStep2: { href: '/kms/snapshot-copies/#diagram-cross-account-step-2', text: 'Show step 2 in the diagram' },
  accountStep3: { href: '/kms/snapshot-copies/#diagram-cross-account-step-3', text: 'Show step 3 in the diagram' },
  accountStep4: { href: '/kms/snapshot-copies/#diagram-cross-account-step-4', text: 'Show step 4 in the diagram' },
} as const;
type See = keyof typeof explanations;

const COMMAND = {
  rds: { copy: 'aws rds copy-db-snapshot', share: 'aws rds modify-db-snapshot-attribute --attribute-name restore --values-to-add <account>', keyFlag: '--kms-key-id (required)' },
  ebs: { copy: 'aws ec2 copy-snapshot', share: 'aws ec2 modify-snapshot-attribute --attribute createVolumePermission --operation-type add --user-ids <account>', keyFlag: '--encrypted --kms-key-id (else the default EBS key)' },
} as const;

export function decideSnapshot(inputs: SnapshotInputs): Answer<See> {
  const cmd = COMMAND[inputs.service];
  const steps: AnswerLine<See>[] = [];
  const step = (value: string, because: string, see: See) => steps.push({ label: `Step ${steps.length + 1}`, value, because, see });
  const otherRegion = inputs.region === 'other';
  const where = otherRegion ? 'in the destination Region' : 'in the same Region';

  if (inputs.account === 'other') {
    if (inputs.key === 'aws-managed') {
      step('In the source account, copy the snapshot under a customer managed key', `An AWS managed key cannot be used from another account, so share a copy made with ${cmd.copy} ${cmd.keyFlag}, not the original.`, 'awsManaged');
    } else {
      step('Check the snapshot is encrypted with a customer managed key', 'Only customer managed keys can be used across accounts.', 'accountStep1');
    }
    step('Allow the target account in that key’s key policy', 'Principals in the target account need to use the source key to read the snapshot; their administrators then grant access through IAM.', 'accountStep2');
    step('Share the snapshot with the target account', `${cmd.share}. Encrypted snapshots can only be shared with named accounts.`, 'accountStep3');
    step(
      `In the target account, copy it ${where} and re-encrypt with the target account’s own customer managed key`,
      `${cmd.copy} ${cmd.keyFlag}${otherRegion ? ', naming a key in the destination Region and the source snapshot by ARN' : ''}. The copy then no longer depends on the source account’s key.`,
      'accountStep4',
    );
  } else if (otherRegion) {
    step('Keep the source key: it stays in the source Region', 'KMS keys are Regional: the copy cannot use the source key.', 'regionStep1');
    step('Run the copy in the destination Region', `${cmd.copy}, naming the source snapshot by ARN; AWS decrypts it with the source key.`, 'regionStep2');
    step('Name a KMS key in the destination Region', `${cmd.keyFlag}. ${inputs.key === 'aws-managed' ? 'The destination Region has its own AWS managed key for the service, or choose a customer managed key.' : 'Use a customer managed key in the destination Region, or a multi-Region replica there.'}`, 'regionStep3');
  } else {
    step('Copy the snapshot', `${cmd.copy}; name another key with --kms-key-id to re-encrypt the copy under it, or leave it under the same key.`, 'regions');
  }
  const warnings: Answer<See>['warnings'] =
    inputs.account === 'other' && otherRegion
      ? [{ text: 'Across both accounts and Regions, the target account runs its copy in the destination Region with a key of its own there.', see: 'regions' }]
      : [];
  return { lines: steps, warnings };
}

export const snapshotWidget: Widget<SnapshotInputs, See> = {
  id: 'snapshot',
  anchor: 'snapshot-copy-planner',
  title: 'Plan an encrypted snapshot copy',
  intro: 'Say where the copy goes and how the source is encrypted: the answer lists the steps, each linked to its step in the diagrams above.',
  fields: [
    { kind: 'choice', id: 'region', label: 'Destination Region', default: 'same', options: [{ value: 'same', label: 'Same Region' }, { value: 'other', label: 'Another Region' }] },
    { kind: 'choice', id: 'account', label: 'Destination account', default: 'other', options: [{ value: 'same', label: 'Same account' }, { value: 'other', label: 'Another account' }] },
    { kind: 'choice', id: 'key', label: 'Source snapshot’s key', default: 'customer-managed', options: [{ value: 'aws-managed', label: 'AWS managed key (e.g. aws/rds)' }, { value: 'customer-managed', label: 'Customer managed key' }] },
    { kind: 'choice', id: 'service', label: 'Snapshot type', default: 'rds', options: [{ value: 'rds', label: 'RDS' }, { value: 'ebs', label: 'EBS' }] },
  ],
  explanations,
  decide: decideSnapshot,
  summary: {
    headers: ['Copy to', 'Steps'],
    rows: [
      ['Another account', '(If the source uses an AWS managed key: first copy it under a customer managed key.) Allow the target account in the key policy; share; the target account copies and re-encrypts with its own key.'],
      ['Another Region, same account', 'Run the copy in the destination Region, naming the source by ARN and a KMS key in the destination Region.'],
      ['Same Region and account', 'Copy, optionally re-encrypting under another key.'],
    ],
  },
};
