/**
 * The one place that decides which Chromium the project uses (tests now, build-time diagram rendering later).
 * Order: $CHROMIUM_PATH, Playwright's own browser if installed, Debian's /usr/bin/chromium.
 * With none, it installs Debian's chromium when it can (root + apt-get), else fails saying what to install.
 * `npx playwright install` cannot download on these machines, hence Debian's package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface ChromiumHost {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Where Playwright's own Chromium would be, if the package is present. */
  playwrightChromium(): string | undefined;
  canInstall(): boolean;
  install(): void;
}

export function resolveChromium(host: ChromiumHost): string {
  const fromEnv = host.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (host.exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Fix or unset CHROMIUM_PATH.`);
  }
  const playwrights = host.playwrightChromium();
  if (playwrights && host.exists(playwrights)) return playwrights;
  if (host.exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (host.canInstall()) {
    host.install();
    if (host.exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    throw new Error(`Installed Debian's chromium, but ${DEBIAN_CHROMIUM} is still missing.`);
  }
  throw new Error(
    'No Chromium found. Install Debian\'s chromium as root (apt-get update && apt-get install -y chromium), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

function commandExists(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const systemHost: ChromiumHost = {
  env: process.env,
  exists: existsSync,
  playwrightChromium() {
    try {
      // Resolved lazily: the build must not need Playwright installed.
      const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  canInstall: () => process.getuid?.() === 0 && commandExists('apt-get'),
  install() {
    console.log("Chromium not found: installing Debian's chromium with apt-get…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  },
};

let resolved: string | undefined;
/** The Chromium executable for this machine, installing it if needed (once per process). */
export function chromiumPath(): string {
  resolved ??= resolveChromium(systemHost);
  return resolved;
}
