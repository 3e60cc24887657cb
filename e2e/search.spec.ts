import { expect, test, type Page } from '@playwright/test';

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
