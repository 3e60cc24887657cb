/** Which security service answers a concern: GuardDuty, Inspector, Macie, Shield, WAF or Firewall Manager. */
import type { Answer, Widget } from './types.ts';

export type Concern = 'threats' | 'vulnerabilities' | 'pii' | 'ddos' | 'layer7' | 'organization';
export interface SecurityServiceInputs {
  [key: string]: string;
  concern: Concern;
}

const explanations = {
  guardduty: { href: '/guardduty/#how-guardduty-detects-threats', text: 'How GuardDuty detects threats' },
  inspector: { href: '/inspector/#what-inspector-scans', text: 'What Inspector scans' },
  macie: { href: '/macie/#what-macie-finds', text: 'What Macie finds' },
  shield: { href: '/shield/#shield-standard', text: 'Shield Standard' },
  shieldAdvanced: { href: '/shield/#shield-advanced', text: 'Shield Advanced' },
  waf: { href: '/waf/#web-acls-and-rules', text: 'Web ACLs and rules' },
  fms: { href: '/firewall-manager/#security-policies', text: 'Firewall Manager security policies' },
  detection: { href: '/guardduty/#guardduty-inspector-and-macie-compared', text: 'GuardDuty, Inspector and Macie compared' },
  edge: { href: '/waf/#waf-shield-and-firewall-manager-compared', text: 'WAF, Shield and Firewall Manager compared' },
} as const;
type See = keyof typeof explanations;

const table: Record<Concern, { label: string; service: string; why: string; see: See; also: string; alsoSee: See }> = {
  threats: {
    label: 'Threats in account activity and network logs', service: 'Amazon GuardDuty',
    why: 'It analyses CloudTrail management events, VPC Flow Logs and DNS query logs (plus the protection plans you enable) with threat intelligence and machine learning, and reports findings such as compromised credentials or cryptomining.',
    see: 'guardduty', also: 'It detects; it does not block: route findings through EventBridge to your own response.', alsoSee: 'detection',
  },
  vulnerabilities: {
    label: 'Vulnerable packages in EC2, ECR images or Lambda', service: 'Amazon Inspector',
    why: 'It continually scans EC2 instances, container images in ECR and Lambda functions for known vulnerabilities (CVEs), and EC2 for network reachability.',
    see: 'inspector', also: 'It also scans code repositories and SBOMs in CI/CD pipelines.', alsoSee: 'detection',
  },
  pii: {
    label: 'Personal data (PII) in S3', service: 'Amazon Macie',
    why: 'It discovers sensitive data such as PII in S3 with machine learning and pattern matching, and flags buckets with risky access settings.',
    see: 'macie', also: 'Macie covers Amazon S3 only.', alsoSee: 'detection',
  },
  ddos: {
    label: 'DDoS attacks', service: 'AWS Shield',
    why: 'Shield Standard protects every AWS customer against common network and transport layer attacks, automatically and at no extra charge.',
    see: 'shield', also: 'Shield Advanced adds protection for the resources you choose, the Shield Response Team (with Business or Enterprise Support) and optional automatic layer-7 mitigation.', alsoSee: 'shieldAdvanced',
  },
  layer7: {
    label: 'Layer-7 exploits (SQL injection, XSS, HTTP floods)', service: 'AWS WAF',
    why: 'A web ACL inspects HTTP requests (headers, body, URI, source IP, country) and blocks matches; rate-based rules limit HTTP request floods.',
    see: 'waf', also: 'Layer 3 and 4 DDoS protection comes from Shield, not WAF.', alsoSee: 'edge',
  },
  organization: {
    label: 'Enforcing rules across all accounts of an organization', service: 'AWS Firewall Manager',
    why: 'It applies WAF, Shield Advanced, security group, network ACL, Network Firewall, DNS Firewall and third-party firewall policies to every account in AWS Organizations, including new accounts and resources.',
    see: 'fms', also: 'It needs AWS Organizations, an administrator account, and AWS Config in each account and Region.', alsoSee: 'edge',
  },
};

export function decideSecurityService(inputs: SecurityServiceInputs): Answer<See> {
  const row = table[inputs.concern];
  return {
    lines: [
      { label: 'Use', value: row.service, because: row.why, see: row.see },
      { label: 'Good to know', value: row.also, because: '', see: row.alsoSee },
    ],
    warnings: [],
  };
}

export const securityServiceWidget: Widget<SecurityServiceInputs, See> = {
  id: 'service',
  anchor: 'which-security-service',
  title: 'Which security service?',
  intro: 'Pick the concern: the answer names the service that addresses it, and why.',
  fields: [
    { kind: 'choice', id: 'concern', label: 'Concern', default: 'threats', options: (Object.keys(table) as Concern[]).map((value) => ({ value, label: table[value].label })) },
  ],
  explanations,
  decide: decideSecurityService,
  summary: {
    headers: ['Concern', 'Service'],
    rows: (Object.keys(table) as Concern[]).map((key) => [table[key].label, table[key].service]),
  },
};
