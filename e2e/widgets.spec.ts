import { expect, test, type Locator, type Page } from '@playwright/test';
import { withClipboard } from './clipboard.ts';

/** One scenario per widget: where it is, what a reader sets (by label), and what the answer must say. */
interface Scenario {
  name: string;
  page: string;
  anchor: string;
  set: (widget: Locator) => Promise<void>;
  expect: RegExp;
}

const scenarios: Scenario[] = [
  {
    name: 'acm', page: '/acm/', anchor: 'acm-placement',
    set: async (w) => {
      await w.getByLabel('Used by').selectOption({ label: 'API Gateway, edge-optimized custom domain' });
      await w.getByLabel('The resource’s Region').selectOption('ap-southeast-2');
    },
    expect: /Request it in\s*us-east-1/,
  },
  {
    name: 'waf', page: '/waf/', anchor: 'waf-placement',
    set: async (w) => {
      await w.getByLabel('Resource').selectOption({ label: 'Network Load Balancer' });
      await w.getByLabel('Clients need fixed IP addresses').check();
    },
    expect: /Can a web ACL attach\?\s*No[\s\S]*Global Accelerator/,
  },
  {
    name: 'security-service', page: '/guardduty/', anchor: 'which-security-service',
    set: async (w) => { await w.getByLabel('Concern').selectOption({ label: 'Personal data (PII) in S3' }); },
    expect: /Use\s*Amazon Macie/,
  },
  {
    name: 'secrets', page: '/secrets-manager/', anchor: 'parameter-store-or-secrets-manager',
    set: async (w) => { await w.getByLabel('Automatic rotation').check(); },
    expect: /Recommendation\s*AWS Secrets Manager/,
  },
  {
    name: 's3-replication', page: '/s3-replication/', anchor: 's3-replication-checker',
    set: async (w) => {
      await w.getByLabel('Object encryption').selectOption({ label: 'SSE-C' });
      await w.getByLabel(/Destination bucket blocks SSE-C/).uncheck();
    },
    expect: /Replicated by default\?\s*Yes/,
  },
  {
    name: 'snapshot', page: '/kms/snapshot-copies/', anchor: 'snapshot-copy-planner',
    set: async (w) => { await w.getByLabel('AWS managed key (e.g. aws/rds)').check(); },
    expect: /Step 1\s*In the source account, copy the snapshot under a customer managed key/,
  },
  {
    name: 'kms-key', page: '/kms/', anchor: 'kms-key-chooser',
    set: async (w) => { await w.getByLabel('Signs and verifies').check(); },
    expect: /Key type\s*Asymmetric, SIGN_VERIFY/,
  },
  {
    name: 'kms-cost', page: '/kms/', anchor: 'kms-cost-estimator',
    set: async (w) => {
      await w.getByLabel('Customer managed keys (primary keys)').fill('10');
      await w.getByLabel('Requests per month').fill('20000');
    },
    expect: /Estimated total per month\s*\$10\.00/,
  },
];

const widgetAt = (page: Page, anchor: string) => page.locator(`section#${anchor}`);

