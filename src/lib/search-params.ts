/**
 * Query parameters of a search link (/?q=…) and of the page a result opens (highlights the terms). A module of
 * their own so that every page can read them without loading the search logic.
 */
export const QUERY_PARAM = 'q';
export const HIGHLIGHT_PARAM = 'highlight';
