import { expect, test, type Page } from '@playwright/test';
import { withClipboard } from './clipboard.ts';

async function search(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}

const cases = [
  { query: 'us-east-1', page: '/acm/' },
  { query: 'SSE-C', page: '/s3-replication/' },
];

for (const { query, page: expected } of cases) {
  test(`searching "${query}" finds ${expected}`, async ({ page }) => {
    const dialog = await search(page, query);
    const result = dialog.locator(`a.pagefind-ui__result-link[href^="${expected}"]`).first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(new RegExp(`${expected.replace(/\//g, '\\/')}`));
  });
}

test('a ?q= link on any page opens the dialog with that search', async ({ page }) => {
  await page.goto('/waf/?q=SSE-C');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Search' })).toHaveValue('SSE-C');
  await expect(dialog.locator('a.pagefind-ui__result-link[href^="/s3-replication/"]').first()).toBeVisible();
});

test('"Copy link to these results" puts a ?q= link on the clipboard that reopens them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const dialog = await search(page, 'edge-optimized');
  await expect(dialog.locator('a.pagefind-ui__result-link').first()).toBeVisible();
  const link = await withClipboard(async () => {
    await dialog.getByRole('button', { name: 'Copy link to these results' }).click();
    await expect(dialog.getByText('Link copied.')).toBeVisible();
    return page.evaluate(() => navigator.clipboard.readText());
  });
  expect(new URL(link).searchParams.get('q')).toBe('edge-optimized');
  await page.goto(link);
  await expect(page.getByRole('dialog').locator('a.pagefind-ui__result-link[href^="/acm/"]').first()).toBeVisible();
});

test('the dialog offers filters by group and by service', async ({ page }) => {
  const dialog = await search(page, 'key');
  await expect(dialog.locator('a.pagefind-ui__result-link').first()).toBeVisible();
  await expect(dialog.getByText('Group', { exact: true })).toBeVisible();
  await expect(dialog.getByText('Service', { exact: true })).toBeVisible();
});

test('a misspelt search is corrected, and the dialog says so', async ({ page }) => {
  const dialog = await search(page, 'encrpytion');
  await expect(dialog.getByText(/Showing results for “encryption” \(you typed “encrpytion”\)/)).toBeVisible();
  await expect(dialog.locator('a.pagefind-ui__result-link[href^="/encryption/"]').first()).toBeVisible();
});

test('a result opens with the search terms highlighted, and the address bar stays clean', async ({ page }) => {
  const dialog = await search(page, 'BlockedEncryptionTypes');
  await dialog.locator('a.pagefind-ui__result-link[href^="/s3-replication/"]').first().click();
  await expect(page).toHaveURL(/\/s3-replication\//);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  await expect(page.locator('mark.search-hit').first()).toHaveText(/blockedencryptiontypes/i);
  expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
});
