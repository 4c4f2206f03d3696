import { expect, test } from './bridge';

test('first run by keyboard only: the server’s message appears at the empty field', async ({ page, bridge }) => {
  await bridge.open();
  const ownBranch = page.getByRole('button', { name: /Khai báo công đoàn của tôi/ });
  await expect(ownBranch).toBeFocused();
  await page.keyboard.press('Enter');

  const branchName = page.getByLabel('Tên công đoàn cơ sở');
  await expect(branchName).toBeFocused();
  await page.keyboard.type('Công đoàn Sở Tài chính');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Cơ quan, đơn vị')).toBeFocused();
  await page.keyboard.type('Sở Tài chính tỉnh Nghệ An');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Công đoàn Viên chức tỉnh Nghệ An');
  await page.keyboard.press('Tab');
  // Họ và tên Chủ tịch left empty.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Địa danh')).toBeFocused();
  await page.keyboard.type('Nghệ An');
  await page.keyboard.press('Enter');

  const chairName = page.getByLabel('Họ và tên Chủ tịch công đoàn');
  // The message sits under the field and is tied to it (aria-describedby), focus moved there.
  await expect(chairName).toHaveAccessibleDescription(/^Nhập họ và tên Chủ tịch công đoàn/);
  await expect(chairName).toHaveAttribute('aria-invalid', 'true');
  await expect(chairName).toBeFocused();
  await expect(page.locator('.ant-form-item-explain-error')).toHaveText(['Nhập họ và tên Chủ tịch công đoàn']);
  await expect(page.getByRole('button', { name: 'Hoàn tất thiết lập' })).not.toHaveClass(/ant-btn-loading/);
  await bridge.screenshot('wizard-form');

  await page.keyboard.type('Trần Văn Bình');
  await expect(chairName).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('header-branch')).toHaveText('Công đoàn Sở Tài chính');
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 3 })).toBeVisible();
  await expect(page.getByText('Bạn đang xem dữ liệu mẫu')).toHaveCount(0);
  const row = await bridge.workspace.db.selectFrom('branch').selectAll().executeTakeFirstOrThrow();
  expect(row).toMatchObject({ chair_name: 'Trần Văn Bình', place_name: 'Nghệ An', is_demo: 0 });

  // A new branch has no tổ yet: the overview says so and leads to where they are made.
  await page.getByRole('link', { name: 'Tạo các tổ công đoàn…' }).click();
  await expect(page.getByRole('heading', { name: 'Tổ công đoàn', level: 3 })).toBeVisible();
});
