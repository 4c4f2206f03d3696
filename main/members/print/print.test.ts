import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../i18n/messages';
import { testRouter } from '../../ipc/testing';
import { pageCount, pageText, poppler } from '../../pdf/testing/poppler';
import { buildDocDefinition } from '../../pdf/frame';
import { renderPdf } from '../../pdf/render';
import type { MemberDetail, Movement } from '../contract';
import { fileSlug } from '../export/service';
import { exportMemberListPdf, memberProfileDocument } from './index';
import { groupTitle, romanNumeral } from './labels';
import { memberListTableBody } from './list';
import type { ListedMember } from './data';

/** testActor's clock says 2026-02-05. */
const TODAY = '2026-02-05';
const squash = (s: string) => s.replace(/\s+/g, ' ');

type Router = Awaited<ReturnType<typeof testRouter>>;

let t: Router;
let register: {
  fullName: string;
  cccd: string | null;
  phone: string | null;
  cardNumber: string | null;
  group: string | null;
}[];
let sheetMemberId: number;
let suspendedName: string;

/** Writes the last previewed PDF where poppler can read it. */
function lastPreview(name: string): { file: string; title: string } {
  const preview = t.host.previews.at(-1);
  if (!preview) throw new Error('nothing was previewed');
  const file = path.join(t.tmp.dir, name);
  writeFileSync(file, preview.pdf);
  return { file, title: preview.title };
}

beforeAll(async () => {
  t = await testRouter();
  await t.api.workspace.createDemo();
  const db = t.ctx.workspace.db;

  // A member with a history worth a sheet: two salary changes, a suspension and its end, and a
  // transfer recorded by mistake and undone.
  const [member] = await t.api.members.list({ query: 'hằng' });
  sheetMemberId = member!.id;
  suspendedName = member!.fullName;
  const detail = await t.api.members.get({ id: sheetMemberId });
  for (const [changedOn, salary] of [
    ['2024-07-01', 6_318_000],
    ['2025-07-01', 7_020_000],
  ] as const) {
    await t.api.members.update({ id: sheetMemberId, changedOn, fields: { ...detail.fields, insuranceSalary: salary } });
  }
  await t.api.members.recordMovement({
    memberId: sheetMemberId,
    kind: 'suspended',
    onDate: '2025-03-01',
    endDate: '2025-12-31',
    decisionNumber: '07/QĐ-CĐCS',
    decisionDate: '2025-02-25',
    reason: 'Nghỉ ốm dài ngày',
  });
  await t.api.members.recordMovement({ memberId: sheetMemberId, kind: 'restored', onDate: '2025-09-01' });
  await t.api.members.recordMovement({ memberId: sheetMemberId, kind: 'suspended', onDate: '2026-01-05' });
  const wrong = await t.api.members.recordMovement({
    memberId: sheetMemberId,
    kind: 'transferred_out',
    onDate: '2026-01-20',
    place: 'Trường THPT Chu Văn An',
  });
  await t.api.members.cancelMovement({ movementId: wrong.movements.at(-1)!.id, note: 'Nhập nhầm đoàn viên' });

  const rows = await db
    .selectFrom('members as m')
    .leftJoin('union_groups as g', 'g.id', 'm.group_id')
    .select(['m.full_name', 'm.cccd', 'm.phone', 'm.card_number', 'm.status', 'g.name'])
    .where('m.status', 'in', ['active', 'suspended'])
    .execute();
  register = rows.map((r) => ({
    fullName: r.full_name,
    cccd: r.cccd,
    phone: r.phone,
    cardNumber: r.card_number,
    group: r.name,
  }));
});

afterAll(async () => {
  expect(t.errors).toEqual([]);
  await t.close();
});

