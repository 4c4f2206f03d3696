import type { InputOf } from '../../../../main/ipc/contract';
import type { MemberDetail, MemberFieldsInput } from '../../../../main/members/contract';
import { searchKey, todayIso } from '../../lib/format';

/** What the form holds: the API's own shape, so server issues "fields.cccd" land on their field. */
export interface MemberFormValues {
  fields: Partial<MemberFieldsInput>;
  entry?: 'admitted' | 'transferred_in';
  decisionNumber?: string | null;
  enteredOn?: string | null;
  changedOn?: string | null;
}

export function newMemberValues(groupId: number | undefined): MemberFormValues {
  return {
    fields: { ethnicity: 'Kinh', religion: 'Không', partyMember: false, groupId: groupId ?? null },
    entry: 'admitted',
  };
}

/** "Ngày thay đổi" starts at today: a new tổ or salary usually applies from the day it is entered. */
export function editMemberValues(member: MemberDetail): MemberFormValues {
  return { fields: { ...member.fields }, changedOn: todayIso() };
}

/**
 * The fields as the API takes them. An empty required date goes as "" rather than null, so the
 * server answers with its own "Nhập ngày sinh (dd/mm/yyyy)" instead of a type error.
 */
export function toFields(values: MemberFormValues): MemberFieldsInput {
  const f = values.fields;
  return {
    ...f,
    fullName: f.fullName ?? '',
    dateOfBirth: f.dateOfBirth ?? '',
    joinedOn: f.joinedOn ?? '',
    gender: f.gender as MemberFieldsInput['gender'],
    groupId: f.groupId ?? null,
    cardType: f.cardType ?? null,
    partyMember: Boolean(f.partyMember),
    partyJoinedOn: f.partyMember ? (f.partyJoinedOn ?? null) : null,
    insuranceSalary: f.insuranceSalary ?? null,
  };
}

export function toCreateInput(values: MemberFormValues): InputOf<'members.create'> {
  const entry = values.entry ?? 'admitted';
  return {
    fields: toFields(values),
    entry,
    decisionNumber: values.decisionNumber ?? null,
    enteredOn: entry === 'transferred_in' ? (values.enteredOn ?? null) : null,
  };
}

/** Options matched the way the register's search box matches: marks and đ ignored. */
export function selectFilter(input: string, option?: { label?: unknown; value?: unknown }): boolean {
  const text = typeof option?.label === 'string' ? option.label : String(option?.value ?? '');
  return searchKey(text).includes(searchKey(input));
}

/**
 * For a suggestion box that starts filled ("Kinh", "Không"): while it holds one of its own
 * suggestions, opening it offers them all, not just the one already chosen; typing filters.
 */
export function suggestionFilter(options: readonly { value: string }[]) {
  return (input: string, option?: { label?: unknown; value?: unknown }): boolean =>
    options.some((o) => o.value === input) || selectFilter(input, option);
}
