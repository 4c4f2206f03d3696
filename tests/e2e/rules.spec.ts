/**
 * Settings → "Quy định áp dụng theo thời gian": a new minimum join age from a date, entered by
 * keyboard with its legal basis, takes effect in the member checks; deleting it restores the
 * value before it.
 */
import { formatDate, todayIso } from '../../main/vi/dates';
import { expect, labelled, test } from './bridge';

test('a new minimum join age from a date applies to members joining after it, and can be deleted', async ({
  page,
  bridge,
}) => {
  await bridge.api.workspace.createDemo();
  await bridge.open();
  await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
  const section = page.getByRole('region', { name: 'Tuổi tối thiểu khi vào công đoàn' });
  await expect(section.locator('.ant-table-row')).toHaveText([
    /^Ban đầu15 tuổiBộ luật Lao động số 45\/2019\/QH14, Điều 3/,
  ]);

  await section.getByRole('button', { name: 'Thêm mức mới…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mức mới — Tuổi tối thiểu khi vào công đoàn' });
  await expect(labelled(dialog, 'Áp dụng từ ngày')).toBeFocused();
  await page.keyboard.type('01/01/2026');
  await page.keyboard.press('Tab');
  await expect(labelled(dialog, 'Mức')).toBeFocused();
  await page.keyboard.type('16');
  // Saved without a basis: the message is at the field, and nothing is written.
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByText('Ghi căn cứ của mức này: số văn bản, điều khoản.')).toBeVisible();
  expect(await bridge.api.rules.list()).toHaveLength(2);
  await labelled(dialog, 'Căn cứ').fill('Nghị quyết thử nghiệm số 01/NQ-BCH');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Đã lưu mức áp dụng.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(section.locator('.ant-table-row')).toHaveText([
    /^Ban đầu15 tuổi/,
    /^01\/01\/202616 tuổiNghị quyết thử nghiệm số 01\/NQ-BCH/,
  ]);
  await bridge.screenshot('settings-rules');

  // Someone who turned 15 this year cannot join today; under the base value they could have.
  const today = todayIso();
  const dateOfBirth = `${Number(today.slice(0, 4)) - 15}-01-01`;
  const fields = { fullName: 'Lê Văn Nam', dateOfBirth, gender: 'male' as const };
  await expect(bridge.api.members.create({ fields: { ...fields, joinedOn: today } })).rejects.toMatchObject({
    field: 'fields.dateOfBirth',
    message: 'Đoàn viên phải từ đủ 16 tuổi.',
  });

  // Deleted: the base value applies again.
  await section.getByRole('button', { name: `Xóa ${formatDate('2026-01-01')}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa mức áp dụng từ 01/01/2026?' });
  await confirm.getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa mức áp dụng từ 01/01/2026.')).toBeVisible();
  await expect(section.locator('.ant-table-row')).toHaveCount(1);
  await expect(bridge.api.members.create({ fields: { ...fields, joinedOn: today } })).resolves.toMatchObject({});
});