describe('Danh sách đoàn viên (whole branch)', () => {
  let file: string;
  let text: string;
  let result: { pages: number; members: number };
  beforeAll(async () => {
    result = await t.api.members.printList({});
    ({ file } = lastPreview('list.pdf'));
    text = pageText(file);
  });

  it('previews an A4 landscape list of every current member, with the page count it returns', () => {
    expect(t.host.previews.at(-1)!.title).toBe('Danh sách đoàn viên công đoàn - Công đoàn Trường THPT Nguyễn Trãi');
    expect(result.members).toBe(register.length);
    expect(result.pages).toBe(pageCount(file));
    expect(result.pages).toBeGreaterThan(1);
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+841\.8\d? x 595\.2\d? pts \(A4\)/);
  });

  it('carries the frame, the title and the branch, and every name with its diacritics', () => {
    for (const expected of [
      'CÔNG ĐOÀN VIÊN CHỨC THÀNH PHỐ HÀ NỘI',
      'CÔNG ĐOÀN TRƯỜNG THPT NGUYỄN TRÃI',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN',
      'Công đoàn Trường THPT Nguyễn Trãi',
      'TM. BAN CHẤP HÀNH',
      'Nguyễn Thị Thu Hà',
    ]) {
      expect(text).toContain(expected);
    }
    for (const m of register) expect(text).toContain(m.fullName);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('groups members under a numbered heading per tổ with its count, numbering rows on', async () => {
    const groups = await t.api.groups.list();
    groups.forEach((g, i) => {
      expect(text).toMatch(new RegExp(`\\n\\s*${romanNumeral(i + 1)}\\s+${g.name} \\(${g.memberCount} đoàn viên\\)`));
    });
    expect(text).toMatch(new RegExp(`\\n\\s*${register.length}\\s+\\S`));
    expect(text).not.toMatch(new RegExp(`\\n\\s*${register.length + 1}\\s+\\p{Lu}`, 'u'));
  });

  it('sums up exactly what the register counts today', async () => {
    const counts = await t.api.members.countsAt({ date: TODAY });
    expect(squash(text)).toContain(
      `Tổng số: ${counts.members} đoàn viên; trong đó nữ: ${counts.female}, đảng viên: ${counts.partyMembers}, ` +
        `dân tộc thiểu số: ${counts.ethnicMinority}.`,
    );
  });

  it('keeps CCCD and phone numbers out (Nghị định 13/2023)', () => {
    for (const m of register) {
      if (m.cccd) expect(text).not.toContain(m.cccd);
      if (m.phone) expect(text).not.toContain(m.phone);
    }
    expect(text).not.toMatch(/\b\d{12}\b/);
    expect(text).not.toContain('CCCD');
  });

  it('repeats both header rows on every page, under the page number', () => {
    for (let page = 2; page <= result.pages; page++) {
      const lines = pageText(file, page)
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines[0]!.trim()).toBe(String(page));
      expect(lines.slice(1, 4).join(' ')).toMatch(/STT\s+Họ và tên\s+Ngày sinh/);
      expect(lines.slice(1, 4).join(' ')).toMatch(/Giới tính/);
      expect(lines.slice(1, 4).join(' ')).toMatch(/Nam\s+Nữ/);
    }
  });

  it('marks a suspended member in the remarks', () => {
    const lines = text.split('\n').filter((l) => l.includes(suspendedName));
    expect(lines.some((l) => /[Tt]ạm dừng sinh hoạt/.test(l))).toBe(true);
  });
});

