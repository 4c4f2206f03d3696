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
import { say } from '../i18n/messages';
import { memberMessages as m } from './messages';

/** A typo guard for years of birth, not a rule. */
const OLDEST_BIRTH = '1930-01-01';

const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function memberIssues(f: MemberFields, today: string, rules: RuleBook, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // A member who joined when a lower age was enough stays a member when the rule is raised.
  const minAgeNow = rules.valueOn('member.minJoinAge', f.joinedOn <= today ? f.joinedOn : today);
  const add = (field: keyof MemberFields, message: string) => issues.push({ field: `${prefix}${field}`, message });

  if (f.dateOfBirth > today) add('dateOfBirth', say(m.bornAfterToday));
  else if (f.dateOfBirth < OLDEST_BIRTH) add('dateOfBirth', say(m.bornTooEarly, { date: dmy(f.dateOfBirth) }));
  else if (ageOn(f.dateOfBirth, today) < minAgeNow) add('dateOfBirth', say(m.tooYoung, { age: minAgeNow }));

  if (f.joinedOn > today) add('joinedOn', say(m.joinedAfterToday));
  else if (f.dateOfBirth <= today) {
    const minAge = rules.valueOn('member.minJoinAge', f.joinedOn);
    if (ageOn(f.dateOfBirth, f.joinedOn) < minAge) {
      add('joinedOn', say(m.joinedTooYoung, { age: minAge, born: dmy(f.dateOfBirth) }));
    }
  }

  if (f.cardIssuedOn) {
    if (f.cardIssuedOn > today) add('cardIssuedOn', say(m.cardIssuedAfterToday));
    else if (f.cardIssuedOn < f.joinedOn) add('cardIssuedOn', say(m.cardIssuedBeforeJoining));
  }
  if (f.cardIssuedOn && !f.cardNumber) add('cardNumber', say(m.cardNumberMissing));

  if (f.partyJoinedOn) {
    if (!f.partyMember) add('partyJoinedOn', say(m.partyDateWithoutParty));
    else if (f.partyJoinedOn > today) add('partyJoinedOn', say(m.partyAfterToday));
    else {
      const minAge = rules.valueOn('member.minPartyAge', f.partyJoinedOn);
      if (ageOn(f.dateOfBirth, f.partyJoinedOn) < minAge) {
        add('partyJoinedOn', say(m.partyTooYoung, { age: minAge }));
      }
    }
  }
  return issues;
}

/** For chuyển đến: the day the member came into this branch, against their joining date and today. */
export function enteredOnProblem(joinedOn: string, enteredOn: string, today: string): string | null {
  if (enteredOn < joinedOn) {
    return say(m.enteredBeforeJoining, { enteredOn: dmy(enteredOn), joinedOn: dmy(joinedOn) });
  }
  if (enteredOn > today) return say(m.enteredAfterToday);
  return null;
}
