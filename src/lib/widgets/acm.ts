/** ACM certificate placement: where to request or import a certificate, and how it renews and is watched. */
import type { Answer, AnswerLine, Widget } from './types.ts';

export type AcmUse = 'alb' | 'cloudfront' | 'apigw-edge' | 'apigw-regional' | 'ec2';
export type AcmOrigin = 'acm' | 'imported';
export type AcmValidation = 'dns' | 'email' | 'http';
export interface AcmInputs {
  [key: string]: string;
  use: AcmUse;
  region: string;
  origin: AcmOrigin;
  validation: AcmValidation;
}

const explanations = {
  where: { href: '/acm/#where-the-certificate-must-be', text: 'Where the certificate must be' },
  edge: { href: '/acm/#edge-optimized-endpoints', text: 'Edge-optimized endpoints' },
  regional: { href: '/acm/#regional-endpoints', text: 'Regional endpoints' },
  alb: { href: '/acm/#acm-with-an-alb', text: 'ACM with an ALB' },
  ec2: { href: '/acm/#acm-certificates-on-ec2', text: 'ACM certificates on EC2' },
  validation: { href: '/acm/#validation-methods', text: 'Validation methods' },
  renewal: { href: '/acm/#renewal', text: 'Renewal' },
  importing: { href: '/acm/#importing-certificates', text: 'Importing certificates' },
  expiry: { href: '/acm/#watching-expiry', text: 'Watching expiry' },
} as const;
type See = keyof typeof explanations;

const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1'] as const;

/** Where the certificate must be, by the resource that uses it. `resource` means the resource's own Region. */
const placement: Record<AcmUse, { region: 'us-east-1' | 'resource' | 'any'; because: string; see: See }> = {
  cloudfront: { region: 'us-east-1', because: 'CloudFront is global and uses certificates from ACM in us-east-1, whatever the origin’s Region.', see: 'where' },
  'apigw-edge': { region: 'us-east-1', because: 'An edge-optimized custom domain is served by a CloudFront distribution that API Gateway manages, so its certificate must be in us-east-1 whatever the API’s Region.', see: 'edge' },
  'apigw-regional': { region: 'resource', because: 'A Regional custom domain uses a certificate in ACM in the same Region as the API; it is not uploaded to API Gateway.', see: 'regional' },
  alb: { region: 'resource', because: 'A load balancer uses certificates from ACM in its own Region.', see: 'alb' },
  ec2: { region: 'any', because: 'ACM does not attach certificates to instances: you export one (exportable public certificates, or private certificates from AWS Private CA), or use ACM for Nitro Enclaves.', see: 'ec2' },
};

function renewal(inputs: AcmInputs): AnswerLine<See> {
  if (inputs.origin === 'imported') {
    return { label: 'Renewal', value: 'Never automatic', because: 'ACM does not renew imported certificates: import a new one before the old one expires.', see: 'importing' };
  }
  if (inputs.use === 'ec2') {
    return { label: 'Renewal', value: 'ACM renews; you re-install', because: 'An exported certificate is renewed by ACM, but you must export the renewed certificate and install it on the instance yourself.', see: 'renewal' };
  }
  if (inputs.validation === 'email') {
    return { label: 'Renewal', value: 'Needs your approval', because: 'Email-validated certificates are not renewed without action: ACM sends notices and a domain contact must approve.', see: 'renewal' };
  }
  return { label: 'Renewal', value: 'Automatic', because: `${inputs.validation === 'dns' ? 'DNS' : 'HTTP'}-validated certificates that are in use with an integrated service renew automatically, as long as the validation record stays in place.`, see: 'renewal' };
}

