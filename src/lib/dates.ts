/** "28 Nov 2026": unambiguous for an international team, and the same on every machine (UTC). */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
