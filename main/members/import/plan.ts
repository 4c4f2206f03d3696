/**
 * Decides what happens to each row: create, update or skip, with the errors that keep a row
 * out and the duplicates found in the file and against the register. Pure: the same plan is
 * shown in the preview and carried out by the commit.
 */
import { formatDate } from '../../vi/dates';
import { formatNumber } from '../../vi/money';
import { nfc } from '../../vi/text';
import { MemberFields, type MemberFieldsInput } from '../contract';
import { enteredOnProblem, memberIssues } from '../validation';
import { CURRENT_STATUSES, effectiveMovements, joiningMovement, type MovementLike } from '../movements';
import type { CardType, Gender, MemberStatus } from '../../db/schema';
import { say, type Message } from '../../i18n/messages';
import type { RuleBook } from '../../rules/service';
import { groupKey, matchGroup, nameDobKey, type RegisterIndex, type RegisterMember } from './register';
import type { CleanRow, ReadRows, RowIssue, RowValues, SkippedLine } from './rows';
import { importMessages as m } from './messages';
import { answerLabels, cardTypeLabels, genderLabels, statusLabels } from '../messages';

export type ImportAction = 'create' | 'update' | 'skip';
export type RowStatus = 'valid' | 'duplicate' | 'error';

export interface Duplicate {
  row: number;
  /** The earlier row of the file with the same person. */
  sameAsRow: number | null;
  /** The member already in the register. */
  memberId: number | null;
  memberName: string | null;
  cccd: string | null;
  /**
   * nameAndBirthOtherCccd: the register has someone of the same name and birthday under another
   * CCCD. Usually two people, so the row is added by default; but when the register's number was
   * typed wrong, the chair chooses "Cập nhật" and the member gets the file's number.
   */
  by: 'cccd' | 'nameAndBirth' | 'nameAndBirthOtherCccd';
  /** The CCCD the register holds for the member, to compare with the file's. */
  memberCccd: string | null;
  action: ImportAction;
  /** The register already holds exactly what the row says. */
  identical: boolean;
}

export interface PlannedRow {
  row: number;
  status: RowStatus;
  action: ImportAction;
  /** The member written by the commit; null when the row has errors. groupId is resolved then. */
  fields: MemberFields | null;
  /** The tổ named by the row, when it is to be created by the commit. */
  newGroup: string | null;
  /**
   * For a new member who came by chuyển đến: the day they came into this branch, the date of
   * their first movement. Null = kết nạp on the joining date. An update leaves the movement log
   * as it is (movements are recorded on the member's page), so it is null there too.
   */
  enteredOn: string | null;
  /** The register's tổ the row's text matched (its name as the register spells it). */
  matchedGroup: string | null;
  memberId: number | null;
  sameAsRow: number | null;
  errors: RowIssue[];
  /** What was read from the row, for the preview (displayValues). */
  source: CleanRow;
}

export interface ImportPlan {
  rows: PlannedRow[];
  errors: RowIssue[];
  duplicates: Duplicate[];
  /** Non-member lines, and rows left out by a "skip" action. */
  skipped: SkippedLine[];
  /** What a row that is imported does not do although the file asks it (no effect on the row). */
  notes: RowIssue[];
  /** Tổ named in the file that the register does not have; created with the import. */
  newGroups: string[];
  counts: { rows: number; valid: number; errors: number; create: number; update: number; skip: number };
}

export interface PlanOptions {
  today: string;
  /** The age thresholds and other date-dependent rules (loadRuleBook). */
  rules: RuleBook;
  /** The chair's choices by Excel row number; rows not listed get the default action. */
  actions?: Record<number, ImportAction>;
  /** Fields of the register members matched by the rows (loadMemberFields). */
  existing: Map<number, MemberFields>;
  /** The movement logs of the same members (loadMovementLogs). */
  movements: Map<number, MovementLike[]>;
}

const MISSING: Record<'fullName' | 'dateOfBirth' | 'gender' | 'joinedOn', Message> = {
  fullName: m.missingFullName,
  dateOfBirth: m.missingDateOfBirth,
  gender: m.missingGender,
  joinedOn: m.missingJoinedOn,
};

