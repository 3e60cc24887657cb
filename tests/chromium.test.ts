import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEBIAN_CHROMIUM, resolveChromium, type ChromiumHost } from '../scripts/chromium.ts';

function host(overrides: Partial<ChromiumHost> & { files?: string[] }): ChromiumHost & { installed: boolean } {
  const files = new Set(overrides.files ?? []);
  const state = {
    installed: false,
    env: {},
    exists: (path: string) => files.has(path),
    playwrightChromium: () => '/pw/chrome',
    canInstall: () => false,
    install() {
      state.installed = true;
      files.add(DEBIAN_CHROMIUM);
    },
    ...overrides,
  };
  return state;
}

test('$CHROMIUM_PATH wins when it exists', () => {
  assert.equal(resolveChromium(host({ env: { CHROMIUM_PATH: '/opt/c' }, files: ['/opt/c', '/pw/chrome', DEBIAN_CHROMIUM] })), '/opt/c');
});

test('a $CHROMIUM_PATH that does not exist is an error, not silently ignored', () => {
  assert.throws(() => resolveChromium(host({ env: { CHROMIUM_PATH: '/opt/missing' }, files: [DEBIAN_CHROMIUM] })), /CHROMIUM_PATH is set to \/opt\/missing/);
});

test("Playwright's own browser comes next, then Debian's", () => {
  assert.equal(resolveChromium(host({ files: ['/pw/chrome', DEBIAN_CHROMIUM] })), '/pw/chrome');
  assert.equal(resolveChromium(host({ files: [DEBIAN_CHROMIUM] })), DEBIAN_CHROMIUM);
  assert.equal(resolveChromium(host({ playwrightChromium: () => undefined, files: [DEBIAN_CHROMIUM] })), DEBIAN_CHROMIUM);
});

test("with none, Debian's chromium is installed where possible", () => {
  const machine = host({ canInstall: () => true });
  assert.equal(resolveChromium(machine), DEBIAN_CHROMIUM);
  assert.equal(machine.installed, true);
});

test('with none and no way to install, the error says what to install', () => {
  assert.throws(() => resolveChromium(host({})), /apt-get install -y chromium.*CHROMIUM_PATH/s);
});
