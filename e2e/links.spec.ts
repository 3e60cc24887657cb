import { expect, test } from '@playwright/test';
import { withClipboard } from './clipboard.ts';

test('every heading offers "Copy link", with visible and announced confirmation of the right URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/acm/');
  const heading = page.getByRole('heading', { level: 3, name: 'Edge-optimized endpoints' });
  const wrapper = page.locator('.sl-heading-wrapper', { has: heading });
  const button = wrapper.getByRole('button', { name: 'Copy link to section: Edge-optimized endpoints' });
  await button.focus();
  await expect(button).toBeVisible();
  await expect(wrapper.locator('a.sl-anchor-link')).toBeAttached();
  const copied = await withClipboard(async () => {
    await page.keyboard.press('Enter');
    await expect(wrapper.getByRole('status')).toHaveText('Link copied.');
    return page.evaluate(() => navigator.clipboard.readText());
  });
  expect(copied).toBe('http://localhost:4321/acm/#edge-optimized-endpoints');
});

test('opening a link to a glossary term, a diagram step or a widget scrolls there and marks it', async ({ page }) => {
  for (const [path, id] of [
    ['/glossary/#sse-c', 'sse-c'],
    ['/kms/snapshot-copies/#diagram-cross-account', 'diagram-cross-account'],
    ['/acm/#acm-placement', 'acm-placement'],
    ['/kms/#changed-rot-2', 'changed-rot-2'],
  ] as const) {
    await page.goto(path);
    const target = page.locator(`#${id}`);
    await expect(target).toBeInViewport();
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('link-target');
  }
});

test('a glossary term links to its entry and previews the definition on hover and focus, without a request', async ({ page }) => {
  await page.goto('/acm/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const term = page.locator('.sl-markdown-content a.glossary-term', { hasText: /^CloudFront$/ }).first();
  await expect(term).toHaveAttribute('href', '/glossary/#cloudfront');
  await term.hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('content delivery network');
  await expect(term).toHaveAttribute('aria-describedby', 'glossary-preview');
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
  await term.focus();
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(requests).toEqual([]);
});

test('only the first use of a term on a page is linked', async ({ page }) => {
  await page.goto('/kms/');
  await expect(page.locator('.sl-markdown-content a.glossary-term[href="/glossary/#cloudtrail"]')).toHaveCount(1);
});
