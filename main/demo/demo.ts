/**
 * The demo branch ("Mở dữ liệu mẫu", `so-cong-doan demo`): a secondary school's union with
 * realistic members, generated from a seed so every run gives the same branch. `memberCount`
 * scales it for benchmarks.
 */
import type { Db } from '../db/connection';
import type { Actor, Trx } from '../audit/audit';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { writeSettings } from '../settings/service';
import { insertMemberRecords, type NewMemberRecord } from '../members/records';
import { appendMovement } from '../members/service';
import { insertGroup, writeLeader } from '../members/groups';
import { todayIso } from '../vi/dates';
import { pad, seededRandom } from './random';
import { demoMessages as m } from './messages';
import { ETHNICITIES, FAMILY_NAMES, FEMALE_GIVEN, FEMALE_MIDDLE, MALE_GIVEN, MALE_MIDDLE, RELIGIONS } from './names';

export const DEMO_BRANCH = {
  branchName: 'Công đoàn Trường THPT Nguyễn Trãi',
  unitName: 'Trường Trung học phổ thông Nguyễn Trãi',
  higherUnion: 'Công đoàn Viên chức thành phố Hà Nội',
  chairName: 'Nguyễn Thị Thu Hà',
  placeName: 'Hà Nội',
};

/** Tổ công đoàn with their share of the staff and the job titles found in them. */
const GROUPS: { name: string; weight: number; titles: string[] }[] = [
  { name: 'Tổ Toán - Tin', weight: 24, titles: ['Giáo viên Toán', 'Giáo viên Tin học'] },
  { name: 'Tổ Ngữ văn - Lịch sử', weight: 22, titles: ['Giáo viên Ngữ văn', 'Giáo viên Lịch sử'] },
  { name: 'Tổ Ngoại ngữ', weight: 16, titles: ['Giáo viên Tiếng Anh', 'Giáo viên Tiếng Pháp'] },
  { name: 'Tổ Khoa học tự nhiên', weight: 26, titles: ['Giáo viên Vật lý', 'Giáo viên Hóa học', 'Giáo viên Sinh học'] },
  {
    name: 'Tổ Văn phòng',
    weight: 12,
    titles: ['Kế toán', 'Văn thư', 'Thủ quỹ', 'Nhân viên y tế', 'Nhân viên thiết bị', 'Bảo vệ'],
  },
];
const EDUCATION = ['Đại học', 'Đại học', 'Đại học', 'Thạc sĩ', 'Thạc sĩ', 'Cao đẳng', 'Tiến sĩ'];

/** A card is issued on or after joining (memberIssues); members who joined in 2025 got theirs late that year. */
const notBefore = (iso: string, earliest: string) => (iso < earliest ? earliest : iso);

export interface DemoOptions {
  memberCount?: number;
  seed?: number;
}

export interface DemoResult {
  groups: number;
  members: number;
}