/** A status as the report and the preview name it, in the UI's language. */
const statusName = (status: MemberStatus) => say(statusLabels[status]);

const fieldKeys = Object.keys(MemberFields.shape) as (keyof MemberFields)[];

function sameFields(a: MemberFields, b: MemberFields): boolean {
  return fieldKeys.every((k) => a[k] === b[k]);
}

export function findInRegister(
  values: RowValues,
  register: RegisterIndex,
): { member: RegisterMember; by: Duplicate['by'] } | undefined {
  const cccd = typeof values.cccd === 'string' ? values.cccd : undefined;
  const byCccd = cccd ? register.byCccd.get(cccd) : undefined;
  if (byCccd) return { member: byCccd, by: 'cccd' };
  if (!values.fullName || !values.dateOfBirth || register.byNameDob.size === 0) return undefined;
  const namesakes = register.byNameDob.get(nameDobKey(values.fullName, values.dateOfBirth)) ?? [];
  const namesake = namesakes.find((n) => !n.cccd || !cccd || n.cccd === cccd);
  if (namesake) return { member: namesake, by: 'nameAndBirth' };
  // Two different CCCDs are two people, however alike otherwise, unless the chair says not.
  return namesakes.length > 0 ? { member: namesakes[0]!, by: 'nameAndBirthOtherCccd' } : undefined;
}

/** zod and plausibility issues for the merged record, one per field, after the cell errors. */
function validate(
  row: number,
  input: MemberFieldsInput,
  { today, rules }: Pick<PlanOptions, 'today' | 'rules'>,
  taken: Set<string>,
): { fields: MemberFields | null; errors: RowIssue[] } {
  const errors: RowIssue[] = [];
  const add = (field: string, message: string) => {
    if (taken.has(field)) return;
    taken.add(field);
    errors.push({ row, field, message });
  };
  for (const field of ['fullName', 'dateOfBirth', 'gender', 'joinedOn'] as const) {
    if (input[field] === undefined || input[field] === null || input[field] === '') add(field, say(MISSING[field]));
  }
  if (errors.length > 0) return { fields: null, errors };
  const parsed = MemberFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'fullName');
      const value = (input as Record<string, unknown>)[field];
      const message = issue.message.replace(/\.$/, '');
      const blank = value === undefined || value === null || value === '';
      add(field, blank ? `${message}.` : say(m.cellReads, { message, value: String(value) }));
    }
    return { fields: null, errors };
  }
  for (const issue of memberIssues(parsed.data, today, rules)) add(issue.field, issue.message);
  return { fields: errors.length > 0 ? null : parsed.data, errors };
}

/**
 * Display text by field: cleaned when it could be read (codes said in the UI's language), as
 * written when not. The tổ reads as the register names it when the text matched one.
 */
export function displayValues({ source: { values, shown }, matchedGroup, fields }: PlannedRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(shown)) if (text) out[field] = text;
  for (const [field, value] of Object.entries(values) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (field === 'gender') out.gender = say(genderLabels[value as Gender]);
    else if (field === 'partyMember') out.partyMember = value ? say(answerLabels.yes) : '';
    else if (field === 'cardType') out.cardType = say(cardTypeLabels[value as CardType]);
    else if (field === 'insuranceSalary') out.insuranceSalary = formatNumber(value as number);
    else if (field === 'status') out.status = statusName(value as MemberStatus);
    else if (/On$|^dateOfBirth$/.test(field)) out[field] = formatDate(value as string);
    else out[field] = String(value);
  }
  if (matchedGroup) out.groupName = matchedGroup;
  // The name as it will be written: an update may keep the register's spelling.
  if (fields) out.fullName = fields.fullName;
  // The merged "Nam" / "Nữ" columns show as gender and date of birth.
  delete out.genderMale;
  delete out.genderFemale;
  delete out.familyMiddleName;
  delete out.givenName;
  return out;
}

/**
 * Decides rows one at a time, in file order: a row depends only on the register and the rows
 * before it, so the commit can write decided rows while the next ones are still being decided.
 */
