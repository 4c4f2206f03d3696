/**
 * The member import wizard end to end: the messy list from the fixture generator (header on row
 * 5, a column the chair maps by hand, every kind of bad cell), then a 10,000-row list cancelled
 * part-way. The real router runs over a temp branch file; the "file dialog" is host.nextImport.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import {
  MESSY_EXPECT,
  MESSY_REGISTER,
  cleanMemberRows,
  writeCleanMembersXlsx,
  writeMessyMembersXlsx,
} from '../fixtures/messy-members';
import { createDemoBranch } from '../../main/demo/demo';
import { formatNumber } from '../../main/vi/money';
import { Workspace } from '../../main/workspace/workspace';
import { expect, test, type Bridge } from './bridge';

const BRANCH = {
  branchName: 'Công đoàn Trường THPT Nguyễn Trãi',
  unitName: 'Trường Trung học phổ thông Nguyễn Trãi',
  higherUnion: 'Công đoàn Viên chức thành phố Hà Nội',
  chairName: 'Nguyễn Thị Thu Hà',
  placeName: 'Hà Nội',
};

/** A real (not sample) branch holding the members the messy file repeats. */
async function seedMessyRegister(bridge: Bridge): Promise<Map<string, number>> {
  await bridge.api.settings.save(BRANCH);
  const groups = new Map<string, number>();
  for (const name of MESSY_REGISTER.groups) groups.set(name, (await bridge.api.groups.create({ name })).id);
  const ids = new Map<string, number>();
  for (const { groupName, ...fields } of MESSY_REGISTER.members) {
    const { id } = await bridge.api.members.create({ fields: { ...fields, groupId: groups.get(groupName)! } });
    ids.set(fields.fullName, id);
  }
  return ids;
}

async function countRows(bridge: Bridge, table: 'members' | 'union_groups' | 'audit_log'): Promise<number> {
  const row = await bridge.workspace.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function openImport(page: Page, bridge: Bridge) {
  await bridge.open();
  await expect(page.getByTestId('header-branch')).not.toBeEmpty();
  // The register's "Nhập từ Excel" button leads here; the test goes straight to the address.
  await page.evaluate(() => (window.location.hash = '#/members/import'));
  await expect(page.getByRole('heading', { name: 'Nhập danh sách đoàn viên từ Excel', level: 3 })).toBeVisible();
}

/** Picks an option of an open antd Select by its exact text. */
async function pickOption(page: Page, text: string) {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .click();
}

/** Every section of a long step in one picture: the window is made as tall as the page. */
async function fullScreenshot(page: Page, bridge: Bridge, name: string) {
  const viewport = page.viewportSize()!;
  const height = await page.locator('.scd-main').evaluate((el) => el.scrollHeight + 56);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 40) });
  await bridge.screenshot(name);
  await page.setViewportSize(viewport);
}

