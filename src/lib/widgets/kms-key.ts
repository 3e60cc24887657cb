/** KMS key chooser: key type, ownership, rotation and monthly cost for a set of needs. */
import type { Answer, AnswerLine, Widget } from './types.ts';
import { KMS_PRICES } from './kms-prices.ts';

export interface KmsKeyInputs {
  [key: string]: boolean;
  outsideAws: boolean;
  signVerify: boolean;
  mac: boolean;
  ownPolicy: boolean;
  ownMaterial: boolean;
  autoRotation: boolean;
}

const explanations = {
  types: { href: '/kms/#key-types', text: 'Key types' },
  ownership: { href: '/kms/#key-ownership', text: 'Key ownership' },
  rotation: { href: '/kms/#automatic-key-rotation', text: 'Automatic key rotation' },
  pricing: { href: '/kms/#pricing', text: 'Pricing' },
  crossAccount: { href: '/kms/key-policies/#cross-account-access', text: 'Cross-account access' },
} as const;
type See = keyof typeof explanations;

type KeyType = 'symmetric' | 'asymmetric-encrypt' | 'asymmetric-sign' | 'hmac';

function keyType(inputs: KmsKeyInputs): { type: KeyType; value: string; because: string } {
  if (inputs.signVerify) return { type: 'asymmetric-sign', value: 'Asymmetric, SIGN_VERIFY', because: 'Signing and verification use an asymmetric key pair; anyone can verify with the downloadable public key.' };
  if (inputs.outsideAws) return { type: 'asymmetric-encrypt', value: 'Asymmetric, ENCRYPT_DECRYPT', because: 'People who cannot call KMS encrypt with the downloadable public key; only KMS can decrypt with the private key.' };
  if (inputs.mac) return { type: 'hmac', value: 'HMAC (GENERATE_VERIFY_MAC)', because: 'HMAC keys generate and verify message authentication codes.' };
  return { type: 'symmetric', value: 'Symmetric encryption key', because: 'AWS services that integrate with KMS use symmetric encryption keys only; the key never leaves KMS unencrypted.' };
}

export function decideKmsKey(inputs: KmsKeyInputs): Answer<See> {
  const type = keyType(inputs);
  const symmetric = type.type === 'symmetric';
  const customerManaged = !symmetric || inputs.ownPolicy || inputs.ownMaterial || inputs.autoRotation;
  const warnings: Answer<See>['warnings'] = [];
  const lines: AnswerLine<See>[] = [{ label: 'Key type', value: type.value, because: type.because, see: 'types' }];

  if (inputs.signVerify && (inputs.outsideAws || inputs.mac)) {
    warnings.push({ text: 'A KMS key has one key usage: use separate keys for signing, encryption and MACs.', see: 'types' });
  }
  let ownership: string;
  let ownershipBecause: string;
  if (!customerManaged) {
    ownership = 'AWS owned key (the service’s default)';
    ownershipBecause = 'If a service’s default encryption is enough, an AWS owned key costs nothing and needs no management; you cannot see, audit or share it.';
  } else if (inputs.ownMaterial) {
    ownership = 'Customer managed key with imported key material (origin EXTERNAL)';
    ownershipBecause = 'You supply the key material and can delete it; the key is otherwise a customer managed key.';
  } else {
    ownership = 'Customer managed key';
    ownershipBecause = [
      !symmetric && 'asymmetric and HMAC keys are always customer managed',
      inputs.ownPolicy && 'only customer managed keys have a key policy you write and can be used from other accounts',
      inputs.autoRotation && 'you control rotation only on keys you manage',
    ].filter(Boolean).join('; ').replace(/^\w/, (c) => c.toUpperCase()) + '.';
  }
  lines.push({ label: 'Ownership', value: ownership, because: ownershipBecause, see: inputs.ownPolicy ? 'crossAccount' : 'ownership' });

  let rotation: string;
  if (!customerManaged) rotation = 'Managed by the AWS service that owns the key.';
  else if (!symmetric) rotation = 'No automatic rotation for asymmetric or HMAC keys: rotate manually by creating a new key and moving the alias.';
  else if (inputs.ownMaterial) rotation = 'No automatic rotation with imported material; on-demand rotation after importing new material keeps the key ID (symmetric keys, since June 2025).';
  else rotation = inputs.autoRotation
    ? 'Enable automatic rotation: every 365 days by default, or any period from 90 to 2,560 days; on-demand rotation is also available.'
    : 'Off until you enable it; you can also rotate on demand.';
  lines.push({ label: 'Rotation', value: rotation, because: '', see: 'rotation' });
  if (inputs.autoRotation && (!symmetric || inputs.ownMaterial)) {
    warnings.push({ text: 'Automatic rotation is available only for symmetric keys whose material KMS generated.', see: 'rotation' });
  }

  const rotates = customerManaged && symmetric && !inputs.ownMaterial && inputs.autoRotation;
  const cost = customerManaged
    ? `$${KMS_PRICES.keyPerMonth} per month${rotates ? `, rising by $${KMS_PRICES.rotationPerMonth} after each of the first two rotations (about $${KMS_PRICES.keyPerMonth + 2 * KMS_PRICES.rotationPerMonth} at most)` : ''}, plus requests`
    : 'No key charge; requests you make with AWS managed keys are billed, AWS owned keys are free';
  lines.push({
    label: 'Cost per month',
    value: cost,
    because: `Requests beyond the free tier of ${KMS_PRICES.freeRequests.toLocaleString('en-US')} a month (all Regions) are billed${!symmetric ? '; asymmetric requests are outside the free tier' : ''}. Prices as of ${KMS_PRICES.asOf}.`,
    see: 'pricing',
  });
  return { lines, warnings };
}

export const kmsKeyWidget: Widget<KmsKeyInputs, See> = {
  id: 'key',
  anchor: 'kms-key-chooser',
  title: 'Which KMS key?',
  intro: 'Tick what the key must do: the answer gives its type, who owns it, how it rotates and what it costs.',
  fields: [
    { kind: 'flag', id: 'outsideAws', label: 'Also used outside AWS by people who cannot call KMS', default: false },
    { kind: 'flag', id: 'signVerify', label: 'Signs and verifies', default: false },
    { kind: 'flag', id: 'mac', label: 'Generates and verifies MACs', default: false },
    { kind: 'flag', id: 'ownPolicy', label: 'Needs its own key policy or cross-account use', default: false },
    { kind: 'flag', id: 'ownMaterial', label: 'Must use key material we bring', default: false },
    { kind: 'flag', id: 'autoRotation', label: 'Wants automatic rotation', default: false },
  ],
  explanations,
  decide: decideKmsKey,
  summary: {
    headers: ['You need', 'Key'],
    rows: [
      ['Only AWS services’ default encryption', 'AWS owned key (free)'],
      ['Own key policy, cross-account use or your own rotation schedule', 'Symmetric customer managed key ($1/month)'],
      ['Encryption by people who cannot call KMS', 'Asymmetric ENCRYPT_DECRYPT customer managed key'],
      ['Signing', 'Asymmetric SIGN_VERIFY customer managed key'],
      ['Key material you bring', 'Customer managed key with imported material (on-demand rotation only)'],
    ],
  },
};
