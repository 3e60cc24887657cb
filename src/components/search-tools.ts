/**
 * What the search dialog adds to Pagefind UI: "Copy link to these results", spelling correction, result links
 * that highlight the terms, and /any-page/?q=term opening the dialog with that search.
 * Loaded by the Search override when a reader heads for search.
 */
import { correctQuery, HIGHLIGHT_PARAM, QUERY_PARAM } from '~/lib/search.ts';
import { copyLink } from '~/components/clipboard.ts';

/** Resolves with Pagefind UI's input once Starlight has created it (on idle after load). */
function searchInput(dialog: HTMLDialogElement): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    const find = () => dialog.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    const existing = find();
    if (existing) return resolve(existing);
    const observer = new MutationObserver(() => {
      const input = find();
      if (input) {
        observer.disconnect();
        resolve(input);
      }
    });
    observer.observe(dialog, { childList: true, subtree: true });
  });
}

function runSearch(input: HTMLInputElement, query: string): void {
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function searchToolbar() {
  const tools = document.createElement('div');
  tools.className = 'search-tools';
  const note = document.createElement('p');
  note.className = 'search-tools__note';
  note.setAttribute('role', 'status');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'search-tools__copy';
  copy.textContent = 'Copy link to these results';
  const copied = document.createElement('span');
  copied.setAttribute('role', 'status');
  copied.className = 'search-tools__copied';
  tools.append(note, copy, copied);
  tools.hidden = true;
  return { tools, note, copy, copied };
}

export async function attachSearchTools(button: HTMLButtonElement, dialog: HTMLDialogElement): Promise<void> {
  const vocabulary = document.getElementById('search-vocabulary')?.dataset['words']?.split(' ') ?? [];
  const { tools, note, copy, copied } = searchToolbar();
  const input = await searchInput(dialog);
  let corrected = '';
  // Between the search box and the results.
  const drawer = dialog.querySelector('.pagefind-ui__drawer');
  if (drawer) drawer.before(tools);
  else dialog.querySelector('.search-container')?.append(tools);
  copy.addEventListener('click', async () => {
    const url = new URL(location.href);
    url.search = '';
    url.hash = '';
    url.searchParams.set(QUERY_PARAM, input.value.trim());
    await copyLink(url.href, copied);
  });
  const showTools = () => {
    tools.hidden = !input.value.trim();
    copied.textContent = '';
    if (input.value !== corrected) note.textContent = '';
  };
  input.addEventListener('input', showTools);

  // A misspelt query (a word that is neither known nor the start of a known word, but close to one) is
  // searched as corrected, once the reader pauses, and the note says so.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const correctLater = () => {
    clearTimeout(timer);
    const original = input.value.trim();
    if (!original || input.value === corrected) return;
    timer = setTimeout(() => {
      const suggestion = correctQuery(original, vocabulary);
      if (!suggestion || input.value.trim() !== original) return;
      corrected = suggestion;
      note.textContent = `Showing results for “${suggestion}” (you typed “${original}”).`;
      runSearch(input, suggestion);
    }, 350);
  };
  input.addEventListener('input', correctLater);
  // A reader quick enough to type before this module arrived is served too.
  if (input.value.trim()) {
    showTools();
    correctLater();
  }

  // Results open with the terms highlighted.
  dialog.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a.pagefind-ui__result-link');
      if (!link || !input.value.trim()) return;
      const url = new URL(link.href, location.href);
      url.searchParams.set(HIGHLIGHT_PARAM, input.value.trim());
      link.href = url.pathname + url.search + url.hash;
    },
    true,
  );

  // A search link: /?q=term opens the dialog with that search.
  const shared = new URLSearchParams(location.search).get(QUERY_PARAM);
  if (shared) {
    if (!dialog.open) button.click();
    runSearch(input, shared.slice(0, 200));
  }
}
