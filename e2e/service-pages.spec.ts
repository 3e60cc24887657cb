import { expect, test } from '@playwright/test';
import { servicePaths } from './site.ts';

for (const path of servicePaths) {
  test(`${path} shows when it was verified, its sources, gotchas and related links`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText(/Last verified against AWS documentation on \d{1,2} \w{3} 20\d\d/)).toBeVisible();

    const sources = page.locator('section.page-sources');
    await expect(sources.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    const sourceLinks = sources.getByRole('listitem').getByRole('link');
    expect(await sourceLinks.count()).toBeGreaterThanOrEqual(1);
    for (const href of await sourceLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws|aws\.github\.io)\//);
    }
    // The table of contents offers the layout's Sources section like any other.
    await expect(page.locator('starlight-toc').getByRole('link', { name: 'Sources', exact: true })).toBeAttached();

    await expect(page.getByRole('heading', { level: 2, name: 'Gotchas' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Related' })).toBeVisible();
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThanOrEqual(70);
  });
}
