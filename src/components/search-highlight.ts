/** On the page a search result opened: marks the searched terms in the content, then cleans the address bar. */
import { highlightTerms, HIGHLIGHT_PARAM } from '~/lib/search.ts';

export function highlightSearchHits(): void {
  const highlight = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  if (!highlight) return;
  const terms = highlightTerms(highlight);
  const content = document.querySelector('.sl-markdown-content');
  if (terms.length > 0 && content) {
    const pattern = new RegExp(terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, svg, mark, .expressive-code, .widget, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const text = node.data;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) continue;
      const fragment = document.createDocumentFragment();
      let last = 0;
      text.replace(pattern, (match, offset: number) => {
        fragment.append(text.slice(last, offset));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = match;
        fragment.append(mark);
        last = offset + match.length;
        return match;
      });
      fragment.append(text.slice(last));
      node.replaceWith(fragment);
    }
    if (!location.hash) document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
  }
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
