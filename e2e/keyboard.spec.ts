import { expect, test } from '@playwright/test';

test('Tab from the top reaches search, theme, sidebar, every diagram link and step control, then every widget control, each with a visible focus ring', async ({ page }) => {
  await page.goto('/kms/snapshot-copies/');
  await expect(page.locator('#snapshot-copy-planner select, #snapshot-copy-planner input').first()).toBeEnabled();
  const order: string[] = [];
  const unringed: string[] = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset['tabReached'] = '';
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
    // The planner widget comes after the diagrams on this page: leaving it ends the walk.
    if (focused.where !== 'widget' && order.at(-2) === 'widget' && order.includes('diagram-step')) break;
  }
  // Every tab stop in the diagrams and the widget was reached: links and buttons of the shown theme's figure (the
  // other theme's is visibility: hidden), and each control (a radio group is one stop: its checked radio).
  const missed = await page.evaluate(() => {
    const stops = [...document.querySelectorAll<HTMLElement>('figure.diagram a, figure.diagram button, .widget select, .widget input, .widget button')].filter((el) => {
      if (!el.checkVisibility({ visibilityProperty: true }) || (el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
      return !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked);
    });
    return stops.filter((el) => !('tabReached' in el.dataset)).map((el) => el.outerHTML.slice(0, 120));
  });
  expect(missed).toEqual([]);
  const firstIndex = (where: string) => order.indexOf(where);
  for (const where of ['search', 'theme', 'sidebar', 'diagram-link', 'diagram-step', 'widget']) expect(order).toContain(where);
  expect(firstIndex('search')).toBeLessThan(firstIndex('sidebar'));
  expect(firstIndex('sidebar')).toBeLessThan(firstIndex('diagram-link'));
  expect(firstIndex('diagram-link')).toBeLessThan(firstIndex('diagram-step'));
  expect(firstIndex('diagram-step')).toBeLessThan(firstIndex('widget'));
  expect(unringed).toEqual([]);
});
