/** WAF placement: can a web ACL attach to this resource, in which scope, and what to do when it cannot. */
import type { Answer, AnswerLine, Widget } from './types.ts';

export type WafResource =
  | 'cloudfront' | 'alb' | 'nlb' | 'apigw-rest' | 'apigw-http' | 'appsync' | 'cognito' | 'app-runner' | 'verified-access' | 'amplify' | 'ec2';
export interface WafInputs {
  [key: string]: string | boolean;
  resource: WafResource;
  fixedIps: boolean;
}

const explanations = {
  where: { href: '/waf/#where-waf-can-be-deployed', text: 'Where WAF can be deployed' },
  acls: { href: '/waf/#web-acls-and-rules', text: 'Web ACLs and rules' },
  fixed: { href: '/waf/#fixed-ip-addresses-with-waf', text: 'Fixed IP addresses with WAF' },
} as const;
type See = keyof typeof explanations;

const REGIONAL = 'Regional: create the web ACL in the resource’s Region';
const CLOUDFRONT = 'Global (CloudFront): create the web ACL in us-east-1';

/** The decision table: whether a web ACL attaches, its scope, and the alternative when it cannot. */
const table: Record<WafResource, { label: string; attaches: boolean; scope?: string; alternative?: string }> = {
  cloudfront: { label: 'CloudFront distribution', attaches: true, scope: CLOUDFRONT },
  alb: { label: 'Application Load Balancer', attaches: true, scope: REGIONAL },
  nlb: { label: 'Network Load Balancer', attaches: false, alternative: 'Put an ALB with the web ACL behind the NLB (an ALB-type target group keeps the NLB’s static IPs), or use Global Accelerator in front of an ALB.' },
  'apigw-rest': { label: 'API Gateway REST API', attaches: true, scope: REGIONAL },
  'apigw-http': { label: 'API Gateway HTTP API', attaches: false, alternative: 'WAF protects only REST APIs in API Gateway: use a REST API, or serve the HTTP API through a CloudFront distribution that has a web ACL.' },
  appsync: { label: 'AppSync GraphQL API', attaches: true, scope: REGIONAL },
  cognito: { label: 'Cognito user pool', attaches: true, scope: REGIONAL },
  'app-runner': { label: 'App Runner service', attaches: true, scope: REGIONAL },
  'verified-access': { label: 'Verified Access instance', attaches: true, scope: REGIONAL },
  amplify: { label: 'Amplify app', attaches: true, scope: CLOUDFRONT },
  ec2: { label: 'EC2 instance', attaches: false, alternative: 'A web ACL cannot attach to an instance: put an ALB or a CloudFront distribution with the web ACL in front of it.' },
};

export function decideWaf(inputs: WafInputs): Answer<See> {
  const row = table[inputs.resource];
  const lines: AnswerLine<See>[] = [
    {
      label: 'Can a web ACL attach?',
      value: row.attaches ? 'Yes' : 'No',
      because: row.attaches ? `WAF protects the ${row.label.replace(/^\w/, (c) => c.toLowerCase())} directly; each resource takes one web ACL.` : row.alternative!,
      see: 'where',
    },
  ];
  if (row.scope) lines.push({ label: 'Web ACL scope', value: row.scope, because: 'Web ACLs are Regional, except those for CloudFront (and Amplify), which are global and live in us-east-1.', see: 'acls' });
  if (inputs.fixedIps) {
    const attachesToAlb = inputs.resource === 'alb' || inputs.resource === 'nlb' || inputs.resource === 'ec2';
    lines.push({
      label: 'Fixed IP addresses',
      value: attachesToAlb ? 'Global Accelerator, or an NLB with an ALB-type target group, in front of the ALB' : 'Not from WAF: see the fixed IP patterns',
      because: attachesToAlb
        ? 'An ALB has no fixed IPs and WAF cannot attach to an NLB: Global Accelerator gives static anycast IPs, or an NLB gives a static IP per Availability Zone, while the web ACL stays on the ALB.'
        : 'WAF does not change a resource’s addresses; the documented fixed-IP patterns put Global Accelerator or an NLB in front of an ALB that has the web ACL.',
      see: 'fixed',
    });
  }
  return { lines, warnings: [] };
}

export const wafWidget: Widget<WafInputs, See> = {
  id: 'waf',
  anchor: 'waf-placement',
  title: 'Can WAF protect this resource?',
  intro: 'Pick the resource in front of your application: the answer says whether a web ACL attaches, in which scope, and what to do instead.',
  fields: [
    { kind: 'choice', id: 'resource', label: 'Resource', default: 'alb', options: (Object.keys(table) as WafResource[]).map((value) => ({ value, label: table[value].label })) },
    { kind: 'flag', id: 'fixedIps', label: 'Clients need fixed IP addresses', default: false },
  ],
  explanations,
  decide: decideWaf,
  summary: {
    headers: ['Resource', 'Web ACL', 'Scope or alternative'],
    rows: (Object.keys(table) as WafResource[]).map((key) => {
      const row = table[key];
      return [row.label, row.attaches ? 'Attaches' : 'Cannot attach', row.scope ?? row.alternative!];
    }),
  },
};
