/** S3 replication encryption checker: will this object replicate, and what must be configured. */
import type { Answer, AnswerLine, Widget } from './types.ts';

export type ObjectEncryption = 'none' | 'sse-s3' | 'sse-kms' | 'dsse-kms' | 'sse-c';
export interface S3ReplicationInputs {
  [key: string]: string | boolean;
  encryption: ObjectEncryption;
  crossRegion: boolean;
  crossAccount: boolean;
  multiRegionKey: boolean;
  destinationBlocksSseC: boolean;
}

const explanations = {
  defaults: { href: '/s3-replication/#what-replicates-by-default', text: 'What replicates by default' },
  kms: { href: '/s3-replication/#replicating-sse-kms-objects', text: 'Replicating SSE-KMS objects' },
  ssec: { href: '/s3-replication/#sse-c-objects', text: 'SSE-C objects' },
  mrk: { href: '/s3-replication/#multi-region-keys-and-s3', text: 'Multi-Region keys and S3' },
  throttling: { href: '/s3-replication/#kms-throttling', text: 'KMS throttling' },
  crossAccount: { href: '/kms/key-policies/#cross-account-access', text: 'Cross-account access' },
} as const;
type See = keyof typeof explanations;

const LABELS: Record<ObjectEncryption, string> = {
  none: 'Unencrypted (objects from before 2023)',
  'sse-s3': 'SSE-S3',
  'sse-kms': 'SSE-KMS',
  'dsse-kms': 'DSSE-KMS',
  'sse-c': 'SSE-C',
};

const usesKms = (encryption: ObjectEncryption) => encryption === 'sse-kms' || encryption === 'dsse-kms';

export function decideS3Replication(inputs: S3ReplicationInputs): Answer<See> {
  const { encryption } = inputs;
  const lines: AnswerLine<See>[] = [];
  const warnings: Answer<See>['warnings'] = [];
  if (usesKms(encryption)) {
    lines.push({ label: 'Replicated by default?', value: 'No', because: `${LABELS[encryption]} objects are skipped unless the rule opts in.`, see: 'kms' });
    lines.push({ label: 'Opt in', value: 'SourceSelectionCriteria → SseKmsEncryptedObjects → Status: Enabled', because: 'This tells S3 to replicate objects encrypted with KMS keys.', see: 'kms' });
    lines.push({
      label: 'Destination key',
      value: `ReplicaKmsKeyID: a symmetric customer managed key in the destination bucket’s Region${inputs.crossAccount ? ', owned by the destination account' : ''}`,
      because: inputs.crossAccount
        ? 'AWS managed keys cannot be used across accounts, so the destination key must be a customer managed key.'
        : 'S3 re-encrypts each replica under this key in the destination Region.',
      see: 'kms',
    });
    lines.push({
      label: 'IAM role permissions',
      value: 'kms:Decrypt on the source key, kms:Encrypt on the destination key, s3:GetObjectVersionForReplication on the source objects',
      because: 's3:GetObjectVersion does not cover KMS-encrypted objects; the role decrypts with the source key and encrypts with the destination key.',
      see: 'kms',
    });
    lines.push({
      label: 'Key policies',
      value: inputs.crossAccount ? 'The destination key’s policy must allow the source account’s replication role' : 'Both key policies must allow the replication role (or allow IAM policies to)',
      because: inputs.crossAccount ? 'Cross-account, the destination key’s owner grants the source bucket owner permission to use the key.' : 'A key policy is the primary control for every KMS key.',
      see: inputs.crossAccount ? 'crossAccount' : 'kms',
    });
    if (inputs.crossRegion) warnings.push({ text: 'Many new KMS-encrypted objects after enabling cross-Region replication can exceed your KMS request quota (HTTP 503 throttling): request a quota increase.', see: 'throttling' });
    if (inputs.multiRegionKey) warnings.push({ text: 'S3 treats multi-Region keys as single-Region keys: objects are still decrypted and re-encrypted under the destination key.', see: 'mrk' });
  } else if (encryption === 'sse-c') {
    lines.push({ label: 'Replicated by default?', value: inputs.destinationBlocksSseC ? 'No: rejected with HTTP 403' : 'Yes', because: 'S3 Replication supports SSE-C objects with no extra permissions or charges, as long as the destination bucket accepts SSE-C.', see: 'ssec' });
    lines.push({
      label: 'Destination bucket',
      value: inputs.destinationBlocksSseC ? 'Allow SSE-C (BlockedEncryptionTypes: NONE)' : 'Nothing to change',
      because: 'Since April 2026, SSE-C is blocked by default on new buckets; a replication request with SSE-C to such a bucket fails with HTTP 403.',
      see: 'ssec',
    });
  } else {
    lines.push({ label: 'Replicated by default?', value: 'Yes', because: `${LABELS[encryption]} objects replicate with a replication rule and no encryption settings.`, see: 'defaults' });
    lines.push({ label: 'IAM role permissions', value: 'The standard replication permissions (for example s3:GetObjectVersionForReplication and s3:ReplicateObject)', because: 'No KMS permissions are involved.', see: 'defaults' });
  }
  if (inputs.crossAccount && !usesKms(encryption)) {
    lines.push({ label: 'Cross-account', value: 'The destination bucket policy must let the source account’s role replicate', because: 'Replication into another account’s bucket needs that bucket’s permission.', see: 'defaults' });
  }
  lines.push({ label: 'Existing objects', value: 'Use S3 Batch Replication', because: 'A replication rule applies to objects written after it is in place.', see: 'defaults' });
  return { lines, warnings };
}

export const s3ReplicationWidget: Widget<S3ReplicationInputs, See> = {
  id: 's3',
  anchor: 's3-replication-checker',
  title: 'Will this object replicate?',
  intro: 'Describe the object and the replication: the answer says whether it replicates by default and what to configure.',
  fields: [
    { kind: 'choice', id: 'encryption', label: 'Object encryption', default: 'sse-kms', options: (Object.keys(LABELS) as ObjectEncryption[]).map((value) => ({ value, label: LABELS[value] })) },
    { kind: 'flag', id: 'crossRegion', label: 'Destination in another Region', default: true },
    { kind: 'flag', id: 'crossAccount', label: 'Destination in another account', default: false },
    { kind: 'flag', id: 'multiRegionKey', label: 'The source key is a multi-Region key', default: false },
    { kind: 'flag', id: 'destinationBlocksSseC', label: 'Destination bucket blocks SSE-C (the default for new buckets)', default: true },
  ],
  explanations,
  decide: decideS3Replication,
  summary: {
    headers: ['Object encryption', 'Replicated by default', 'What to configure'],
    rows: [
      ['Unencrypted or SSE-S3', 'Yes', 'A replication rule'],
      ['SSE-KMS or DSSE-KMS', 'No', 'Opt in; destination key in the destination Region; kms:Decrypt and kms:Encrypt for the role'],
      ['SSE-C', 'Yes, if the destination allows SSE-C', 'Allow SSE-C on the destination bucket'],
    ],
  },
};