for (const scenario of scenarios) {
  for (const path of [scenario.page, '/decisions/']) {
    test(`${scenario.name} on ${path}: inputs chosen by label give the expected answer`, async ({ page }) => {
      await page.goto(path);
      const widget = widgetAt(page, scenario.anchor);
      await scenario.set(widget);
      await expect(widget.locator('.widget__answer')).toContainText(scenario.expect);
      for (const link of await widget.locator('.widget__answer a').all()) {
        expect(await link.getAttribute('href')).toMatch(/^\/[a-z0-9\-/]*\/#[a-z0-9-]+$/);
      }
    });
  }

  test(`${scenario.name}: "Copy link to this answer" gives a link that reopens the same answer`, async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(scenario.page);
    const widget = widgetAt(page, scenario.anchor);
    await scenario.set(widget);
    const answer = await widget.locator('.widget__answer').innerText();
    const link = await withClipboard(async () => {
      await widget.getByRole('button', { name: 'Copy link to this answer' }).click();
      await expect(widget.getByText('Link copied.')).toBeVisible();
      return page.evaluate(() => navigator.clipboard.readText());
    });
    expect(link).toContain(`#${scenario.anchor}`);
    // The link carries exactly the inputs the page shows (the address bar follows every change).
    expect(new URL(link).search).toBe(new URL(page.url()).search);

    const fresh = await browser.newPage();
    await fresh.goto(link);
    const reopened = widgetAt(fresh, scenario.anchor);
    // The page first shows the build-time default answer, which can already match: wait for the widget to run.
    await expect(reopened.locator('select, input').first()).toBeEnabled();
    await expect(reopened.locator('.widget__answer')).toContainText(scenario.expect);
    await expect.poll(() => reopened.locator('.widget__answer').innerText()).toBe(answer);
    await expect(reopened).toBeInViewport();
    await fresh.close();
  });
}

for (const scenario of scenarios) {
  test(`${scenario.name} works by keyboard alone`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(scenario.page);
    const widget = widgetAt(page, scenario.anchor);
    const answer = widget.locator('.widget__answer');
    await expect(answer).not.toBeEmpty();
    const before = await answer.innerText();
    // Tab from the widget's heading into its first control, then change it with the keyboard.
    const first = widget.locator('select, input').first();
    await expect(first).toBeEnabled(); // the controls come alive when the widget's script has loaded
    await widget.locator('.widget__title').click();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const kind = await first.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type));
    if (kind === 'checkbox') await page.keyboard.press('Space');
    else if (kind === 'number') {
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
    } else await page.keyboard.press('ArrowDown');
    await expect.poll(() => answer.innerText()).not.toBe(before);
    await withClipboard(async () => {
      await widget.getByRole('button', { name: 'Copy link to this answer' }).focus();
      await page.keyboard.press('Enter');
      await expect(widget.getByText('Link copied.')).toBeVisible();
    });
  });
}

test('the acm widget: radio groups move with the arrow keys, and the URL keeps the inputs', async ({ page }) => {
  await page.goto('/acm/');
  const widget = widgetAt(page, 'acm-placement');
  await widget.getByLabel('Used by').selectOption('apigw-regional');
  await widget.getByLabel('Issued by ACM').focus();
  await page.keyboard.press('ArrowDown');
  await expect(widget.getByLabel('Imported into ACM')).toBeChecked();
  await expect(widget.locator('.widget__answer')).toContainText(/Renewal\s*Never automatic/);
  await expect(page).toHaveURL(/\?acm=use:apigw-regional,origin:imported/);
});

test('hostile and unknown link settings fall back to defaults with a notice, and run nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const payload = encodeURIComponent('use:<img src=x onerror=alert(1)>,region:eu-west-1,evil:<script>alert(2)</script>');
  await page.goto(`/acm/?acm=${payload}#acm-placement`);
  const widget = widgetAt(page, 'acm-placement');
  await expect(widget.locator('.widget__notices')).toContainText('could not be used');
  await expect(widget.getByLabel('Used by')).toHaveValue('apigw-edge');
  await expect(widget.getByLabel('The resource’s Region')).toHaveValue('eu-west-1');
  await expect(widget.locator('img[src="x"], script:not([src])')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each widget’s place shows its decision table and the default answer; its controls are inert', async ({ page }) => {
    await page.goto('/decisions/');
    for (const scenario of scenarios) {
      const widget = widgetAt(page, scenario.anchor);
      await expect(widget.locator('table')).toBeVisible();
      expect(await widget.locator('p.widget__explained a').count()).toBeGreaterThan(0);
      await expect(widget.locator('.widget__answer dt').first()).toBeVisible();
      await expect(widget.locator('select, input').first()).toBeDisabled();
      await expect(widget.getByRole('button', { name: 'Copy link to this answer' })).toBeDisabled();
    }
  });
});
