/**
 * Search: page aliases, result ranking and highlight terms. Pure; used at build time (indexing) and in the
 * browser (the search dialog and the page a result opens).
 */
import { parseSitePath } from './site-paths.ts';

/** Pagefind ranking. Titles and aliases carry heading weight; a short exact page should beat a long mention. */
export const SEARCH_RANKING = { termFrequency: 0.6, pageLength: 0.5, termSaturation: 1.6, termSimilarity: 1.0 } as const;

export { HIGHLIGHT_PARAM, QUERY_PARAM } from './search-params.ts';

interface GlossaryLike {
  term: string;
  expansion?: string | undefined;
  see: string;
}

/** Every alternate name of a page: its declared aliases plus the glossary terms that point to it. */
export function aliasesByPage(declared: { id: string; terms: string[] }[], glossary: GlossaryLike[]): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  const add = (slug: string, term: string) => {
    if (!result.has(slug)) result.set(slug, new Set());
    result.get(slug)!.add(term);
  };
  for (const entry of declared) for (const term of entry.terms) add(entry.id, term);
  for (const entry of glossary) {
    const { slug } = parseSitePath(entry.see);
    add(slug, entry.term);
    if (entry.expansion) add(slug, entry.expansion);
  }
  return new Map([...result].map(([slug, terms]) => [slug, [...terms]]));
}

/** The words to highlight for a query: distinct, at least two characters, longest first (so phrases win). */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}:-]+/u)
    .map((word) => word.replace(/^[-:]+|[-:]+$/g, ''))
    .filter((word) => word.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 10);
}

/** Optimal string alignment distance (edits, with adjacent swaps counting as one), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Words of the site's vocabulary (titles, aliases, glossary terms), for spelling correction. */
export function vocabularyOf(phrases: readonly string[]): string[] {
  const words = phrases.flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}\p{N}-]+/u)).filter((word) => word.length >= 3);
  return [...new Set(words)].sort();
}

/**
 * A corrected query when some words are neither in the vocabulary nor the start of a word in it, but close to one
 * (one edit for short words, two for words of seven letters or more); undefined when nothing changes.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).map((word) => {
    // Known words, short words and words still being typed (a prefix of a known word) stay as they are.
    if (known.has(word) || word.length < 4 || vocabulary.some((candidate) => candidate.startsWith(word))) return word;
    const allowed = word.length >= 7 ? 2 : 1;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of vocabulary) {
      const distance = editDistance(word, candidate, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : undefined;
}
