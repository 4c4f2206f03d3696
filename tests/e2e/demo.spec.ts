import { formatPlaceDateLine, todayIso } from '../../main/vi/dates';
import { searchKey } from '../../main/vi/text';
import { expect, pdfText, test } from './bridge';

const DEMO_GROUPS = ['Tổ Toán - Tin', 'Tổ Ngữ văn - Lịch sử', 'Tổ Ngoại ngữ', 'Tổ Khoa học tự nhiên', 'Tổ Văn phòng'];

test('sample data: dashboard, member search, settings saved to the file, sample document', async ({ page, bridge }) => {
  await bridge.open();
  await expect(page.getByRole('heading', { name: 'Chào mừng đến với Sổ Công đoàn' })).toBeVisible();
  await expect(page.getByText('Thiết lập ban đầu')).toBeVisible();
  await bridge.screenshot('wizard');

  await page.getByRole('button', { name: /Mở dữ liệu mẫu/ }).click();

  // Dashboard: the figures are the file's own, and the five tổ of the sample school.
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 3 })).toBeVisible();
  const counts = await bridge.api.members.countsAt({ date: todayIso() });
  expect(counts.members).toBeGreaterThanOrEqual(110);
  expect(counts.members).toBeLessThanOrEqual(130);
  const statValue = (id: string) => page.getByTestId(id).locator('.scd-stat-value');
  await expect(statValue('stat-members')).toHaveText(String(counts.members));
  await expect(statValue('stat-female')).toHaveText(String(counts.female));
  await expect(statValue('stat-party')).toHaveText(String(counts.partyMembers));
  await expect(statValue('stat-groups')).toHaveText('5');
  const groupRows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(groupRows).toHaveCount(5);
  for (const name of DEMO_GROUPS) await expect(groupRows.filter({ hasText: name })).toHaveCount(1);
  await expect(page.getByText('Bạn đang xem dữ liệu mẫu')).toBeVisible();
  await expect(page.getByTestId('header-branch')).toHaveText('Công đoàn Trường THPT Nguyễn Trãi');
  // The sample's one suspension ran out last month with no khôi phục: the dashboard says so.
  const [overdue] = await bridge.api.members.overdueSuspensions({ date: todayIso() });
  const reminder = page.getByTestId('overdue-suspensions');
  await expect(reminder).toContainText('Đã hết thời hạn tạm dừng sinh hoạt nhưng chưa ghi khôi phục: 1 đoàn viên');
  await expect(reminder.getByRole('link', { name: overdue!.fullName })).toHaveAttribute(
    'href',
    `#/members/${overdue!.id}`,
  );
  await bridge.screenshot('dashboard');

  // Members: "duc" finds Đức (marks and đ ignored), and nothing without it.
  await page.getByRole('link', { name: 'Đoàn viên' }).click();
  await expect(page.getByRole('heading', { name: 'Đoàn viên', level: 3 })).toBeVisible();
  const count = page.getByTestId('members-count');
  await expect(count).toHaveText(`Hiển thị ${counts.members}/${counts.members} đoàn viên`);
  const names = page.locator('.ant-table-tbody .scd-member-name');
  await expect(names.first()).toBeVisible();
  await expect(page.locator('.ant-table-tbody .ant-table-row').first()).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await bridge.screenshot('members');

  const expected = await bridge.api.members.list({ query: 'duc' });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(counts.members);
  await page.getByRole('textbox', { name: /Tìm theo họ tên/ }).fill('duc');
  await expect(count).toHaveText(`Hiển thị ${expected.length}/${counts.members} đoàn viên`);
  await expect(names).toHaveCount(expected.length);
  const shown = await names.allInnerTexts();
  for (const name of shown) expect(searchKey(name), name).toContain('duc');
  expect(shown.some((name) => name.includes('Đức'))).toBe(true);
  expect(shown).toEqual(expected.map((m) => m.fullName));
  await bridge.screenshot('members-search');

  // Settings: the same form as the wizard; saved values survive a reload and reach the file.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const branchName = page.getByLabel('Tên công đoàn cơ sở');
  const placeName = page.getByLabel('Địa danh');
  await expect(branchName).toHaveValue('Công đoàn Trường THPT Nguyễn Trãi');
  await bridge.screenshot('settings');
  const newName = 'Công đoàn Trường THPT Chu Văn An';
  await branchName.fill(newName);
  await placeName.fill('Đà Nẵng');
  await expect(page.getByTestId('date-line-preview')).toContainText(formatPlaceDateLine('Đà Nẵng', todayIso()));
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thông tin công đoàn.')).toBeVisible();
  await expect(page.getByTestId('header-branch')).toHaveText(newName);

  await page.reload();
  await expect(page.getByLabel('Tên công đoàn cơ sở')).toHaveValue(newName);
  await expect(page.getByLabel('Địa danh')).toHaveValue('Đà Nẵng');
  const row = await bridge.workspace.db.selectFrom('branch').selectAll().executeTakeFirstOrThrow();
  expect(row.branch_name).toBe(newName);
  expect(row.place_name).toBe('Đà Nẵng');

  await page.getByRole('button', { name: 'Xem mẫu văn bản' }).click();
  await expect(page.getByText('Đã mở bản xem trước mẫu văn bản.')).toBeVisible();
  expect(bridge.host.previews).toHaveLength(1);
  const text = pdfText(bridge.host.previews[0]!.pdf);
  expect(text).toContain(newName.toLocaleUpperCase('vi'));
  expect(text).toContain(formatPlaceDateLine('Đà Nẵng', todayIso()));
});
