/**
 * AWS KMS prices used by the key chooser and the cost estimator. The key and rotation prices and the free tier
 * are from the AWS KMS pricing page as summarised in ../shared/facts.md (PRC-3, PRC-4); the request price is the
 * widely quoted figure facts.md asks to show with "as of" wording. Check https://aws.amazon.com/kms/pricing/.
 */
export const KMS_PRICES = {
  asOf: 'November 2026',
  source: 'https://aws.amazon.com/kms/pricing/',
  keyPerMonth: 1,
  rotationPerMonth: 1,
  /** Rotations that add to a key's monthly price; later ones add nothing. */
  chargedRotations: 2,
  freeRequests: 20_000,
  symmetricPer10k: 0.03,
} as const;