describe('Danh sách đoàn viên of one tổ', () => {
  it('names the tổ in the title and lists only its members, without tổ headings', async () => {
    const group = (await t.api.groups.list()).find((g) => g.name === 'Tổ Ngữ văn - Lịch sử')!;
    const result = await t.api.members.printList({ groupId: group.id });
    const { file, title } = lastPreview('group.pdf');
    const text = pageText(file);
    expect(title).toBe('Danh sách đoàn viên công đoàn - Tổ Ngữ văn - Lịch sử');
    expect(result.members).toBe(group.memberCount);
    expect(text).toMatch(/DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN\s+Tổ Ngữ văn - Lịch sử/);
    expect(squash(text)).toContain(`Tổng số: ${group.memberCount} đoàn viên; trong đó nữ: ${group.femaleCount},`);
    expect(text).not.toMatch(/\(\d+ đoàn viên\)/);
    const table = text.slice(0, text.indexOf('Tổng số:'));
    const inGroup = register.filter((m) => m.group === group.name);
    for (const m of inGroup) expect(table).toContain(m.fullName);
    const elsewhere = register.filter((m) => m.group !== group.name && !inGroup.some((g) => g.fullName === m.fullName));
    expect(elsewhere.length).toBeGreaterThan(50);
    for (const m of elsewhere) expect(table).not.toContain(m.fullName);
  });

  it('refuses a tổ that does not exist', async () => {
    await expect(t.api.members.printList({ groupId: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('Danh sách đề nghị cấp thẻ đoàn viên', () => {
  let text: string;
  let result: { pages: number; members: number; withoutCccd: number };
  const withoutCard = () => register.filter((m) => !m.cardNumber);
  beforeAll(async () => {
    result = await t.api.members.printCardRequest();
    text = pageText(lastPreview('cards.pdf').file);
  });

  it('is addressed to the higher union', () => {
    expect(text).toContain('DANH SÁCH ĐỀ NGHỊ CẤP THẺ ĐOÀN VIÊN');
    expect(text).toContain('Kính gửi: Công đoàn Viên chức thành phố Hà Nội');
    expect(squash(text)).toContain(`cấp thẻ đoàn viên công đoàn cho ${withoutCard().length} đoàn viên có tên sau`);
    expect(text).toContain('Nơi nhận:');
  });

  it('lists exactly the current members without a card, each with the CCCD cards are issued by', () => {
    expect(withoutCard().length).toBeGreaterThan(0);
    expect(result.members).toBe(withoutCard().length);
    for (const m of withoutCard()) {
      expect(text).toContain(m.fullName);
      expect(text).toContain(m.cccd!);
    }
    for (const m of register.filter((r) => r.cardNumber)) {
      expect(text).not.toContain(m.cccd!);
      expect(text).not.toContain(m.cardNumber!);
    }
    const rows = text.match(/^\s*\d+\s+\S.*\b\d{12}\b/gm) ?? [];
    expect(rows).toHaveLength(withoutCard().length);
  });

  it('counts the listed members who have no CCCD, so the chair is warned before sending', async () => {
    expect(result.withoutCccd).toBe(0);
    const [member] = await t.api.members.list({ query: withoutCard()[0]!.cccd! });
    const { fields } = await t.api.members.get({ id: member!.id });
    await t.api.members.update({ id: member!.id, fields: { ...fields, cccd: null } });
    try {
      expect((await t.api.members.printCardRequest()).withoutCccd).toBe(1);
    } finally {
      await t.api.members.update({ id: member!.id, fields });
    }
  });

  it('is refused when every member already has a card', async () => {
    const other = await testRouter();
    try {
      await other.api.settings.save({
        branchName: 'Công đoàn Sở Tài chính',
        unitName: 'Sở Tài chính',
        higherUnion: 'Công đoàn Viên chức tỉnh Nghệ An',
        chairName: 'Lê Văn Đức',
        placeName: 'Nghệ An',
      });
      await other.api.members.create({
        fields: {
          fullName: 'Lê Văn Đức',
          dateOfBirth: '1980-03-02',
          gender: 'male',
          joinedOn: '2005-01-10',
          cardNumber: '4000123456',
        },
      });
      await expect(other.api.members.printCardRequest()).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('đã có số thẻ'),
      });
      expect(other.host.previews).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});

const movement = (
  id: number,
  kind: Movement['kind'],
  onDate: string,
  decisionNumber: string,
  extra: Partial<Movement> = {},
): Movement => ({
  id,
  kind,
  onDate,
  decisionNumber,
  decisionDate: onDate,
  reason: null,
  place: null,
  endDate: null,
  note: null,
  correctsId: null,
  cancelled: false,
  ...extra,
});

describe('Phiếu đoàn viên', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    await t.api.members.printProfile({ id: sheetMemberId });
    file = lastPreview('profile.pdf').file;
    text = pageText(file);
  });

  it('fits one A4 portrait page', () => {
    expect(pageCount(file)).toBe(1);
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  it("shows the member's fields, salary history and movements in Vietnamese", async () => {
    const detail = await t.api.members.get({ id: sheetMemberId });
    for (const expected of [
      'PHIẾU ĐOÀN VIÊN',
      detail.fields.fullName,
      detail.fields.cccd!,
      detail.fields.phone!,
      groupTitle({ name: detail.groupName!, kind: 'to' }),
      'Tạm dừng sinh hoạt',
      '6.318.000 đ',
      '7.020.000 đ',
      '01/07/2025',
      '07/QĐ-CĐCS',
      '25/02/2025',
      'Khôi phục sinh hoạt',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Kết nạp|Chuyển đến/);
    expect(squash(text)).toContain('Nghỉ ốm dài ngày; đến ngày 31/12/2025');
    // The portrait header wraps the branch name in its narrow column.
    expect(text).toMatch(/CÔNG ĐOÀN TRƯỜNG THPT\s+NGUYỄN TRÃI/);
  });

  it('still fits one page for a long-serving member who moved away and back', async () => {
    const detail = await t.api.members.get({ id: sheetMemberId });
    const long: MemberDetail = {
      ...detail,
      fields: {
        ...detail.fields,
        email: 'bui.thuy.hang.giaovien@thptnguyentrai.edu.vn',
        notes: 'Đã được tặng Giấy khen của Công đoàn Viên chức thành phố năm 2023 và năm 2024.',
      },
      salaries: Array.from({ length: 9 }, (_, i) => ({
        validFrom: `${2008 + 2 * i}-07-01`,
        amount: 2_000_000 + 400_000 * i,
        note: null,
      })),
      movements: [
        movement(1, 'admitted', '2008-03-01', '10/QĐ-CĐCS'),
        movement(2, 'transferred_out', '2012-09-01', '45/QĐ-SGDĐT', {
          reason: 'Chuyển công tác',
          place: 'Trường THPT Chu Văn An',
        }),
        movement(3, 'transferred_in', '2016-09-01', '52/QĐ-SGDĐT', {
          reason: 'Chuyển công tác',
          place: 'Trường THPT Chu Văn An',
        }),
        movement(4, 'suspended', '2021-03-01', '07/QĐ-CĐCS', {
          reason: 'Nghỉ không lương theo nguyện vọng',
          endDate: '2022-03-01',
        }),
      ],
    };
    const settings = (await t.api.settings.get())!;
    const longFile = path.join(t.tmp.dir, 'profile-long.pdf');
    writeFileSync(
      longFile,
      await renderPdf(
        buildDocDefinition(memberProfileDocument(settings, long, { name: 'Tổ Toán - Tin', kind: 'to' }, TODAY)),
      ),
    );
    expect(pageCount(longFile)).toBe(1);
    const longText = pageText(longFile);
    expect(longText).toContain('5.200.000 đ');
    expect(longText).toContain('đến ngày 01/03/2022');
    expect(longText).toContain('bui.thuy.hang.giaovien@thptnguyentrai.edu.vn');
    expect(longText).toContain('Nguyễn Thị Thu Hà');
  });

  it('leaves out a movement that was undone by a correction', () => {
    expect(text).not.toContain('Chuyển đi');
    expect(text).not.toContain('Chu Văn An');
    expect(text).not.toContain('Hủy biến động');
  });
});

describe('a hospital branch with a công đoàn bộ phận and a long-serving member', () => {
  let h: Router;
  let busyId: number;
  let newcomerId: number;
  /** Writes the router's last preview where poppler can read it. */
  const previewed = (name: string): string => {
    const file = path.join(h.tmp.dir, name);
    writeFileSync(file, h.host.previews.at(-1)!.pdf);
    return file;
  };

  beforeAll(async () => {
    h = await testRouter();
    await h.api.settings.save({
      branchName: 'Công đoàn Bệnh viện Đa khoa Đức Giang',
      unitName: 'Bệnh viện Đa khoa Đức Giang',
      higherUnion: 'Công đoàn Ngành Y tế Hà Nội',
      chairName: 'Trần Văn Minh',
      placeName: 'Hà Nội',
    });
    const khoaNoi = await h.api.groups.create({ name: 'Khoa Nội', kind: 'bo_phan' });
    ({ id: busyId } = await h.api.members.create({
      fields: {
        fullName: 'Phạm Thị Hồng Nhung',
        dateOfBirth: '1985-05-20',
        gender: 'female',
        cccd: '001185012345',
        phone: '0912345678',
        jobTitle: 'Điều dưỡng',
        joinedOn: '2010-03-01',
        insuranceSalary: 3_000_000,
        groupId: khoaNoi.id,
      },
      decisionNumber: '05/QĐ-CĐCS',
    }));
    // A salary change every year, and three maternity leaves each with its return.
    for (let year = 2011; year <= 2022; year++) {
      const { fields } = await h.api.members.get({ id: busyId });
      const insuranceSalary = 3_000_000 + (year - 2010) * 350_000;
      await h.api.members.update({ id: busyId, changedOn: `${year}-07-01`, fields: { ...fields, insuranceSalary } });
    }
    for (const year of [2013, 2017, 2023]) {
      await h.api.members.recordMovement({
        memberId: busyId,
        kind: 'suspended',
        onDate: `${year}-03-01`,
        endDate: `${year}-09-01`,
        decisionNumber: `0${year % 10}/QĐ-CĐCS`,
        decisionDate: `${year}-02-25`,
        reason: 'Nghỉ thai sản',
      });
      await h.api.members.recordMovement({ memberId: busyId, kind: 'restored', onDate: `${year}-09-01` });
    }
    ({ id: newcomerId } = await h.api.members.create({
      fields: { fullName: 'Lê Văn Hùng', dateOfBirth: '1992-11-03', gender: 'male', joinedOn: '2024-09-01' },
    }));
  });

  afterAll(async () => {
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it('prints the Phiếu of a member with 13 salaries and 7 movements on one page, signature included', async () => {
    expect(await h.api.members.printProfile({ id: busyId })).toEqual({ pages: 1, members: 1 });
    const file = previewed('busy.pdf');
    expect(pageCount(file)).toBe(1);
    const text = squash(pageText(file));
    // The newest nine salaries under a line counting the four before them.
    expect(text).toContain('… và 4 mức lương trước đó — xem đầy đủ trong sổ');
    expect(text).not.toContain('01/07/2013');
    expect(text).toContain('01/07/2014 4.400.000 đ');
    expect(text).toContain('01/07/2022 7.200.000 đ');
    // Seven movements all fit, each reason on one line.
    expect(text).toMatch(/7 01\/09\/2023 Khôi phục sinh hoạt/);
    expect(text).toContain('Nghỉ thai sản; đến ngày 01/09/2023');
    expect(text).not.toContain('biến động trước đó');
    expect(text).toContain('TM. BAN CHẤP HÀNH CHỦ TỊCH Trần Văn Minh');
  });

  it('counts older movements in one line and numbers the rest as in the full history', async () => {
    const detail = await h.api.members.get({ id: busyId });
    const settings = (await h.api.settings.get())!;
    const moves: Movement[] = detail.movements.concat(
      [2024, 2025].map((year, k) => movement(100 + k, 'suspended', `${year}-01-02`, `2${k}/QĐ-CĐCS`)),
    );
    const file = path.join(h.tmp.dir, 'more-moves.pdf');
    const doc = memberProfileDocument(settings, { ...detail, movements: moves }, null, TODAY);
    writeFileSync(file, await renderPdf(buildDocDefinition(doc)));
    const text = squash(pageText(file));
    expect(text).toContain('… và 3 biến động trước đó — xem đầy đủ trong sổ');
    expect(text).not.toContain('Kết nạp');
    expect(text).not.toContain('01/09/2013');
    expect(text).toMatch(/ 4 01\/03\/2017 Tạm dừng sinh hoạt/);
    expect(text).toMatch(/ 9 02\/01\/2025 Tạm dừng sinh hoạt 21\/QĐ-CĐCS/);
    expect(pageCount(file)).toBe(1);
  });

  it('never leaves the signature alone on a page when a sheet runs over', async () => {
    const detail = await h.api.members.get({ id: busyId });
    const settings = (await h.api.settings.get())!;
    const notes = 'Đã được tặng Giấy khen của Công đoàn Ngành Y tế Hà Nội. '.repeat(12);
    const file = path.join(h.tmp.dir, 'overflow.pdf');
    const doc = memberProfileDocument(settings, { ...detail, fields: { ...detail.fields, notes } }, null, TODAY);
    writeFileSync(file, await renderPdf(buildDocDefinition(doc)));
    expect(pageCount(file)).toBe(2);
    const last = pageText(file, 2);
    expect(last).toContain('IV. QUÁ TRÌNH SINH HOẠT CÔNG ĐOÀN');
    expect(last).toContain('Khôi phục sinh hoạt');
    expect(last).toContain('TM. BAN CHẤP HÀNH');
  });

  it("prints a plain member's Phiếu on one page", async () => {
    expect(await h.api.members.printProfile({ id: newcomerId })).toEqual({ pages: 1, members: 1 });
    const text = squash(pageText(previewed('newcomer.pdf')));
    expect(text).toContain('Lê Văn Hùng');
    expect(text).toContain('TM. BAN CHẤP HÀNH CHỦ TỊCH Trần Văn Minh');
  });

  it('names a công đoàn bộ phận as such on the list and on the Phiếu', async () => {
    await h.api.members.printList({});
    const list = pageText(previewed('hospital-list.pdf'));
    expect(list).toMatch(/\n\s*I\s+Công đoàn bộ phận Khoa Nội \(1 đoàn viên\)/);
    expect(list).not.toContain('Tổ Khoa Nội');

    const group = (await h.api.groups.list()).find((g) => g.name === 'Khoa Nội')!;
    await h.api.members.printList({ groupId: group.id });
    expect(h.host.previews.at(-1)!.title).toBe('Danh sách đoàn viên công đoàn - Công đoàn bộ phận Khoa Nội');

    await h.api.members.printProfile({ id: busyId });
    expect(squash(pageText(previewed('busy-group.pdf')))).toContain('Tổ/Bộ phận: Công đoàn bộ phận Khoa Nội');
  });
});

describe('a Phiếu with very long notes', () => {
  it('keeps its history and signature, the notes cut short with "…"', async () => {
    const { id } = await t.api.members.create({
      fields: {
        fullName: 'Lê Thị Ghi Chú',
        dateOfBirth: '1980-01-01',
        gender: 'female',
        joinedOn: '2005-01-01',
        notes: 'Ghi chú rất dài. '.repeat(58),
      },
    });
    for (let year = 2010; year < 2016; year += 2) {
      const note = `Nghỉ dài ngày theo đơn năm ${year}. `.repeat(10);
      await t.api.members.recordMovement({ memberId: id, kind: 'suspended', onDate: `${year}-03-01`, note });
      await t.api.members.recordMovement({ memberId: id, kind: 'restored', onDate: `${year + 1}-03-01`, note });
    }
    await t.api.members.printProfile({ id });
    const text = squash(pageText(lastPreview('long-notes.pdf').file));
    expect(text).toContain('Khôi phục sinh hoạt');
    expect(text).toContain('TM. BAN CHẤP HÀNH');
    expect(text).toContain('…');
  });
});

describe('members.savePdf', () => {
  it('offers an ASCII file name, writes the PDF where the chair chose, and returns its name', async () => {
    const offered: string[] = [];
    const target = path.join(t.tmp.dir, 'Danh sách tháng 2.pdf');
    t.host.chooseSaveFile = async (defaultName, format) => {
      offered.push(`${defaultName}|${format}`);
      return target;
    };
    const group = (await t.api.groups.list())[2]!;
    expect(await t.api.members.savePdf({ kind: 'list', groupId: group.id })).toEqual({
      saved: true,
      fileName: 'Danh sách tháng 2.pdf',
    });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageText(target)).toContain(group.name);

    await t.api.members.savePdf({ kind: 'list' });
    await t.api.members.savePdf({ kind: 'cardRequest' });
    await t.api.members.savePdf({ kind: 'profile', id: sheetMemberId });
    expect(offered).toEqual([
      `Danh-sach-doan-vien-${fileSlug(group.name)}.pdf|pdf`,
      'Danh-sach-doan-vien.pdf|pdf',
      'De-nghi-cap-the-doan-vien.pdf|pdf',
      `Phieu-doan-vien-${fileSlug(suspendedName)}.pdf|pdf`,
    ]);
    expect(pageText(target)).toContain('PHIẾU ĐOÀN VIÊN');
  });

  it('never saves over the branch file', async () => {
    t.host.chooseSaveFile = async () => t.ctx.workspace.file ?? null;
    await expect(t.api.members.savePdf({ kind: 'cardRequest' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('đó là tệp dữ liệu của công đoàn'),
    });
    expect(await t.api.members.list({})).not.toHaveLength(0);
  });

  it('writes nothing when the chair cancels the dialog', async () => {
    t.host.chooseSaveFile = async () => null;
    const before = t.host.previews.length;
    expect(await t.api.members.savePdf({ kind: 'cardRequest' })).toEqual({ saved: false, fileName: null });
    expect(t.host.previews).toHaveLength(before);
  });

  it('requires the member for a sheet', async () => {
    await expect(t.api.members.savePdf({ kind: 'profile' } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('exportMemberListPdf (CLI)', () => {
  it('finds the tổ by name whatever its case and marks', async () => {
    const pdf = await exportMemberListPdf(t.ctx.workspace.db, { groupName: 'to ngoai ngu', date: TODAY });
    const file = path.join(t.tmp.dir, 'cli.pdf');
    writeFileSync(file, pdf);
    expect(existsSync(file)).toBe(true);
    expect(pageText(file)).toMatch(/DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN\s+Tổ Ngoại ngữ/);
  });

  it('names the tổ it knows when the name is wrong', async () => {
    await expect(exportMemberListPdf(t.ctx.workspace.db, { groupName: 'Tổ Thể dục', date: TODAY })).rejects.toThrow(
      /Không có tổ công đoàn “Tổ Thể dục”.*“Tổ Toán - Tin”/,
    );
  });
});

describe('in an English window', () => {
  beforeEach(() => setMessageLanguage('en'));
  afterEach(() => setMessageLanguage('vi'));

  it('still prints the documents in Vietnamese', async () => {
    const group = (await t.api.groups.list()).find((g) => g.name === 'Tổ Ngoại ngữ')!;
    await t.api.members.printList({ groupId: group.id });
    const { file, title } = lastPreview('english-window.pdf');
    expect(title).toBe('Danh sách đoàn viên công đoàn - Tổ Ngoại ngữ');
    const text = squash(pageText(file));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Hà Nội, ngày 05 tháng 02 năm 2026',
      'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN Tổ Ngoại ngữ',
      `Tổng số: ${group.memberCount} đoàn viên`,
      'TM. BAN CHẤP HÀNH',
    ]) {
      expect(text).toContain(expected);
    }
    await t.api.members.printProfile({ id: sheetMemberId });
    expect(squash(pageText(lastPreview('english-profile.pdf').file))).toContain('PHIẾU ĐOÀN VIÊN');
  });

  it('refuses a tổ that does not exist, in English', async () => {
    const refusals = [
      () => t.api.members.printList({ groupId: 9999 }),
      () => t.api.members.savePdf({ kind: 'list', groupId: 9999 }),
    ];
    for (const refused of refusals) {
      await expect(refused()).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'This union group was not found (it may have been merged into another).',
      });
    }
  });

  it('refuses a card request nobody needs, and a document before the setup, in English', async () => {
    const other = await testRouter();
    try {
      await expect(other.api.members.printList({})).rejects.toMatchObject({
        code: 'NOT_SET_UP',
        message: 'The branch details have not been entered yet. Complete the First-time setup.',
      });
      await other.api.settings.save({
        branchName: 'Công đoàn Sở Tài chính',
        unitName: 'Sở Tài chính',
        higherUnion: 'Công đoàn Viên chức tỉnh Nghệ An',
        chairName: 'Lê Văn Đức',
        placeName: 'Nghệ An',
      });
      const refusals = [
        () => other.api.members.printCardRequest(),
        () => other.api.members.savePdf({ kind: 'cardRequest' }),
      ];
      for (const refused of refusals) {
        await expect(refused()).rejects.toMatchObject({
          code: 'CONFLICT',
          message: 'Every active member already has a card number; there is nobody to request a card for.',
        });
      }
      expect(other.host.previews).toHaveLength(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('table building', () => {
  const member = (id: number, groupId: number | null, groupName: string | null): ListedMember => ({
    id,
    fullName: `Người ${id}`,
    dateOfBirth: '1990-01-02',
    gender: id % 2 ? 'female' : 'male',
    ethnicity: 'Kinh',
    jobTitle: null,
    unionPosition: null,
    groupId,
    group: groupName === null ? null : { name: groupName, kind: 'to' },
    joinedOn: '2015-09-01',
    partyMember: false,
    cardNumber: null,
    suspended: false,
  });

  it('puts members without a tổ last and numbers rows across tổ', () => {
    const body = memberListTableBody([member(1, null, null), member(2, 7, 'Văn phòng'), member(3, 7, 'Văn phòng')]);
    const cellText = (c: unknown) => (typeof c === 'string' ? c : (c as { text?: string }).text);
    const rows = body.slice(2).map((row) => row.slice(0, 2).map(cellText));
    expect(rows).toEqual([
      ['I', 'Tổ Văn phòng (2 đoàn viên)'],
      ['1', 'Người 2'],
      ['2', 'Người 3'],
      ['II', 'Chưa phân tổ (1 đoàn viên)'],
      ['3', 'Người 1'],
    ]);
  });

  it('has no tổ headings for one tổ', () => {
    const body = memberListTableBody([member(1, 7, 'Tổ Văn phòng')], { singleGroup: true });
    expect(body).toHaveLength(3);
  });

  it.each([
    ['Toán - Tin', 'to', 'Tổ Toán - Tin'],
    ['Tổ Văn phòng', 'to', 'Tổ Văn phòng'],
    ['TỔ BẢO VỆ', 'to', 'TỔ BẢO VỆ'],
    ['Tổng hợp', 'to', 'Tổ Tổng hợp'],
    ['Khoa Nội', 'bo_phan', 'Công đoàn bộ phận Khoa Nội'],
    ['Công đoàn bộ phận Khoa Nội', 'bo_phan', 'Công đoàn bộ phận Khoa Nội'],
    ['CĐBP Khoa Ngoại', 'bo_phan', 'CĐBP Khoa Ngoại'],
    ['Tổ Dược', 'bo_phan', 'Tổ Dược'],
  ] as const)('groupTitle(%s, %s) → %s', (name, kind, title) => {
    expect(groupTitle({ name, kind })).toBe(title);
  });

  it('writes roman numerals', () => {
    expect([1, 4, 5, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XL']);
  });
});
