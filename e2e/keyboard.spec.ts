import { expect, test } from '@playwright/test';

test('Tab from the top reaches search, theme, sidebar, diagram links and steps, then widget controls, each with a visible focus ring', async ({ page }) => {
  await page.goto('/kms/snapshot-copies/');
  await expect(page.locator('#snapshot-copy-planner select, #snapshot-copy-planner input').first()).toBeEnabled();
  const order: string[] = [];
  const unringed: string[] = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const where = el.closest('site-search') ? 'search'
        : el.closest('starlight-theme-select') ? 'theme'
        : el.closest('nav[aria-label="Main"]') ? 'sidebar'
        : el.closest('.diagram__variant a') ? 'diagram-link'
        : el.closest('.diagram__stepper, .diagram__steps') ? 'diagram-step'
        : el.closest('.widget') ? 'widget'
        : 'other';
      return { where, ring, label: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` };
    });
    if (!focused) continue;
    if (order.at(-1) !== focused.where) order.push(focused.where);
    if (!focused.ring) unringed.push(focused.label);
    // The planner widget comes after the diagrams on this page: reaching it ends the walk.
    if (focused.where === 'widget' && order.includes('diagram-step')) break;
  }
  const firstIndex = (where: string) => order.indexOf(where);
  for (const where of ['search', 'theme', 'sidebar', 'diagram-link', 'diagram-step', 'widget']) expect(order).toContain(where);
  expect(firstIndex('search')).toBeLessThan(firstIndex('sidebar'));
  expect(firstIndex('sidebar')).toBeLessThan(firstIndex('diagram-link'));
  expect(firstIndex('diagram-link')).toBeLessThan(firstIndex('diagram-step'));
  expect(firstIndex('diagram-step')).toBeLessThan(firstIndex('widget'));
  expect(unringed).toEqual([]);
});
