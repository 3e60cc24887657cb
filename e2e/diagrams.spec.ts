import { expect, test, type Page } from '@playwright/test';
import { builtDiagrams, textOutsideDiagrams } from './site.ts';

const diagrams = builtDiagrams();
const pages = [...new Set(diagrams.map((d) => d.page))];
const withSteps = diagrams.filter((d) => d.steps > 0);
const withLinks = diagrams.filter((d) => d.links.length > 0);

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(theme);
}

test('the site has the twelve diagrams, each with a light and a dark SVG, and the sequential flows step through', () => {
  expect(diagrams.length).toBeGreaterThanOrEqual(12);
  for (const id of ['cross-region', 'cross-account', 's3-replication', 'acm-api-gateway']) {
    expect(withSteps.map((d) => d.id)).toContain(id);
  }
});

for (const path of pages) {
  test(`${path}: diagrams are inline SVG with no Mermaid code shipped`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    for (const diagram of diagrams.filter((d) => d.page === path)) {
      const figure = page.locator(`#diagram-${diagram.id}`);
      await expect(figure.locator('.diagram__variant--light svg')).toHaveCount(1);
      await expect(figure.locator('.diagram__variant--dark svg')).toHaveCount(1);
      await expect(figure.locator('figcaption')).not.toBeEmpty();
    }
    const inline = await page.locator('script:not([src])').allTextContents();
    for (const code of [...scripts, ...inline]) {
      expect(code).not.toMatch(/mermaid\.(initialize|render)|flowchart-v2|securityLevel/);
    }
  });
}

test('the theme toggle swaps the visible variant at once, without moving the page', async ({ page }) => {
  await page.goto('/kms/snapshot-copies/');
  const figure = page.locator('#diagram-cross-account');
  await setTheme(page, 'light');
  await expect(figure.locator('.diagram__variant--light svg')).toBeVisible();
  await expect(figure.locator('.diagram__variant--dark svg')).toBeHidden();
  const before = await figure.boundingBox();
  await setTheme(page, 'dark');
  await expect(figure.locator('.diagram__variant--dark svg')).toBeVisible();
  await expect(figure.locator('.diagram__variant--light svg')).toBeHidden();
  const after = await figure.boundingBox();
  expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThan(2);
});

for (const diagram of withLinks) {
  test(`clicking a linked node of "${diagram.id}" goes to ${diagram.links[0]}`, async ({ page }) => {
    await page.goto(diagram.page);
    const link = page.locator(`#diagram-${diagram.id} .diagram__variant--light a.diagram__link`).first();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    const target = new URL(diagram.links[0]!, 'http://x');
    await expect(page).toHaveURL(new RegExp(`${target.pathname}${target.hash}$`));
  });
}

test('the step-through highlights each step, shows its explanation and puts it in the URL', async ({ page }) => {
  await page.goto('/kms/snapshot-copies/');
  const figure = page.locator('#diagram-cross-account');
  const steps = figure.getByRole('group', { name: /Steps of the diagram/ });
  await steps.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/#diagram-cross-account-step-1$/);
  await expect(figure.locator('.diagram__step-status')).toContainText('Step 1 of 4');
  const first = await figure.locator('.diagram__variant--light .is-highlighted').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)));
  expect(first.length).toBeGreaterThan(0);

  // Keyboard: the Next button, then the arrow key.
  await steps.getByRole('button', { name: 'Next' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#diagram-cross-account-step-2$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#diagram-cross-account-step-3$/);
  await expect(figure.locator('.diagram__steps > li').nth(2)).toHaveAttribute('aria-current', 'step');
  const third = await figure.locator('.diagram__variant--light .is-highlighted').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)));
  expect(third).not.toEqual(first);

  // A step in the list can be chosen directly.
  await figure.locator('.diagram__steps').getByRole('button').first().click();
  await expect(page).toHaveURL(/#diagram-cross-account-step-1$/);
});

for (const diagram of withSteps) {
  test(`opening a link to step ${diagram.steps} of "${diagram.id}" shows that step`, async ({ page }) => {
    await page.goto(`${diagram.page}#diagram-${diagram.id}-step-${diagram.steps}`);
    const figure = page.locator(`#diagram-${diagram.id}`);
    await expect(figure.locator('.diagram__step-status')).toContainText(`Step ${diagram.steps} of ${diagram.steps}`);
    await expect(figure.locator('.diagram__steps > li').last()).toHaveAttribute('aria-current', 'step');
    await expect(figure.locator('.diagram__variant--light .is-highlighted').first()).toBeAttached();
    await expect(figure).toBeInViewport();
  });
}

test('the full-screen view opens, zooms and pans by keyboard, and Escape returns focus', async ({ page }) => {
  await page.goto('/acm/');
  const open = page.getByRole('button', { name: /Open “Where the ACM certificate goes.*” full screen/ });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Where the ACM certificate goes/ });
  await expect(dialog).toBeVisible();
  const canvas = dialog.locator('.diagram__canvas');
  await expect(canvas.locator('svg').first()).toBeVisible();
  await page.keyboard.press('+');
  await expect(canvas).toHaveAttribute('style', /scale\(1\.25\)/);
  await page.keyboard.press('ArrowLeft');
  await expect(canvas).toHaveAttribute('style', /translate\((?!0px)/);
  await page.keyboard.press('0');
  await expect(canvas).toHaveAttribute('style', /translate\(0px, 0px\) scale\(1\)/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // The diagram is back in its figure.
  await expect(page.locator('#diagram-acm-api-gateway .diagram__canvas svg').first()).toBeVisible();
});

test('the full-screen view zooms with the mouse wheel and pans by dragging', async ({ page }) => {
  await page.goto('/waf/');
  await page.getByRole('button', { name: /full screen/ }).first().click();
  const viewport = page.locator('.diagram-zoom__viewport');
  const canvas = viewport.locator('.diagram__canvas');
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -200);
  await expect(canvas).toHaveAttribute('style', /scale\(1\.1/);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
  await page.mouse.up();
  const style = await canvas.getAttribute('style');
  const [, x] = /translate\((-?[\d.]+)px/.exec(style ?? '') ?? [];
  expect(Number(x)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Close full screen view' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a word found only in a diagram label is found by search', async ({ page }) => {
  const elsewhere = textOutsideDiagrams();
  const candidates = diagrams.flatMap((diagram) =>
    diagram.labels
      .split(/[^A-Za-z]+/)
      .filter((word) => word.length >= 6 && !elsewhere.includes(word.toLowerCase()))
      .map((word) => ({ word, page: diagram.page })),
  );
  expect(candidates.length, 'some diagram label word appears nowhere else').toBeGreaterThan(0);
  const { word, page: expected } = candidates[0]!;
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(word);
  await expect(page.getByRole('dialog').locator(`a.pagefind-ui__result-link[href^="${expected}"]`).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the figure and its steps are visible as an ordered list', async ({ page }) => {
    await page.goto('/kms/snapshot-copies/');
    const figure = page.locator('#diagram-cross-account');
    // Starlight's default theme without JavaScript is dark: its variant shows.
    await expect(figure.locator('.diagram__variant--dark svg')).toBeVisible();
    await expect(figure.locator('figcaption')).toBeVisible();
    const steps = figure.locator('ol.diagram__steps > li');
    await expect(steps).toHaveCount(4);
    await expect(steps.first()).toBeVisible();
    // The step and zoom controls are there but inert: nothing to press that would not work.
    for (const control of await figure.getByRole('button').all()) await expect(control).toBeDisabled();
  });
});
