import { expect, test } from '@playwright/test';
import { publishedPaths } from './site.ts';

for (const path of publishedPaths) {
  test(`${path} answers 200 with one h1, the sidebar, no console errors, no CSP violation, no other origin`, async ({ page }) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.host !== 'localhost:4321') foreign.push(request.url());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
    );
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // Starlight's <nav> has `display: contents`, so check what the reader sees in it: the sidebar links.
    const sidebar = page.getByRole('navigation', { name: 'Main' });
    await expect(sidebar.getByRole('link', { name: 'Key policies' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Changes since the notes' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self'/);
  });
}

test('an unknown path gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
  // The reader can get back: site title link and search are there.
  await expect(page.getByRole('link', { name: 'AWS Security Field Guide' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
});
