/** Every decision widget by name. Pages place one with <DecisionWidget name="acm" />. */
import { acmWidget } from './acm.ts';
import { kmsCostWidget } from './kms-cost.ts';
import { kmsKeyWidget } from './kms-key.ts';
import { s3ReplicationWidget } from './s3-replication.ts';
import { secretsWidget } from './secrets.ts';
import { securityServiceWidget } from './security-service.ts';
import { snapshotWidget } from './snapshot-copy.ts';
import { wafWidget } from './waf.ts';
import type { Widget } from './types.ts';

export const widgets = {
  'kms-key': kmsKeyWidget,
  'kms-cost': kmsCostWidget,
  snapshot: snapshotWidget,
  's3-replication': s3ReplicationWidget,
  secrets: secretsWidget,
  acm: acmWidget,
  waf: wafWidget,
  'security-service': securityServiceWidget,
} satisfies Record<string, Widget<never, string>>;

export type WidgetName = keyof typeof widgets;