test('import the messy list: fix a mapping, read the report, choose for a duplicate, commit', async ({
  page,
  bridge,
}) => {
  const registerIds = await seedMessyRegister(bridge);
  const file = bridge.tempFile('Danh sách ĐV 2026.xlsx');
  await writeMessyMembersXlsx(file);
  const before = { members: await countRows(bridge, 'members'), groups: await countRows(bridge, 'union_groups') };
  await openImport(page, bridge);

  // 1. Choose: a closed dialog changes nothing; then the file.
  const chooseButton = page.getByRole('button', { name: 'Chọn tệp danh sách…' });
  await expect(chooseButton).toBeFocused();
  await expect(page.getByText('có thể nằm ở bất kỳ đâu trong 20 dòng đầu')).toBeVisible();
  await bridge.screenshot('import-choose');
  bridge.host.nextImport = null;
  await chooseButton.click();
  await expect(page.getByTestId('import-step-0')).toBeVisible();
  bridge.host.nextImport = file;
  await page.keyboard.press('Enter');

  // 2. Mapping: the header found on row 5, the columns guessed, "Đơn vị công tác" left unmapped.
  await expect(page.getByTestId('import-file-name')).toHaveText(path.basename(file));
  await expect(page.getByLabel('Dòng tiêu đề')).toHaveValue(String(MESSY_EXPECT.headerRow));
  await expect(page.getByText(`Tự tìm thấy ở dòng ${MESSY_EXPECT.headerRow}.`)).toBeVisible();
  const mappingRows = page.locator('.scd-import-mapping tbody tr.ant-table-row');
  await expect(mappingRows).toHaveCount(16);
  const nameRow = mappingRows.filter({ hasText: 'HỌ VÀ TÊN' });
  await expect(nameRow).toContainText('Nguyễn Văn An');
  await expect(nameRow.locator('.ant-select')).toContainText('Họ và tên');
  await expect(page.getByTestId('live-rows')).toContainText('13');
  await expect(page.getByTestId('live-valid')).toContainText(String(MESSY_EXPECT.valid));
  await expect(page.getByTestId('live-errors')).toContainText('4');
  await expect(page.getByTestId('import-live-groups')).toHaveCount(0);

  // A wrong header row, corrected back: the headings, samples and guesses follow the row.
  const headerRow = page.getByLabel('Dòng tiêu đề');
  await headerRow.fill('8');
  await expect(
    page.getByText(`Bạn đã đổi từ dòng ${MESSY_EXPECT.headerRow} (tự tìm thấy).`, { exact: false }),
  ).toBeVisible();
  await expect(mappingRows.filter({ hasText: 'Nguyễn Văn An' }).first()).toBeVisible();
  await expect(nameRow).toHaveCount(0);
  await headerRow.fill(String(MESSY_EXPECT.headerRow));
  await expect(nameRow).toContainText('Nguyễn Văn An');
  await expect(nameRow.locator('.ant-select')).toContainText('Họ và tên');
  await expect(page.getByTestId('live-valid')).toContainText(String(MESSY_EXPECT.valid));

  const groupSelect = page.getByRole('combobox', {
    name: `Ghép cột K (${MESSY_EXPECT.groupColumnHeader}) với`,
  });
  await expect(mappingRows.filter({ hasText: MESSY_EXPECT.groupColumnHeader })).toContainText('Bỏ qua cột này');
  // By keyboard: focus the Select, type without diacritics, Enter.
  await groupSelect.focus();
  await page.keyboard.type('to cong');
  await page.keyboard.press('Enter');
  await expect(mappingRows.filter({ hasText: MESSY_EXPECT.groupColumnHeader })).toContainText('Tổ công đoàn');
  await expect(mappingRows.filter({ hasText: MESSY_EXPECT.groupColumnHeader })).toContainText('Đã sửa');
  // The report is checked again with the new column: the tổ the register lacks shows up.
  await expect(page.getByTestId('import-live-groups')).toHaveText(
    `Tổ mới sẽ được tạo: ${MESSY_EXPECT.withGroupColumn.newGroups.join(', ')}`,
  );
  await expect(page.getByText('Đang kiểm tra lại…')).toHaveCount(0);
  await page.locator('.scd-main').evaluate((el) => el.scrollTo(0, 0));
  await bridge.screenshot('import-mapping');
  await fullScreenshot(page, bridge, 'import-mapping-full');

  const next = page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' });
  await expect(next).toBeEnabled();
  await next.click();

  // 3. The report, shown from its top: the summary first.
  const count = (id: string) => page.getByTestId(`count-${id}`).locator('.scd-import-count-value');
  await expect(count('rows')).toHaveText('13');
  expect(await page.locator('.scd-main').evaluate((el) => el.scrollTop)).toBe(0);
  await expect(count('valid')).toHaveText(String(MESSY_EXPECT.valid));
  await expect(count('errors')).toHaveText('4');
  await expect(count('create')).toHaveText(String(MESSY_EXPECT.created));
  await expect(count('update')).toHaveText(String(MESSY_EXPECT.updated));
  await expect(count('skip')).toHaveText('2');
  await expect(page.getByTestId('import-errors-notice')).toContainText('Các dòng có lỗi (4 dòng) sẽ không được nhập.');
  await expect(page.getByTestId('import-errors-notice')).toContainText('Sửa các dòng này trong Excel rồi chọn lại tệp');
  await expect(page.getByTestId('import-new-groups')).toContainText('Sẽ tạo thêm tổ công đoàn: Tổ Thể dục');

  const tableRow = (section: string, row: number) =>
    page
      .getByTestId(section)
      .locator('tbody tr.ant-table-row')
      .filter({ has: page.locator('td').first().getByText(String(row), { exact: true }) });
  const errors = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
  await expect(errors).toHaveCount(MESSY_EXPECT.errors.length);
  expect(await errors.locator('td:first-child').allInnerTexts()).toEqual(MESSY_EXPECT.errors.map((e) => String(e.row)));
  // The date that does not exist (31/02), in Vietnamese, with its columns and how to fix it.
  await expect(tableRow('import-errors', 13)).toContainText('Hoàng Văn Dũng');
  await expect(tableRow('import-errors', 13)).toContainText('C, D');
  await expect(tableRow('import-errors', 13)).toContainText('Ngày sinh');
  await expect(tableRow('import-errors', 13)).toContainText('Ngày sinh “31/02/1982” không có thật');
  await expect(tableRow('import-errors', 13)).toContainText('ví dụ 05/02/1985');
  // The phone number that is not one.
  await expect(tableRow('import-errors', 14)).toContainText('Vũ Thị Lan');
  await expect(tableRow('import-errors', 14)).toContainText('Điện thoại');
  await expect(tableRow('import-errors', 14)).toContainText(
    'Số điện thoại phải bắt đầu bằng 0: di động 10 chữ số (ví dụ 0912 345 678), cố định 11 chữ số (ví dụ 024 3825 1234); ô đang ghi “12345”.',
  );
  await expect(tableRow('import-errors', 20)).toContainText('Ngày sinh chỉ có năm (1985)');
  await expect(tableRow('import-errors', 21)).toContainText('Số CCCD bị Excel đổi thành dạng số mũ');

  // Skipped lines, the "Tổng cộng" one among them.
  const skipped = page.getByTestId('import-skipped').locator('tbody tr.ant-table-row');
  expect(await skipped.locator('td:first-child').allInnerTexts()).toEqual(MESSY_EXPECT.skippedRows.map(String));
  await expect(tableRow('import-skipped', 22)).toContainText('Dòng tổng cộng (“Tổng cộng: 13 đoàn viên”)');
  await expect(tableRow('import-skipped', 7)).toContainText('Dòng đánh số thứ tự cột');
  await expect(tableRow('import-skipped', 28)).toContainText('Phần ký tên cuối danh sách');

  // Duplicates: inside the file by CCCD, and against the register by CCCD and by name + birth date.
  const duplicates = page.getByTestId('import-duplicates').locator('tbody tr.ant-table-row');
  expect(await duplicates.locator('td:first-child').allInnerTexts()).toEqual(
    MESSY_EXPECT.duplicates.map((d) => String(d.row)),
  );
  await expect(tableRow('import-duplicates', 15)).toContainText('Dòng 8 trong tệp');
  await expect(tableRow('import-duplicates', 15)).toContainText('Số CCCD 001080012345');
  await expect(tableRow('import-duplicates', 15)).toContainText('Bỏ qua (chỉ nhập dòng 8)');
  await expect(tableRow('import-duplicates', 16)).toContainText('Đoàn viên Đặng Thu Hà trong sổ');
  await expect(tableRow('import-duplicates', 16)).toContainText('Cập nhật vào sổ');
  await expect(tableRow('import-duplicates', 17)).toContainText('Đoàn viên Bùi Minh Đức trong sổ');
  await expect(tableRow('import-duplicates', 17)).toContainText('Họ tên và ngày sinh');
  await expect(tableRow('import-duplicates', 18)).toContainText('Trong sổ đã giống hệt');
  // A namesake born the same day under another CCCD: shown with the register's number, added by default.
  await expect(tableRow('import-duplicates', 9)).toContainText('Đoàn viên Trần Thị Bích Ngọc trong sổ');
  await expect(tableRow('import-duplicates', 9)).toContainText('nhưng trong sổ ghi CCCD 001085009999');
  await expect(tableRow('import-duplicates', 9)).toContainText('Thêm mới');

  // The cleaned rows: proper case, NFC, CCCD with its leading zeros, the salary as a number.
  await expect(tableRow('import-preview', 9)).toContainText('Trần Thị Bích Ngọc');
  await expect(tableRow('import-preview', 9)).toContainText('001085001234');
  await expect(tableRow('import-preview', 9)).toContainText('5.850.000');
  await expect(tableRow('import-preview', 10)).toContainText('Lê Văn Cường');
  // "TỔ VĂN PHÒNG" is the register's Tổ Văn phòng; Tổ Thể dục is new and marked so.
  await expect(tableRow('import-preview', 10)).toContainText('Tổ Văn phòng');
  await expect(tableRow('import-preview', 19)).toContainText('Tổ mớiTổ Thể dục');
  await expect(tableRow('import-preview', 10)).not.toContainText('Tổ mới');
  // A birth date that cannot be read shows as the file has it.
  await expect(tableRow('import-preview', 13)).toContainText('Có lỗi');
  await expect(tableRow('import-preview', 13)).toContainText('31/02/1982');
  // At 1366 px the preview is wider than its card: it says so, and the name stays in view.
  const scrollHint = page.locator('.scd-import-scroll-hint');
  await expect(scrollHint).toContainText('Bảng có 16 cột, rộng hơn khung xem');
  // The right edge is shaded while there is more to the right.
  const rightShade = () =>
    page
      .locator('.scd-import-preview .ant-table-container')
      .evaluate((el) => getComputedStyle(el, '::after').boxShadow);
  await expect.poll(rightShade).toContain('rgba(16, 24, 40, 0.28)');
  const previewRow = tableRow('import-preview', 9);
  await previewRow.scrollIntoViewIfNeeded();
  await page.locator('.scd-import-preview .ant-table-content').evaluate((el) => el.scrollTo(10_000, 0));
  await expect(previewRow.locator('td').nth(2)).toHaveText('Trần Thị Bích Ngọc');
  await expect(previewRow.locator('td').nth(2)).toBeInViewport({ ratio: 1 });
  await expect(previewRow.locator('td').nth(3)).not.toBeInViewport();
  await bridge.screenshot('import-preview-scrolled');
  await page.locator('.scd-import-preview .ant-table-content').evaluate((el) => el.scrollTo(0, 0));
  await page.locator('.scd-main').evaluate((el) => el.scrollTo(0, 0));
  await bridge.screenshot('import-report');

  // The chair keeps Đặng Thu Hà's record as it is: row 16 → Bỏ qua.
  await page.getByRole('combobox', { name: 'Cách xử lý dòng 16' }).click();
  await pickOption(page, 'Bỏ qua');
  await expect(count('update')).toHaveText('1');
  await expect(count('skip')).toHaveText('3');
  await expect(tableRow('import-skipped', 16)).toContainText('Bỏ qua theo lựa chọn');
  await expect(tableRow('import-preview', 16)).toContainText('Bỏ qua');
  await fullScreenshot(page, bridge, 'import-report-full');

  // 4. Commit: confirm, then the job runs to the end.
  await page.getByRole('button', { name: 'Nhập 6 đoàn viên vào sổ…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Thêm mới 5 đoàn viên.');
  await expect(dialog).toContainText('Cập nhật 1 đoàn viên đã có trong sổ.');
  await expect(dialog).toContainText('Tạo tổ công đoàn mới: Tổ Thể dục.');
  await expect(dialog).toContainText('Không nhập: 4 dòng có lỗi, 3 dòng bỏ qua.');
  // The dialog puts the focus on its "Nhập" button once it is ready: Enter confirms.
  await expect(dialog.getByRole('button', { name: 'Nhập', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Đã nhập xong danh sách đoàn viên');
  await expect(page.getByTestId('result-created').locator('.scd-import-count-value')).toHaveText('5');
  await expect(page.getByTestId('result-updated').locator('.scd-import-count-value')).toHaveText('1');
  await expect(page.getByTestId('result-skipped').locator('.scd-import-count-value')).toHaveText('7');
  await expect(page.getByRole('button', { name: 'Mở sổ đoàn viên' })).toBeFocused();
  await bridge.screenshot('import-done');

  // The file: exactly the five new members, cleaned; nothing from the rows with errors.
  expect(await countRows(bridge, 'members')).toBe(before.members + MESSY_EXPECT.created);
  expect(await countRows(bridge, 'union_groups')).toBe(before.groups + 1);
  const stored = await bridge.workspace.db
    .selectFrom('members')
    .select(['id', 'full_name', 'cccd'])
    .orderBy('id')
    .execute();
  const known = new Set(registerIds.values());
  const added = stored.filter((m) => !known.has(m.id));
  expect(added.map((m) => m.full_name).sort()).toEqual(
    Object.values(MESSY_EXPECT.cleaned)
      .map((c) => c.fullName)
      .sort(),
  );
  for (const m of stored) expect(m.full_name, 'names are stored in NFC').toBe(m.full_name.normalize('NFC'));
  for (const [row, expected] of Object.entries(MESSY_EXPECT.cleaned)) {
    const member = added.find((m) => m.full_name === expected.fullName)!;
    const detail = await bridge.api.members.get({ id: member.id });
    expect(detail.fields, `row ${row}`).toMatchObject(expected);
  }
  const ngoc = added.find((m) => m.full_name === 'Trần Thị Bích Ngọc')!;
  expect(ngoc.cccd).toBe('001085001234');
  expect((await bridge.api.members.get({ id: ngoc.id })).fields.insuranceSalary).toBe(5_850_000);
  for (const bad of ['Hoàng Văn Dũng', 'Vũ Thị Lan', 'Đỗ Thị Hằng', 'Phan Văn Tú']) {
    expect(stored.map((m) => m.full_name)).not.toContain(bad);
  }
  const members = await bridge.api.members.list({});
  expect(members.find((m) => m.fullName === 'Trịnh Quốc Bảo')?.groupName).toBe('Tổ Thể dục');
  expect(members.filter((m) => m.fullName === 'Nguyễn Văn An')).toHaveLength(1);
  // Row 16 skipped by the chair: Hà keeps her phone; row 17 updated Đức's salary.
  expect((await bridge.api.members.get({ id: registerIds.get('Đặng Thu Hà')! })).fields.phone).toBe('0987654321');
  const duc = await bridge.api.members.get({ id: registerIds.get('Bùi Minh Đức')! });
  expect(duc.fields.insuranceSalary).toBe(6_500_000);

  await page.getByRole('button', { name: 'Mở sổ đoàn viên' }).click();
  await expect(page).toHaveURL(/#\/members$/);
});

test('a 10,000-row list can be cancelled while it imports, leaving the register as it was', async ({
  page,
  bridge,
}) => {
  test.setTimeout(120_000);
  await bridge.api.workspace.createDemo();
  const file = bridge.tempFile('Danh sach 10000.xlsx');
  await writeCleanMembersXlsx(file, cleanMemberRows(10_000));
  const before = {
    members: await countRows(bridge, 'members'),
    groups: await countRows(bridge, 'union_groups'),
    audit: await countRows(bridge, 'audit_log'),
  };
  expect(before.members).toBeGreaterThan(100);
  await openImport(page, bridge);

  bridge.host.nextImport = file;
  await page.getByRole('button', { name: 'Chọn tệp danh sách…' }).click();
  await expect(page.getByLabel('Dòng tiêu đề')).toHaveValue('1', { timeout: 30_000 });
  await expect(page.getByTestId('live-rows')).toContainText('10.000', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' }).click();

  await expect(page.getByTestId('count-rows').locator('.scd-import-count-value')).toHaveText('10.000');
  await expect(page.getByTestId('import-preview')).toContainText('Hiển thị 200 dòng đầu trong 10.000 dòng.');
  // The preview is virtualised: only the rows in view are in the page.
  const previewRows = page.getByTestId('import-preview').locator('.ant-table-tbody-virtual .ant-table-row');
  await expect(previewRows.first()).toBeVisible();
  expect(await previewRows.count()).toBeLessThan(60);
  await page.getByTestId('import-preview').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await bridge.screenshot('import-report-10000');

  // The import itself now takes about a second, less than a click needs to land. So that "Hủy"
  // surely arrives while the members are being written, each insert is made slow (a counting
  // loop in a temporary trigger: it lives only on this test's connection, never in the file).
  await sql`create temp trigger slow_member_insert before insert on members
    begin select count(*) from (with recursive n(i) as (select 1 union all select i + 1 from n where i < 10000) select i from n); end`.execute(
    bridge.workspace.db,
  );

  const importButton = page.getByRole('button', { name: /Nhập [\d.]+ đoàn viên vào sổ…$/ });
  await importButton.click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Thêm mới');
  await expect(confirm.getByRole('button', { name: 'Nhập', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  // The progress moves; Hủy stops it.
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('import-progress-count')).toHaveText(/^Đã ghi [1-9][\d.]* \/ [\d.]+ đoàn viên$/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('import-phase')).toHaveText('Đang ghi đoàn viên');
  // The chair looks at another page meanwhile; back on the import page, the running import is there.
  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn viên' }).click();
  await expect(page.getByRole('heading', { name: 'Đoàn viên', exact: true, level: 3 })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '#/members/import'));
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('Tệp “Danh sach 10000.xlsx”');
  await bridge.screenshot('import-progress');
  await progress.getByRole('button', { name: 'Hủy' }).click();

  const result = page.getByTestId('import-result');
  await expect(result).toContainText('Đã hủy; không có dữ liệu nào bị thay đổi');
  // The page kept its place while the chair was away: the way on is back to the same report.
  await expect(page.getByRole('button', { name: 'Quay lại kết quả kiểm tra' })).toBeFocused();
  await bridge.screenshot('import-cancelled');
  // The file is untouched.
  expect({
    members: await countRows(bridge, 'members'),
    groups: await countRows(bridge, 'union_groups'),
    audit: await countRows(bridge, 'audit_log'),
  }).toEqual(before);

  await page.getByRole('button', { name: 'Quay lại kết quả kiểm tra' }).click();
  await expect(page.getByTestId('count-rows').locator('.scd-import-count-value')).toHaveText('10.000');

  // Imported again, slowed less: it ends while the chair is on the register, which then shows
  // the new members at once (the window follows the job, not only the import page).
  await sql`drop trigger temp.slow_member_insert`.execute(bridge.workspace.db);
  await sql`create temp trigger slow_member_insert before insert on members
    begin select count(*) from (with recursive n(i) as (select 1 union all select i + 1 from n where i < 400) select i from n); end`.execute(
    bridge.workspace.db,
  );
  const shownBefore = (await bridge.api.members.list({})).length;
  await importButton.click();
  await page.keyboard.press('Enter');
  await expect(progress).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Đoàn viên' }).click();
  const registerCount = page.getByTestId('members-count');
  await expect(registerCount).toHaveText(`Hiển thị ${shownBefore}/${shownBefore} đoàn viên`);
  await expect(registerCount).toHaveText(/^Hiển thị 10\.\d{3}\/10\.\d{3} đoàn viên$/, { timeout: 60_000 });
  const shownAfter = formatNumber((await bridge.api.members.list({})).length);
  await expect(registerCount).toHaveText(`Hiển thị ${shownAfter}/${shownAfter} đoàn viên`);
  await page.evaluate(() => (window.location.hash = '#/members/import'));
  await expect(result).toContainText('Đã nhập xong danh sách đoàn viên');

  // Opening another data file forgets the kept import: it belonged to the file that was open.
  const otherFile = bridge.tempFile('truong-khac.sqlite');
  const other = new Workspace();
  await other.open(otherFile);
  await createDemoBranch(other.db, { actor: 'e2e', now: () => new Date() }, { memberCount: 5 });
  await other.close();
  bridge.host.nextOpen = otherFile;
  await page.getByRole('button', { name: 'Tệp', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Mở tệp dữ liệu khác…' }).click();
  await expect(page.getByTestId('header-file')).toContainText('truong-khac.sqlite');
  await page.evaluate(() => (window.location.hash = '#/members/import'));
  await expect(page.getByRole('button', { name: 'Chọn tệp danh sách…' })).toBeVisible();
});

test('a changed choice is checked before the commit: an update that cannot be made shows as an error', async ({
  page,
  bridge,
}) => {
  // The register's Ngọc left for another branch in 2015 and has a mistyped CCCD; the file has
  // her with the right number and a joining date after she left.
  await bridge.api.settings.save(BRANCH);
  const { id: groupId } = await bridge.api.groups.create({ name: 'Tổ Văn phòng' });
  const { id } = await bridge.api.members.create({
    fields: { ...MESSY_REGISTER.members.find((m) => m.fullName === 'Trần Thị Bích Ngọc')!, groupId },
  });
  await bridge.api.members.recordMovement({ memberId: id, kind: 'transferred_out', onDate: '2015-01-01' });
  const file = bridge.tempFile('Ngoc.xlsx');
  await writeCleanMembersXlsx(file, [
    {
      fullName: 'Trần Thị Bích Ngọc',
      dateOfBirth: '1985-01-01',
      gender: 'female',
      cccd: '001185001234',
      phone: '0903456789',
      groupName: 'Tổ Văn phòng',
      joinedOn: '2016-09-01',
      cardNumber: null,
      partyMember: false,
      insuranceSalary: 5_850_000,
    },
  ]);
  await openImport(page, bridge);
  bridge.host.nextImport = file;
  await page.getByRole('button', { name: 'Chọn tệp danh sách…' }).click();
  await page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' }).click();

  const count = (name: string) => page.getByTestId(`count-${name}`).locator('.scd-import-count-value');
  await expect(count('create')).toHaveText('1');
  await expect(count('errors')).toHaveText('0');
  const choice = page.getByRole('combobox', { name: 'Cách xử lý dòng 2' });
  await choice.click();
  await pickOption(page, 'Cập nhật vào sổ');
  // Main checks the row again as an update: her joining date may not pass her chuyển đi.
  await expect(count('errors')).toHaveText('1');
  await expect(count('update')).toHaveText('0');
  await expect(page.getByTestId('import-errors')).toContainText(
    'Ngày vào công đoàn không được sau ngày chuyển đi (01/01/2015).',
  );
  await expect(page.getByRole('button', { name: 'Không có dòng nào để nhập' })).toBeDisabled();
  // The choice stays on screen, with the error mark, and can be taken back.
  await expect(choice).toBeVisible();
  await expect(page.getByTestId('import-duplicates')).toContainText('Có lỗi');
  await bridge.screenshot('import-choice-error');
  await choice.click();
  await pickOption(page, 'Thêm mới');
  await expect(count('errors')).toHaveText('0');
  await expect(count('create')).toHaveText('1');

  // A choice the report stops offering is dropped: without "Ngày sinh" the row matches nobody,
  // so with the column back the row is again added by default, not updated.
  await choice.click();
  await pickOption(page, 'Cập nhật vào sổ');
  await expect(count('errors')).toHaveText('1');
  await page.getByRole('button', { name: 'Quay lại ghép cột' }).click();
  const birthColumn = page.getByRole('combobox', { name: 'Ghép cột C (Ngày sinh) với' });
  await birthColumn.click();
  await pickOption(page, 'Bỏ qua cột này');
  await expect(page.getByTestId('live-valid')).toContainText('0');
  await birthColumn.focus();
  await page.keyboard.type('ngay sinh');
  await page.keyboard.press('Enter');
  await expect(birthColumn.locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('Ngày sinh');
  await expect(page.getByTestId('live-valid')).toContainText('1');
  await page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' }).click();
  await expect(count('errors')).toHaveText('0');
  await expect(count('create')).toHaveText('1');
  await expect(page.getByTestId('import-duplicates')).toContainText('Thêm mới');
  await expect(page.getByTestId('import-duplicates')).not.toContainText('Có lỗi');
  await page.getByRole('button', { name: 'Nhập 1 đoàn viên vào sổ…' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result-created').locator('.scd-import-count-value')).toHaveText('1');
  // A new member beside the register's Ngọc, who keeps her record and her chuyển đi.
  const ngocs = (await bridge.api.members.list({ status: 'all' })).filter((m) => m.fullName === 'Trần Thị Bích Ngọc');
  expect(ngocs.map((m) => [m.status, m.joinedOn])).toEqual([
    ['transferred_out', '2009-09-01'],
    ['active', '2016-09-01'],
  ]);
});

test('a "Ngày chuyển đến" for a member already in the register is not recorded, and the report says so', async ({
  page,
  bridge,
}) => {
  await bridge.api.settings.save(BRANCH);
  const { id: groupId } = await bridge.api.groups.create({ name: 'Tổ Văn phòng' });
  const ngoc = MESSY_REGISTER.members.find((m) => m.fullName === 'Trần Thị Bích Ngọc')!;
  const { id } = await bridge.api.members.create({ fields: { ...ngoc, groupId } });
  const file = bridge.tempFile('Chuyen den.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow([
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Số CCCD',
    'Điện thoại',
    'Ngày vào công đoàn',
    'Ngày chuyển đến',
  ]);
  sheet.addRow([ngoc.fullName, '01/01/1985', 'Nữ', ngoc.cccd, '0903456789', '01/09/2009', '01/09/2016']);
  await workbook.xlsx.writeFile(file);

  await openImport(page, bridge);
  bridge.host.nextImport = file;
  await page.getByRole('button', { name: 'Chọn tệp danh sách…' }).click();
  await page.getByRole('button', { name: 'Tiếp tục: kiểm tra dữ liệu' }).click();
  const notes = page.getByTestId('import-notes');
  await expect(notes).toContainText('Ghi chú — các dòng này vẫn được nhập');
  await expect(notes).toContainText(
    'Ngày chuyển đến 01/09/2016 không được ghi: Trần Thị Bích Ngọc đã có trong sổ, dòng này chỉ cập nhật thông tin.',
  );
  await expect(page.getByTestId('count-update').locator('.scd-import-count-value')).toHaveText('1');
  // Seven columns fit the preview's card: nothing is said about scrolling sideways.
  await expect(page.getByTestId('import-preview')).toContainText('01/09/2016');
  await expect(page.locator('.scd-import-scroll-hint')).toHaveCount(0);
  await notes.scrollIntoViewIfNeeded();
  await bridge.screenshot('import-notes');
  await page.getByRole('button', { name: 'Nhập 1 đoàn viên vào sổ…' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('result-updated').locator('.scd-import-count-value')).toHaveText('1');
  const detail = await bridge.api.members.get({ id });
  expect(detail.fields.phone).toBe('0903456789');
  expect(detail.movements.map((m) => [m.kind, m.onDate])).toEqual([['admitted', '2009-09-01']]);
});

test('the wizard reads in English too', async ({ page, bridge }) => {
  await seedMessyRegister(bridge);
  const file = bridge.tempFile('members.xlsx');
  await writeMessyMembersXlsx(file);
  await page.addInitScript(() => window.localStorage.setItem('scd.language', 'en'));
  await bridge.open();
  await expect(page.getByTestId('header-branch')).not.toBeEmpty();
  await page.evaluate(() => (window.location.hash = '#/members/import'));
  await expect(page.getByRole('heading', { name: 'Import the member list from Excel', level: 3 })).toBeVisible();

  bridge.host.nextImport = file;
  await page.getByRole('button', { name: 'Choose the list file…' }).click();
  await expect(page.getByLabel('Header row')).toHaveValue(String(MESSY_EXPECT.headerRow));
  await expect(page.getByRole('columnheader', { name: 'Maps to' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Map column K (Đơn vị công tác) to' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue: check the data' }).click();

  await expect(page.getByTestId('count-errors')).toContainText('With errors');
  await expect(page.getByTestId('import-errors-notice')).toContainText('Rows with errors (4) will not be imported.');
  await expect(page.getByTestId('import-errors')).toContainText('Error and how to fix it');
  // What main says about a row comes in the window's language as well.
  await expect(page.getByTestId('import-errors')).toContainText('Date of birth “31/02/1982” is not a real date.');
  await expect(page.getByTestId('import-duplicates')).toContainText('Member Đặng Thu Hà in the register');
  await expect(page.getByRole('button', { name: 'Import 7 members into the register…' })).toBeEnabled();
  await page.locator('.scd-main').evaluate((el) => el.scrollTo(0, 0));
  await bridge.screenshot('import-report-en');
});