export interface Planner {
  plan(clean: CleanRow): PlannedRow;
  /** The whole plan, once every row has been through `plan`. */
  result(): ImportPlan;
}

const oldIdCardLabel = (number: string) => `CMND cũ: ${number}`;

/** The member's notes with their old CMND added, once: a list re-imported does not repeat it. */
function withOldIdCard(notes: string | null | undefined, number: string): string {
  const label = oldIdCardLabel(number);
  if (!notes) return label;
  return notes.includes(label) ? notes : `${notes}; ${label}`;
}

function oldIdCardNote(number: string, action: ImportAction, existing: MemberFields | undefined): string {
  if (action === 'create') return say(m.oldIdCardToNotes, { number, note: oldIdCardLabel(number) });
  return existing?.cccd ? say(m.oldIdCardHasCccd, { number, cccd: existing.cccd }) : say(m.oldIdCardNoCccd, { number });
}

/**
 * The status a list gives is compared, never written: a status changes only by a dated
 * movement with its decision, which a list does not hold. Said when it differs.
 */
function statusNoteFor(
  listed: MemberStatus,
  action: ImportAction,
  member: RegisterMember | undefined,
  identical: boolean,
): string | null {
  if (action === 'create' && listed === 'suspended') {
    return say(m.statusSuspendedNotWritten, { status: statusName(listed) });
  }
  if (member && (action === 'update' || identical) && member.status !== listed) {
    return say(m.statusDiffers, { listed: statusName(listed), registered: statusName(member.status) });
  }
  return null;
}

export function planImport(read: ReadRows, register: RegisterIndex, options: PlanOptions): ImportPlan {
  const planner = createPlanner(read.skipped, register, options);
  for (const clean of read.rows) planner.plan(clean);
  return planner.result();
}