/** Fills an empty branch file; refuses one that already has a branch, to never mix data. */
export async function createDemoBranch(db: Db, who: Actor, options: DemoOptions = {}): Promise<DemoResult> {
  const existing = await db.selectFrom('branch').select('id').executeTakeFirst();
  if (existing) {
    throw new AppError('CONFLICT', say(m.fileHasBranch));
  }
  const random = seededRandom(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = (options.memberCount ?? 120) + LEAVERS.length;
  // The last members leave or are suspended below, so they joined a year before the first of
  // those dates at the latest, whatever the clock says today.
  const firstDeparture = monthStartBefore(todayIso(who.now()), Math.max(...LEAVERS.map((l) => l.monthsAgo)));
  const departing = (i: number) => i >= count - LEAVERS.length - 1;
  const lastJoinYear = (i: number) => (departing(i) ? Math.min(2025, Number(firstDeparture.slice(0, 4)) - 1) : 2025);

  return db.transaction().execute(async (trx) => {
    await writeSettings(trx, who, DEMO_BRANCH, { isDemo: true });
    const groupIds: number[] = [];
    for (const group of GROUPS) groupIds.push(await insertGroup(trx, who, group.name, 'to'));

    const totalWeight = GROUPS.reduce((sum, g) => sum + g.weight, 0);
    const records: NewMemberRecord[] = [];
    for (let i = 0; i < count; i++) {
      // Spread members over the groups by weight, deterministically.
      let slot = ((i * totalWeight) / count) % totalWeight;
      const groupIndex = GROUPS.findIndex((g) => (slot -= g.weight) < 0);
      const group = GROUPS[groupIndex]!;
      const isChair = i === 0;
      const female = isChair || random() < 0.68; // schools employ mostly women
      const fullName = isChair
        ? DEMO_BRANCH.chairName
        : `${pick(FAMILY_NAMES)} ${pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
      const birthYear = 1966 + Math.floor(random() * 36);
      const dateOfBirth = `${birthYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      const joinYear = Math.min(lastJoinYear(i), birthYear + 23 + Math.floor(random() * 8));
      const joinedOn = `${joinYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      // CCCD: 001 (Hà Nội), a digit for sex and century, two of the birth year, six more.
      const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
      const cccd = `001${centuryDigit}${String(birthYear).slice(2)}${pad(i, 6)}`;
      const hasCard = random() < 0.8;
      const partyMember = random() < 0.38;
      // Lương theo hệ số × lương cơ sở 2.340.000 đ, rounded to the thousand as payrolls are.
      const coefficient = 2.34 + Math.floor(random() * 12) * 0.33;
      records.push({
        entry: random() < 0.85 ? 'admitted' : 'transferred_in',
        fields: {
          fullName,
          dateOfBirth,
          gender: female ? 'female' : 'male',
          ethnicity: pick(ETHNICITIES),
          religion: pick(RELIGIONS),
          cccd,
          phone: `0${pick(['9', '8', '3'])}${pad(Math.floor(random() * 1e8), 8)}`,
          email: null,
          education: pick(EDUCATION),
          jobTitle: isChair ? 'Giáo viên Ngữ văn' : pick(group.titles),
          unionPosition: isChair ? 'Chủ tịch' : null,
          groupId: groupIds[groupIndex]!,
          joinedOn,
          memberCode: null,
          cardNumber: hasCard ? `01${pad(i + 10234, 8)}` : null,
          cardIssuedOn: hasCard
            ? notBefore(
                `${Math.min(2025, Math.max(joinYear + 1, 2019))}-${pad(1 + Math.floor(random() * 12))}-15`,
                joinedOn,
              )
            : null,
          cardType: hasCard ? (random() < 0.2 ? 'linked' : 'regular') : null,
          cardStatus: null,
          partyMember,
          partyJoinedOn: partyMember ? `${Math.min(2025, joinYear + 3)}-05-19` : null,
          insuranceSalary: Math.round((coefficient * 2_340_000) / 1000) * 1000,
          notes: null,
        },
      });
    }
    const ids = await insertMemberRecords(trx, who, records);
    await assignLeaders(trx, who, groupIds);
    await recordLeavers(trx, who, ids.slice(-LEAVERS.length));
    await recordSuspension(trx, who, ids.at(-LEAVERS.length - 1)!);
    return { groups: groupIds.length, members: ids.length - LEAVERS.length };
  });
}

/** A few members who left in 2026, so the register shows history and counts differ by date. */
const LEAVERS = [
  { kind: 'left', monthsAgo: 9, reason: 'Nghỉ hưu', decisionNumber: '15/QĐ-THPTNT', place: null },
  {
    kind: 'transferred_out',
    monthsAgo: 4,
    reason: 'Chuyển công tác',
    decisionNumber: '42/QĐ-SGDĐT',
    place: 'Trường THPT Chu Văn An',
  },
  { kind: 'left', monthsAgo: 1, reason: 'Thôi việc', decisionNumber: '51/QĐ-THPTNT', place: null },
] as const;

/** The first day of the month `months` before `today` (ISO). */
function monthStartBefore(today: string, months: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
}

async function recordLeavers(trx: Trx, who: Actor, memberIds: number[]): Promise<void> {
  const today = todayIso(who.now());
  for (const [i, { monthsAgo, ...leaver }] of LEAVERS.entries()) {
    const onDate = monthStartBefore(today, monthsAgo);
    await appendMovement(trx, who, {
      memberId: memberIds[i]!,
      ...leaver,
      onDate,
      decisionDate: onDate,
      endDate: null,
      note: null,
    });
  }
}

/**
 * One member whose tạm dừng sinh hoạt ran out last month with no khôi phục recorded yet, as
 * happens: the dashboard's reminder has something to show.
 */
async function recordSuspension(trx: Trx, who: Actor, memberId: number): Promise<void> {
  const today = todayIso(who.now());
  const onDate = monthStartBefore(today, 5);
  await appendMovement(trx, who, {
    memberId,
    kind: 'suspended',
    onDate,
    decisionNumber: '30/QĐ-THPTNT',
    decisionDate: onDate,
    reason: 'Nghỉ việc không hưởng lương 4 tháng',
    place: null,
    endDate: monthStartBefore(today, 1),
    note: null,
  });
}

/** The first member of each group (in insert order) without a union position becomes its tổ trưởng. */
async function assignLeaders(trx: Trx, who: Actor, groupIds: number[]): Promise<void> {
  for (const groupId of groupIds) {
    const leader = await trx
      .selectFrom('members')
      .select('id')
      .where('group_id', '=', groupId)
      .where('union_position', 'is', null)
      .orderBy('id')
      .executeTakeFirst();
    if (leader) await writeLeader(trx, who, groupId, leader.id);
  }
}
