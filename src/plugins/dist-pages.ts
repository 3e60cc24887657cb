/** The built pages in dist/: their URL paths and files. Shared by the build-time checks and the URL tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DistPage {
  path: string;
  file: string;
}

export function distPages(outDir: string): DistPage[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(outDir, join(outDir, file)).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : `/${rel.replace(/(?:\/)?index\.html$/, '').replace(/\.html$/, '')}/`;
      return { path, file: join(outDir, file) };
    });
}
