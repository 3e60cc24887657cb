/**
 * The public URL manifest (content/url-manifest.json): every page and anchor the site has published.
 *   node scripts/url-manifest.ts          report URLs built but not yet listed, and listed URLs that are lost
 *   node scripts/url-manifest.ts --write  add the newly built URLs (never removes one: see README)
 * Run after `npm run build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lostUrls, siteUrls } from '../src/lib/url-manifest.ts';
import { distPages } from '../src/plugins/dist-pages.ts';
import { MANIFEST_FILE, readManifest, readUrlAliases } from '../src/plugins/url-aliases.ts';

export function builtUrls(): string[] {
  return siteUrls(distPages('dist').map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') })));
}

if (import.meta.main) {
  const built = builtUrls();
  const manifest = readManifest();
  const added = built.filter((url) => !manifest.includes(url));
  const lost = lostUrls(manifest, new Set(built), readUrlAliases());
  if (process.argv.includes('--write')) {
    writeFileSync(MANIFEST_FILE, `${JSON.stringify([...new Set([...manifest, ...built])].sort(), null, 2)}\n`);
    console.log(`${MANIFEST_FILE}: ${added.length} URLs added, ${manifest.length + added.length} in all.`);
  } else {
    console.log(`${added.length} built URLs not in the manifest${added.length ? `:\n  ${added.join('\n  ')}` : '.'}`);
  }
  if (lost.length > 0) {
    console.error(`${lost.length} published URLs no longer land anywhere (add aliases in content/url-aliases.yaml):\n  ${lost.join('\n  ')}`);
    process.exitCode = 1;
  }
}