export function createPlanner(nonMemberLines: SkippedLine[], register: RegisterIndex, options: PlanOptions): Planner {
  const actions = options.actions ?? {};
  const rows: PlannedRow[] = [];
  const duplicates: Duplicate[] = [];
  const skipped: SkippedLine[] = [...nonMemberLines];
  const notes: RowIssue[] = [];
  // Earlier rows without errors, for duplicates inside the file.
  const seenCccd = new Map<string, number>();
  const seenNameDob = new Map<string, { row: number; cccd: string | null }[]>();
  // CCCDs the commit will write, with the member (or new row) that gets them.
  const writtenCccd = new Map<string, { target: string; row: number }>();
  // Register members updated so far, with the row that updates them.
  const updatedBy = new Map<number, number>();
  const newGroups = new Map<string, string>();
  const newGroupNames = new Set<string>();
  const groupMatches = new Map<string, ReturnType<typeof matchGroup>>();
  const findGroup = (name: string) => {
    if (!groupMatches.has(name)) groupMatches.set(name, matchGroup(name, register.groups));
    return groupMatches.get(name);
  };

  return {
    plan(clean: CleanRow): PlannedRow {
      const { row, values } = clean;
      const cccd = typeof values.cccd === 'string' ? values.cccd : null;
      const nameDob = values.fullName && values.dateOfBirth ? nameDobKey(values.fullName, values.dateOfBirth) : null;
      const sameCccdRow = cccd ? seenCccd.get(cccd) : undefined;
      // As in the register: two different CCCDs are two people, however alike otherwise.
      const namesake = nameDob ? seenNameDob.get(nameDob)?.find((e) => !e.cccd || !cccd || e.cccd === cccd) : undefined;
      const sameAsRow = sameCccdRow ?? namesake?.row ?? null;
      const inRegister = findInRegister(values, register);
      const sure = inRegister !== undefined && inRegister.by !== 'nameAndBirthOtherCccd';
      const explicit = actions[row];
      const { groupName, enteredOn, status: listedStatus, ...memberValues } = values;
      // A list may still carry people who have left: they do not enter the register as new members.
      const gone = listedStatus !== undefined && !CURRENT_STATUSES.includes(listedStatus);
      let action: ImportAction = explicit ?? (sameAsRow !== null ? 'skip' : sure ? 'update' : gone ? 'skip' : 'create');

      const errors: RowIssue[] = [...clean.errors];
      const taken = new Set(errors.map((e) => e.field));
      if (action === 'update' && !inRegister) {
        errors.push({ row, field: 'fullName', message: say(m.updateWithoutMember) });
      }
      const existing = inRegister ? options.existing.get(inRegister.member.id) : undefined;
      const group = groupName ? findGroup(groupName) : undefined;
      const base: Partial<MemberFieldsInput> = action === 'update' && existing ? { ...existing } : {};
      const input = { ...base, ...memberValues } as MemberFieldsInput;
      // A name the register has in capitals comes back from its own export proper-cased by the
      // cleaning; the register keeps its spelling. A name re-typed in mixed case is a correction.
      if (
        action === 'update' &&
        existing &&
        clean.nameRecased &&
        input.fullName?.toLowerCase() === existing.fullName.toLowerCase()
      ) {
        input.fullName = existing.fullName;
      }
      // On a new member the number goes into Ghi chú; a register member's Ghi chú keeps it.
      const keptIdCard =
        clean.oldIdCard && (action === 'create' || existing?.notes?.includes(oldIdCardLabel(clean.oldIdCard)));
      if (keptIdCard) input.notes = withOldIdCard(input.notes, clean.oldIdCard!);
      if (groupName) input.groupId = group?.id ?? null;
      // "Not a party member" in the file takes the register's Party date away with the mark.
      if (memberValues.partyMember === false && memberValues.partyJoinedOn === undefined) input.partyJoinedOn = null;
      const checked = validate(row, input, options, taken);
      errors.push(...checked.errors);
      // A corrected joining date may not pass the member's next movement, as on the form.
      const movements = inRegister && options.movements.get(inRegister.member.id);
      const joinedOn = checked.fields?.joinedOn;
      if (action === 'update' && existing && movements && joinedOn && joinedOn !== existing.joinedOn) {
        const { problem } = joiningMovement(movements, existing.joinedOn, joinedOn);
        if (problem) errors.push({ row, field: 'joinedOn', message: problem });
      }
      const entered = action === 'create' && checked.fields && enteredOn ? enteredOn : null;
      const enteredProblem = entered && enteredOnProblem(checked.fields!.joinedOn, entered, options.today);
      if (enteredProblem) errors.push({ row, field: 'enteredOn', message: enteredProblem });
      // A member who left a tổ later merged away is still on record in it: naming it is no change.
      if (group?.archived && !(existing && existing.groupId === group.id)) {
        errors.push({
          row,
          field: 'groupName',
          message: say(m.groupArchived, { name: group.name }),
        });
      }

      if (action === 'create' && cccd && inRegister?.by === 'cccd' && !taken.has('cccd')) {
        errors.push({
          row,
          field: 'cccd',
          message: say(m.cccdInRegister, { cccd, name: inRegister.member.fullName }),
        });
      }
      const target = action === 'update' && inRegister ? `member:${inRegister.member.id}` : `row:${row}`;
      const finalCccd = checked.fields?.cccd ?? null;
      if (action !== 'skip' && finalCccd && errors.length === 0) {
        const holder = writtenCccd.get(finalCccd);
        if (holder && holder.target !== target) {
          errors.push({
            row,
            field: 'cccd',
            message: say(m.cccdTwiceInFile, { cccd: finalCccd, row: holder.row }),
          });
        }
      }

      let identical = false;
      if (errors.length === 0 && inRegister && existing && action === 'update' && !(groupName && !group)) {
        identical = sameFields(checked.fields!, existing);
        if (identical && !explicit) action = 'skip';
      }
      // A second update of the same member would silently overwrite the first one's changes.
      if (errors.length === 0 && action === 'update' && inRegister) {
        const first = updatedBy.get(inRegister.member.id);
        if (first === undefined) updatedBy.set(inRegister.member.id, row);
        else {
          errors.push({
            row,
            field: inRegister.by === 'cccd' ? 'cccd' : 'fullName',
            message: say(m.memberUpdatedTwice, { first, name: inRegister.member.fullName }),
          });
        }
      }
      const ok = errors.length === 0;
      if (ok && action !== 'skip' && finalCccd) writtenCccd.set(finalCccd, { target, row });
      if (ok) {
        if (cccd && !seenCccd.has(cccd)) seenCccd.set(cccd, row);
        if (nameDob) seenNameDob.set(nameDob, [...(seenNameDob.get(nameDob) ?? []), { row, cccd }]);
      }
      const newGroup = ok && action !== 'skip' && groupName && !group ? groupName : null;
      if (newGroup && !newGroupNames.has(newGroup)) {
        newGroupNames.add(newGroup);
        if (!newGroups.has(groupKey(newGroup))) newGroups.set(groupKey(newGroup), nfc(newGroup));
      }

      if (sameAsRow !== null || inRegister) {
        duplicates.push({
          row,
          sameAsRow,
          memberId: inRegister?.member.id ?? null,
          memberName: inRegister?.member.fullName ?? null,
          cccd: cccd ?? inRegister?.member.cccd ?? null,
          by: sameAsRow !== null ? (sameCccdRow !== undefined ? 'cccd' : 'nameAndBirth') : inRegister!.by,
          memberCccd: inRegister?.member.cccd ?? null,
          action,
          identical,
        });
      }
      if (ok && action === 'skip') {
        skipped.push({
          row,
          reason:
            explicit === 'skip'
              ? say(m.skipByChoice)
              : gone && !sure && sameAsRow === null
                ? say(m.skipNotCurrent, { status: statusName(listedStatus!) })
                : sameAsRow !== null
                  ? say(m.skipSameAsRow, { row: sameAsRow })
                  : sure
                    ? say(identical ? m.skipUnchanged : m.skipInRegister, { name: inRegister.member.fullName })
                    : say(m.skipByChoice),
        });
      }
      // "Ngày chuyển đến" starts the movement log of a new member only; a register member's log
      // is recorded on their page. Said, unless the register already has that very date.
      if (ok && inRegister && enteredOn && (action === 'update' || identical)) {
        const [first] = effectiveMovements(options.movements.get(inRegister.member.id) ?? []);
        if (first?.kind !== 'transferred_in' || first.on_date !== enteredOn) {
          notes.push({
            row,
            field: 'enteredOn',
            message: say(m.enteredOnNotWritten, { date: formatDate(enteredOn), name: inRegister.member.fullName }),
          });
        }
      }
      const statusNote =
        ok && action !== 'skip' && clean.unreadStatus
          ? clean.unreadStatus
          : ok && listedStatus && statusNoteFor(listedStatus, action, inRegister?.member, identical);
      if (statusNote) notes.push({ row, field: 'status', message: statusNote });
      if (ok && clean.oldIdCard && action !== 'skip') {
        notes.push({ row, field: 'cccd', message: oldIdCardNote(clean.oldIdCard, action, existing) });
      }
      const planned: PlannedRow = {
        row,
        status: !ok ? 'error' : sameAsRow !== null || inRegister ? 'duplicate' : 'valid',
        action,
        fields: ok ? checked.fields : null,
        newGroup: newGroup ? nfc(newGroup) : null,
        enteredOn: ok ? entered : null,
        matchedGroup: group?.name ?? null,
        memberId: inRegister?.member.id ?? null,
        sameAsRow,
        errors,
        source: clean,
      };
      rows.push(planned);
      return planned;
    },

    result(): ImportPlan {
      skipped.sort((a, b) => a.row - b.row);
      const errors = rows.flatMap((r) => r.errors);
      const valid = rows.filter((r) => r.status !== 'error');
      return {
        rows,
        errors,
        duplicates,
        skipped,
        notes,
        newGroups: [...newGroups.values()],
        counts: {
          rows: rows.length,
          valid: valid.length,
          errors: rows.length - valid.length,
          create: valid.filter((r) => r.action === 'create').length,
          update: valid.filter((r) => r.action === 'update').length,
          skip: valid.filter((r) => r.action === 'skip').length,
        },
      };
    },
  };
}
