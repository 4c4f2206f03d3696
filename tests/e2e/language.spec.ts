import { expect, test } from './bridge';

test('the interface switches to English and back, and the choice is remembered', async ({ page, bridge }) => {
  await bridge.api.workspace.createDemo();
  await bridge.open();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link')).toHaveText(['Tổng quan', 'Đoàn viên', 'Tổ công đoàn', 'Cài đặt']);

  await nav.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByText('English', { exact: true }).click();
  await expect(nav.getByRole('link')).toHaveText(['Overview', 'Members', 'Union groups', 'Settings']);
  await expect(page.getByRole('heading', { name: 'Settings', level: 3 })).toBeVisible();
  await expect(page.getByText('You are looking at sample data')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await bridge.screenshot('settings-en');

  await page.reload();
  await expect(nav.getByRole('link')).toHaveText(['Overview', 'Members', 'Union groups', 'Settings']);
  await nav.getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('columnheader', { name: 'Born' })).toBeVisible();
  // A count of one reads in the singular: the sample branch has one overdue suspension.
  await nav.getByRole('link', { name: 'Overview' }).click();
  await expect(
    page.getByText('Suspensions past their end date with no resumption recorded: 1 member', { exact: true }),
  ).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('Tiếng Việt', { exact: true }).click();
  await expect(nav.getByRole('link')).toHaveText(['Tổng quan', 'Đoàn viên', 'Tổ công đoàn', 'Cài đặt']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
