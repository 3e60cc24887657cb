import type { Change } from './schemas.ts';
import { formatDate } from './dates.ts';

/** Facts were checked against AWS documentation in this month (../shared/facts.md). */
export const FACTS_CHECKED = 'November 2026';

/** Public anchor of a change aside on its page, e.g. #changed-rot-2. */
export function changeAnchor(id: string): string {
  return `changed-${id}`;
}

/** When the notes stopped being right: AWS's change date when known, else when we checked. */
export function changeDateLabel(change: Pick<Change, 'changed' | 'verdict'>): string {
  if (change.changed) return `AWS change of ${formatDate(change.changed)}`;
  return `corrected against AWS documentation, ${FACTS_CHECKED}`;
}

/** Newest AWS changes first, then corrections without a date, each by fact ID. */
export function sortChanges<T extends { id: string; data: Pick<Change, 'changed' | 'fact'> }>(changes: T[]): T[] {
  return [...changes].sort((a, b) => {
    const ta = a.data.changed?.getTime() ?? -Infinity;
    const tb = b.data.changed?.getTime() ?? -Infinity;
    return tb - ta || a.data.fact.localeCompare(b.data.fact, 'en', { numeric: true });
  });
}
