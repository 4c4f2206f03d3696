import { expect, labelled, test } from './bridge';

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

test('main’s own messages follow the language: a refused CCCD in English, then in Vietnamese', async ({
  page,
  bridge,
}) => {
  await bridge.api.workspace.createDemo();
  await page.addInitScript(() => window.localStorage.setItem('scd.language', 'en'));
  await bridge.open();
  const nav = page.getByRole('navigation');
  const saveWithShortCccd = async (labels: {
    page: string;
    name: string;
    born: string;
    cccd: string;
    joined: string;
  }) => {
    await nav.getByRole('link', { name: labels.page }).click();
    await expect(page.getByRole('heading', { name: labels.page, level: 3 })).toBeVisible();
    await page.keyboard.press('Control+n');
    const drawer = page.locator('.scd-member-drawer');
    await labelled(drawer, labels.name).fill('Phạm Thị Hồng Nhung');
    await labelled(drawer, labels.born).fill('15/08/1990');
    await labelled(drawer, labels.cccd).fill('0011901234');
    await labelled(drawer, labels.joined).fill('01/09/2015');
    await labelled(drawer, labels.joined).press('Enter');
    return drawer.locator('.ant-form-item-explain-error');
  };

  const english = await saveWithShortCccd({
    page: 'Members',
    name: 'Full name',
    born: 'Date of birth',
    cccd: 'CCCD number',
    joined: 'Joined the union',
  });
  await expect(english).toContainText(['The CCCD number must have exactly 12 digits']);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard' }).click();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('Tiếng Việt', { exact: true }).click();
  const vietnamese = await saveWithShortCccd({
    page: 'Đoàn viên',
    name: 'Họ và tên',
    born: 'Ngày sinh',
    cccd: 'Số CCCD',
    joined: 'Ngày vào công đoàn',
  });
  await expect(vietnamese).toContainText(['Số CCCD phải gồm đúng 12 chữ số']);
});
