/** Serves a built site (this project's, or a comparison site's `root`) with `astro preview` for the benchmarks, and stops it afterwards. */
import { spawn } from 'node:child_process';

export async function withPreview<T>(port: number, work: (base: string) => Promise<T>, root = '.'): Promise<T> {
  const server = spawn('node_modules/.bin/astro', ['preview', '--root', root, '--port', String(port), '--force'], { stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/`)).ok) break;
      } catch {
        if (i > 150) throw new Error(`astro preview did not answer at ${base}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return await work(base);
  } finally {
    server.kill();
  }
}
