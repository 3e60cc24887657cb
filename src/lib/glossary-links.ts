/**
 * Finding a glossary term's first use in a text. Pure: the rehype plugin walks the page, this decides matches.
 * Matching is case-sensitive (a "grant" in prose is not the KMS "Grant"), except that a multi-word term may
 * start lower-case mid-sentence ("customer managed key").
 */
export interface GlossaryTermRef {
  id: string;
  term: string;
  definition: string;
}

export interface TermPattern {
  ref: GlossaryTermRef;
  regex: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function termPatterns(terms: readonly GlossaryTermRef[]): TermPattern[] {
  return [...terms]
    .sort((a, b) => b.term.length - a.term.length)
    .map((ref) => {
      const variants = [ref.term];
      if (/\s/.test(ref.term) && /^[A-Z][a-z]/.test(ref.term)) variants.push(ref.term[0]!.toLowerCase() + ref.term.slice(1));
      // Word boundaries that also respect hyphens and slashes: "SSE-C" must not match inside "SSE-CUSTOM".
      return { ref, regex: new RegExp(`(?<![\\w/-])(?:${variants.map(escape).join('|')})(?![\\w-])`) };
    });
}

/** The first term (longest first) found in `text` among those not yet linked, with its position. */
export function firstTermIn(text: string, patterns: readonly TermPattern[], linked: ReadonlySet<string>) {
  let best: { ref: GlossaryTermRef; index: number; match: string } | undefined;
  for (const { ref, regex } of patterns) {
    if (linked.has(ref.id)) continue;
    const match = regex.exec(text);
    if (match && (!best || match.index < best.index)) best = { ref, index: match.index, match: match[0] };
  }
  return best;
}
