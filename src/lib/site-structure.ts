/**
 * The site's information architecture: sidebar groups, in order, and the pages in each.
 * One home for it: astro.config (sidebar), the frontmatter schema (`group`) and the home page cards read it.
 * Slugs are public URLs: never change one without a redirect.
 */
export interface SiteGroup {
  /** Value of the `group` frontmatter field. */
  id: string;
  label: string;
  /** One sentence for the home page card. */
  summary: string;
  /** Page slugs in sidebar order ('' is the home page). */
  slugs: readonly string[];
}

export const siteGroups = [
  {
    id: 'encryption-basics',
    label: 'Encryption basics',
    summary: 'Encryption in flight, server-side encryption at rest and client-side encryption, and when each applies.',
    slugs: ['encryption'],
  },
  {
    id: 'keys-and-secrets',
    label: 'Keys and secrets',
    summary: 'KMS keys, key policies, snapshot copies, multi-Region keys, S3 replication of encrypted objects, Parameter Store and Secrets Manager.',
    slugs: [
      'kms',
      'kms/key-policies',
      'kms/snapshot-copies',
      'kms/multi-region-keys',
      's3-replication',
      'ssm-parameter-store',
      'secrets-manager',
    ],
  },
  {
    id: 'certificates',
    label: 'Certificates',
    summary: 'TLS certificates with ACM: requesting, validating, renewing, importing, and where each certificate must live.',
    slugs: ['acm'],
  },
  {
    id: 'edge-protection',
    label: 'Edge protection',
    summary: 'WAF web ACLs and rules, Shield DDoS protection, and Firewall Manager policies across an organization.',
    slugs: ['waf', 'shield', 'firewall-manager'],
  },
  {
    id: 'threat-detection',
    label: 'Threat detection',
    summary: 'GuardDuty for threats in account activity, Inspector for vulnerabilities, Macie for sensitive data in S3.',
    slugs: ['guardduty', 'inspector', 'macie'],
  },
  {
    id: 'reference',
    label: 'Reference',
    summary: 'The glossary, the decisions the pages answer, and what changed since the original notes.',
    slugs: ['glossary', 'decisions', 'changes'],
  },
] as const satisfies readonly SiteGroup[];

export type GroupId = (typeof siteGroups)[number]['id'];

export const groupIds = siteGroups.map((group) => group.id) as [GroupId, ...GroupId[]];

/** The group a slug is listed under, or undefined for pages outside the sidebar (the home page). */
export function groupOfSlug(slug: string): SiteGroup | undefined {
  return siteGroups.find((group) => (group.slugs as readonly string[]).includes(slug));
}

/** Every page slug the site must publish, home page included. */
export const publishedSlugs: readonly string[] = ['', ...siteGroups.flatMap((group) => group.slugs)];

/** URL path of a slug, with the trailing slash our links use. */
export function pathOfSlug(slug: string): string {
  return slug === '' ? '/' : `/${slug}/`;
}