export function decideAcm(inputs: AcmInputs): Answer<See> {
  const where = placement[inputs.use];
  const imported = inputs.origin === 'imported';
  const warnings: Answer<See>['warnings'] = [];
  const region =
    where.region === 'us-east-1' ? 'us-east-1' : where.region === 'resource' ? inputs.region : 'Any Region (export it to the instance)';
  const lines: AnswerLine<See>[] = [
    { label: imported ? 'Import it in' : 'Request it in', value: region, because: where.because, see: where.see },
  ];
  if (inputs.use === 'ec2') {
    lines.push({
      label: 'Options on EC2',
      value: imported ? 'Install your certificate yourself' : 'Exportable public certificate, private certificate, Nitro Enclaves or ACME',
      because: imported
        ? 'An imported certificate cannot be exported from ACM; install the certificate you already have on the instance.'
        : 'Public certificates requested with export enabled (since 17 Jun 2025, for a fee), private certificates from AWS Private CA, ACM for Nitro Enclaves (NGINX uses the certificate without seeing the key) and ACM’s ACME endpoints all put ACM certificates on EC2.',
      see: 'ec2',
    });
  }
  if (!imported) {
    const validation = {
      dns: 'Add the CNAME record ACM gives you to the domain’s DNS, and leave it there: renewals use it again.',
      email: 'Approve the request from an email sent to the domain’s contacts; the request can be resent only within 72 hours.',
      http: 'ACM checks a redirect that CloudFront serves; available only for certificates requested through CloudFront.',
    }[inputs.validation];
    lines.push({ label: 'Validation', value: inputs.validation.toUpperCase(), because: validation, see: 'validation' });
    if (inputs.validation === 'http' && inputs.use !== 'cloudfront') {
      warnings.push({ text: 'HTTP validation is available only for certificates requested through CloudFront: use DNS validation here.', see: 'validation' });
    }
  }
  lines.push(renewal(inputs));
  lines.push({
    label: 'Watch expiry with',
    value: 'EventBridge expiry events and the AWS Config rule acm-certificate-expiration-check',
    because: 'ACM sends an “ACM Certificate Approaching Expiration” event daily from 45 days before expiry by default (DaysBeforeExpiry, 1 to 45 days); the Config rule flags certificates expiring within 14 days by default.',
    see: 'expiry',
  });
  if (where.region === 'us-east-1' && inputs.region !== 'us-east-1') {
    warnings.push({ text: `Even with the ${inputs.use === 'cloudfront' ? 'origin' : 'API'} in ${inputs.region}, a certificate in ${inputs.region} will not work here: it must be in us-east-1.`, see: where.see });
  }
  return { lines, warnings };
}

export const acmWidget: Widget<AcmInputs, See> = {
  id: 'acm',
  anchor: 'acm-placement',
  title: 'Where does my ACM certificate go?',
  intro: 'Pick where the certificate will be used and how you get it: the answer gives the Region, renewal and expiry monitoring.',
  fields: [
    {
      kind: 'choice', id: 'use', label: 'Used by', default: 'apigw-edge',
      options: [
        { value: 'alb', label: 'Application Load Balancer' },
        { value: 'cloudfront', label: 'CloudFront distribution' },
        { value: 'apigw-edge', label: 'API Gateway, edge-optimized custom domain' },
        { value: 'apigw-regional', label: 'API Gateway, Regional custom domain' },
        { value: 'ec2', label: 'EC2 instance or Nitro Enclave' },
      ],
    },
    { kind: 'choice', id: 'region', label: 'The resource’s Region', default: 'eu-west-1', options: REGIONS.map((r) => ({ value: r, label: r })) },
    {
      kind: 'choice', id: 'origin', label: 'Certificate comes from', default: 'acm',
      options: [{ value: 'acm', label: 'Issued by ACM' }, { value: 'imported', label: 'Imported into ACM' }],
    },
    {
      kind: 'choice', id: 'validation', label: 'Validation method (ACM-issued)', default: 'dns',
      options: [{ value: 'dns', label: 'DNS' }, { value: 'email', label: 'Email' }, { value: 'http', label: 'HTTP (CloudFront only)' }],
    },
  ],
  explanations,
  decide: decideAcm,
  summary: {
    headers: ['Used by', 'Certificate Region', 'Renewal'],
    rows: [
      ['CloudFront, or API Gateway edge-optimized', 'us-east-1', 'Automatic for DNS- or HTTP-validated ACM certificates; never for imported ones'],
      ['ALB, or API Gateway Regional', 'The resource’s Region', 'Automatic for DNS-validated ACM certificates; never for imported ones'],
      ['EC2 or Nitro Enclave', 'Exported (any Region)', 'ACM renews; you export and install the renewal'],
    ],
  },
};
