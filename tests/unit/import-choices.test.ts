/**
 * The import report as the chair's choices change it, before main has checked them again, and
 * the choices a new report no longer offers.
 */
import { describe, expect, it } from 'vitest';
import { applyActions, choicesStillValid, type ImportReport } from '../../renderer/src/members/import/model';

type Duplicate = ImportReport['duplicates'][number];

const duplicate = (row: number, patch: Partial<Duplicate>): Duplicate => ({
  row,
  sameAsRow: null,
  memberId: 7,
  memberName: 'Lê Văn An',
  cccd: null,
  by: 'nameAndBirth',
  memberCccd: null,
  action: 'update',
  identical: false,
  ...patch,
});

/** Row 2 updates a register member; row 3 repeats row 2; row 4 has an error. */
const report: ImportReport = {
  headerRow: 1,
  counts: { rows: 3, valid: 2, errors: 1, create: 0, update: 1, skip: 1 },
  errors: [{ row: 4, field: 'joinedOn', message: 'Ngày vào công đoàn không được sau ngày chuyển đi.' }],
  duplicates: [
    duplicate(2, {}),
    duplicate(3, { sameAsRow: 2, memberId: null, memberName: null, by: 'cccd', cccd: '001080000001', action: 'skip' }),
    duplicate(4, { by: 'nameAndBirthOtherCccd', action: 'update' }),
  ],
  skipped: [{ row: 3, reason: 'Trùng với dòng 2 trong tệp' }],
  notes: [],
  newGroups: [],
  missingFields: [],
  rows: [],
};

describe('applyActions', () => {
  it('moves a row between the counts and lists the chair’s skip at once', () => {
    const shown = applyActions(report, { 2: 'skip' }, 'Bỏ qua theo lựa chọn');
    expect(shown.counts).toMatchObject({ update: 0, skip: 2, errors: 1 });
    expect(shown.skipped).toEqual([
      { row: 2, reason: 'Bỏ qua theo lựa chọn', byChoice: true },
      { row: 3, reason: 'Trùng với dòng 2 trong tệp', byChoice: false },
    ]);
    expect(shown.actionOf(2, 'update')).toBe('skip');
  });

  it('shows a new choice on a row with errors without counting it: the row is written under none', () => {
    const shown = applyActions(report, { 4: 'create' }, 'Bỏ qua theo lựa chọn');
    expect(shown.actionOf(4, 'update')).toBe('create');
    expect(shown.counts).toEqual(report.counts);
  });

  it('labels a skip main already applied as the chair’s', () => {
    const checked = { ...report, skipped: [{ row: 2, reason: 'Bỏ qua theo lựa chọn' }, ...report.skipped] };
    const shown = applyActions(checked, { 2: 'skip' }, 'Bỏ qua theo lựa chọn');
    expect(shown.skipped[0]).toEqual({ row: 2, reason: 'Bỏ qua theo lựa chọn', byChoice: true });
  });
});

describe('choicesStillValid', () => {
  it('keeps the choices the report still offers, as the same object', () => {
    const actions = { 2: 'skip', 4: 'create' } as const;
    expect(choicesStillValid(report, actions)).toBe(actions);
  });

  it('drops a choice for a row that is no longer a duplicate, or that no longer allows it', () => {
    // Row 5 is not a duplicate; row 3 repeats row 2 and can only be skipped.
    expect(choicesStillValid(report, { 2: 'skip', 3: 'create', 5: 'skip' })).toEqual({ 2: 'skip' });
  });
});
