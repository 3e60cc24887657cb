// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { siteGroups } from './src/lib/site-structure.ts';
import { SEARCH_RANKING } from './src/lib/search.ts';
import { STARLIGHT_INLINE_SCRIPT_HASHES } from './src/lib/csp.ts';
import { unified } from '@astrojs/markdown-remark';
import { linkCheck } from './src/plugins/link-check.ts';
import { diagramsIntegration, rehypeDiagrams, remarkDiagrams } from './src/plugins/diagrams.ts';
import { rehypeGlossaryLinks } from './src/plugins/glossary-links.ts';
import { readUrlAliases, urlAliases } from './src/plugins/url-aliases.ts';
import { pageRedirects } from './src/lib/url-manifest.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind runs WebAssembly; Starlight's own inline scripts are allowed by hash (src/lib/csp.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: STARLIGHT_INLINE_SCRIPT_HASHES },
      // Starlight icons use style attributes and diagrams carry <style>: strict style-src is out of reach.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // Public URLs never break: moved pages redirect (content/url-aliases.yaml).
  redirects: pageRedirects(readUrlAliases()),
  // Mermaid blocks become inline SVG figures at build time (src/plugins/diagrams.ts).
  // Glossary terms' first use on each page links to the glossary (src/plugins/glossary-links.ts).
  // Expressive Code highlights code blocks; Astro's own Shiki would add inline styles CSP cannot hash.
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkDiagrams], rehypePlugins: [rehypeGlossaryLinks, rehypeDiagrams] }) },
  integrations: [
    starlight({
      title: 'AWS Security Field Guide',
      description: 'Accurate, linkable notes on AWS encryption and security services: KMS, S3 replication, secrets, ACM, WAF, Shield, GuardDuty and more.',
      favicon: '/favicon.svg',
      customCss: ['./src/styles/print.css'],
      // Pages live in top-level content/docs: without this Starlight silently skips its Markdown
      // transforms there (heading anchor links, asides).
      markdown: { processedDirs: ['./content/docs'] },
      sidebar: siteGroups.map((group) => ({
        label: group.label,
        items: group.slugs.map((slug) => ({ slug })),
      })),
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      // Wrapped code never scrolls sideways, so Expressive Code never turns blocks into unnamed
      // focusable regions (axe: landmark-unique), and long commands stay readable on phones.
      expressiveCode: { defaultProps: { wrap: true } },
      pagefind: { ranking: SEARCH_RANKING },
      lastUpdated: false,
      pagination: true,
    }),
    diagramsIntegration(),
    urlAliases(),
    linkCheck(),
  ],
});
