// @ts-check
/**
 * html-validate for every page in dist/ (tests/html-valid.test.ts; by hand: npx html-validate "dist/**\/*.html").
 * html-validate:recommended, plus the reference checks a whole document needs. A rule is relaxed only for markup
 * we do not write (Starlight, Expressive Code, Mermaid) or when it is about style rather than validity; each
 * relaxation says which. Our own markup (src/, content/) meets every other rule.
 */
import { defineConfig } from 'html-validate';

/** Starlight appends " | <site title>" to each page's own title (astro.config.mjs). */
const TITLE_SUFFIX = ' | AWS Security Field Guide';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Expressive Code (Starlight's code blocks) renders each line as <div class="ec-line"> inside <pre><code>,
      // and an empty <div> (its icon) inside the copy button; it has no option to change either. <div> is allowed
      // in exactly these two elements, so the content model is still checked everywhere else.
      code: { permittedContent: ['@phrasing', 'div'] },
      button: { permittedContent: ['@phrasing', 'div'] },
    },
  ],
  rules: {
    // Whole pages: every for, aria-labelledby, aria-describedby… names an element of the page, and each page
    // starts with a doctype.
    'no-missing-references': 'error',
    'missing-doctype': 'error',

    // Starlight's page title is <h1 id="_top">, a public anchor (content/url-manifest.json). HTML requires an id
    // to be non-empty without whitespace, which relaxed mode checks; strict mode (a letter first) is a convention.
    'valid-id': ['error', { relaxed: true }],

    // Style attributes are valid HTML (the CSP allows them: astro.config.mjs); the rule is about maintainability.
    // Allowed besides display and custom properties (the defaults): Starlight's search dialog (style="padding:0")
    // and Mermaid's root <svg style="max-width: …px"> (the diagram's natural width, which the layout relies on).
    'no-inline-style': ['error', { allowedProperties: ['display', 'max-width', 'padding'] }],

    // Expressive Code's copy buttons are named by title="Copy to clipboard", a valid accessible name this rule
    // does not count; no other button fails it. Our buttons have visible text; axe checks every button (e2e).
    'text-content': 'off',

    // A recommendation, not validity: a button without type is a submit button, harmful only inside a form.
    // The buttons without it are Starlight's (search, menu) and Expressive Code's copy buttons, none in a form.
    'no-implicit-button-type': 'off',

    // Starlight's layout: its right sidebar <aside> has no name, and its two tables of contents (desktop and
    // mobile, only one displayed at a time) are both "On this page". Our asides and sections are all named;
    // axe's landmark rules check the rendered page (e2e/accessibility.spec.ts).
    'unique-landmark': 'off',

    // Style, not validity: the pages mix <meta …/> (Starlight's head entries) with <meta …>, <input …>, <br>
    // (Astro's own, our components, Markdown); HTML allows both forms of a void element.
    'void-style': 'off',

    // Search-result guidance, not validity: the page's own title is held to 70 characters, not counting the
    // site-name suffix Starlight adds (search engines cut that first).
    'long-title': ['error', { maxlength: 70 + TITLE_SUFFIX.length }],
  },
});
