import { expect, test } from './bridge';

test('"Mở tệp dữ liệu khác…" on an empty file brings up the wizard', async ({ page, bridge }) => {
  await bridge.api.workspace.createDemo();
  await bridge.open();
  await expect(page.getByTestId('header-branch')).toHaveText('Công đoàn Trường THPT Nguyễn Trãi');
  const openOther = async () => {
    await page.getByRole('button', { name: 'Tệp', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Mở tệp dữ liệu khác…' }).click();
  };

  // Closing the dialog without choosing changes nothing.
  bridge.host.nextOpen = null;
  await openOther();
  await expect(page.getByTestId('header-branch')).toHaveText('Công đoàn Trường THPT Nguyễn Trãi');

  bridge.host.nextOpen = bridge.tempFile('cong-doan-khac.sqlite');
  await openOther();
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Công đoàn' })).toBeVisible();
  await expect(page.getByTestId('setup-data-file')).toHaveText('Tệp dữ liệu: cong-doan-khac.sqlite');
  expect(bridge.workspace.fileName).toBe('cong-doan-khac.sqlite');
});

test('the sample-data banner creates a real data file and starts the wizard', async ({ page, bridge }) => {
  await bridge.api.workspace.createDemo();
  await bridge.open();
  bridge.host.nextCreate = bridge.tempFile('cong-doan-that.sqlite');
  await page.getByRole('button', { name: 'Tạo tệp dữ liệu thật…' }).click();
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Công đoàn' })).toBeVisible();
  await expect(page.getByTestId('setup-data-file')).toHaveText('Tệp dữ liệu: cong-doan-that.sqlite');
});
