import { expect, test } from '@playwright/test';

test('a page prints in light colours, keeps its diagrams and hides navigation and controls', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto('/kms/snapshot-copies/');
  await page.emulateMedia({ media: 'print' });
  const colour = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  // Dark text on a white page, even though the reader's theme is dark.
  expect(await colour('body', 'background-color')).toBe('rgb(255, 255, 255)');
  const [r, g, b] = (await colour('.sl-markdown-content p', 'color')).match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(200);
  await expect(page.locator('#diagram-cross-account .diagram__variant--light svg')).toBeVisible();
  await expect(page.locator('#diagram-cross-account .diagram__variant--dark svg')).toBeHidden();
  await expect(page.locator('#diagram-cross-account ol.diagram__steps')).toBeVisible();
  for (const hidden of ['header.header', 'nav[aria-label="Main"] a', '.right-sidebar-container', '.diagram__toolbar', '.heading-copy']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(50_000);
});

test('reduced motion: link targets are outlined instead of animated', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/glossary/#sse-c');
  const target = page.locator('#sse-c');
  expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
