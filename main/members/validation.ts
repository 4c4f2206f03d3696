/**
 * Plausibility checks that zod's per-field shapes cannot express: dates against each other
 * and against today. Shared by the form, the import and the CLI so they all say the same.
 */
import type { FieldIssue } from '../ipc/errors';
import { ageOn } from '../vi/dates';
import type { MemberFields } from './contract';

const MIN_JOIN_AGE = 15; // Điều lệ Công đoàn: đoàn viên from 15 years of age
const MIN_PARTY_AGE = 18;
const OLDEST_BIRTH = '1930-01-01';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function memberIssues(f: MemberFields, today: string, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: keyof MemberFields, message: string) => issues.push({ field: `${prefix}${field}`, message });

  if (f.dateOfBirth > today) add('dateOfBirth', 'Ngày sinh không được sau ngày hôm nay.');
  else if (f.dateOfBirth < OLDEST_BIRTH)
    add('dateOfBirth', `Ngày sinh ${dmy(f.dateOfBirth)} không hợp lý; kiểm tra lại năm sinh.`);
  else if (ageOn(f.dateOfBirth, today) < MIN_JOIN_AGE) add('dateOfBirth', `Đoàn viên phải từ đủ ${MIN_JOIN_AGE} tuổi.`);

  if (f.joinedOn > today) add('joinedOn', 'Ngày vào công đoàn không được sau ngày hôm nay.');
  else if (f.dateOfBirth <= today && ageOn(f.dateOfBirth, f.joinedOn) < MIN_JOIN_AGE) {
    add('joinedOn', `Ngày vào công đoàn phải sau ngày đủ ${MIN_JOIN_AGE} tuổi (sinh ${dmy(f.dateOfBirth)}).`);
  }

  if (f.cardIssuedOn) {
    if (f.cardIssuedOn > today) add('cardIssuedOn', 'Ngày cấp thẻ không được sau ngày hôm nay.');
    else if (f.cardIssuedOn < f.joinedOn) add('cardIssuedOn', 'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.');
  }
  if (f.cardIssuedOn && !f.cardNumber) add('cardNumber', 'Có ngày cấp thẻ thì cần nhập số thẻ đoàn viên.');

  if (f.partyJoinedOn) {
    if (!f.partyMember) add('partyJoinedOn', 'Chỉ nhập ngày vào Đảng khi đoàn viên là đảng viên.');
    else if (f.partyJoinedOn > today) add('partyJoinedOn', 'Ngày vào Đảng không được sau ngày hôm nay.');
    else if (ageOn(f.dateOfBirth, f.partyJoinedOn) < MIN_PARTY_AGE) {
      add('partyJoinedOn', `Ngày vào Đảng phải sau ngày đủ ${MIN_PARTY_AGE} tuổi.`);
    }
  }
  return issues;
}
