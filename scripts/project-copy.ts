/**
 * A buildable copy of this project in `dir` (inside it, so packages resolve from ./node_modules): what the
 * bad-content fixtures and the build-scaling benchmark build instead of the real tree.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export function copyProject(dir: string, root = '.'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of SOURCES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
}
