/**
 * Plausibility checks that zod's per-field shapes cannot express: dates against each other
 * and against today. Shared by the form, the import and the CLI so they all say the same.
 * Age thresholds are rules the chair can change by date (main/rules), each taken as it stood
 * on the day it is about.
 */
import type { FieldIssue } from '../ipc/errors';
import type { RuleBook } from '../rules/service';
import { ageOn } from '../vi/dates';
import type { MemberFields } from './contract';

/** A typo guard for years of birth, not a rule. */
const OLDEST_BIRTH = '1930-01-01';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function memberIssues(f: MemberFields, today: string, rules: RuleBook, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // A member who joined when a lower age was enough stays a member when the rule is raised.
  const minAgeNow = rules.valueOn('member.minJoinAge', f.joinedOn <= today ? f.joinedOn : today);
  const add = (field: keyof MemberFields, message: string) => issues.push({ field: `${prefix}${field}`, message });

  if (f.dateOfBirth > today) add('dateOfBirth', 'Ngày sinh không được sau ngày hôm nay.');
  else if (f.dateOfBirth < OLDEST_BIRTH)
    add('dateOfBirth', `Ngày sinh ${dmy(f.dateOfBirth)} không hợp lý; kiểm tra lại năm sinh.`);
  else if (ageOn(f.dateOfBirth, today) < minAgeNow) add('dateOfBirth', `Đoàn viên phải từ đủ ${minAgeNow} tuổi.`);

  if (f.joinedOn > today) add('joinedOn', 'Ngày vào công đoàn không được sau ngày hôm nay.');
  else if (f.dateOfBirth <= today) {
    const minAge = rules.valueOn('member.minJoinAge', f.joinedOn);
    if (ageOn(f.dateOfBirth, f.joinedOn) < minAge) {
      add('joinedOn', `Ngày vào công đoàn phải sau ngày đủ ${minAge} tuổi (sinh ${dmy(f.dateOfBirth)}).`);
    }
  }

  if (f.cardIssuedOn) {
    if (f.cardIssuedOn > today) add('cardIssuedOn', 'Ngày cấp thẻ không được sau ngày hôm nay.');
    else if (f.cardIssuedOn < f.joinedOn) add('cardIssuedOn', 'Ngày cấp thẻ phải từ ngày vào công đoàn trở đi.');
  }
  if (f.cardIssuedOn && !f.cardNumber) add('cardNumber', 'Có ngày cấp thẻ thì cần nhập số thẻ đoàn viên.');

  if (f.partyJoinedOn) {
    if (!f.partyMember) add('partyJoinedOn', 'Chỉ nhập ngày vào Đảng khi đoàn viên là đảng viên.');
    else if (f.partyJoinedOn > today) add('partyJoinedOn', 'Ngày vào Đảng không được sau ngày hôm nay.');
    else {
      const minAge = rules.valueOn('member.minPartyAge', f.partyJoinedOn);
      if (ageOn(f.dateOfBirth, f.partyJoinedOn) < minAge) {
        add('partyJoinedOn', `Ngày vào Đảng phải sau ngày đủ ${minAge} tuổi.`);
      }
    }
  }
  return issues;
}

/** For chuyển đến: the day the member came into this branch, against their joining date and today. */
export function enteredOnProblem(joinedOn: string, enteredOn: string, today: string): string | null {
  if (enteredOn < joinedOn) {
    return `Ngày chuyển đến (${dmy(enteredOn)}) không được trước ngày vào công đoàn (${dmy(joinedOn)}).`;
  }
  if (enteredOn > today) return 'Ngày chuyển đến không được sau ngày hôm nay.';
  return null;
}
