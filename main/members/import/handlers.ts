import path from 'node:path';
import type { Handlers } from '../../ipc/router';
import { formatDate, todayIso } from '../../vi/dates';
import { cellToText, excelSerialToIso } from './clean';
import { REQUIRED_IMPORT_FIELDS, type ImportField } from './fields';
import type { ImportReport } from './contract';
import { readImportFile } from './read';
import { displayValues } from './plan';
import { checkMapping, commitImport, layoutOf, planFromGrid, type PlannedImport } from './service';
import { getSession, keepSession } from './sessions';
import { readRows, type ColumnMapping } from './rows';
import type { Grid, RawCell } from './grid';
import type { HeaderDetection } from './headers';

const SAMPLE_ROWS = 5;
const PREVIEW_ROWS = 200;

function missingFields(mapping: ColumnMapping[]): ImportField[] {
  const mapped = new Set(mapping.map((m) => m.field));
  const hasName = mapped.has('fullName') || mapped.has('givenName');
  const hasGender = mapped.has('gender') || mapped.has('genderMale') || mapped.has('genderFemale');
  const hasBirth = mapped.has('dateOfBirth') || mapped.has('genderMale') || mapped.has('genderFemale');
  return REQUIRED_IMPORT_FIELDS.filter((f) =>
    f === 'fullName' ? !hasName : f === 'gender' ? !hasGender : f === 'dateOfBirth' ? !hasBirth : !mapped.has(f),
  );
}

/** The first member rows under the header, as the cells show them (titles and totals left out). */
function sampleRows(grid: Grid, layout: HeaderDetection) {
  const members = new Set(
    readRows(grid, layout.dataStart, layout.columns)
      .rows.slice(0, SAMPLE_ROWS)
      .map((r) => r.row),
  );
  return grid.rows
    .filter((r) => members.has(r.row))
    .map((r) => ({
      row: r.row,
      cells: layout.columns.map((c) => sampleText(r.cells[c.index], c.field, grid.date1904)),
    }));
}

/** Columns whose numbers are Excel date serials: the chair should see 15/03/1980, not 29295. */
const DATE_COLUMNS = new Set<string>([
  'dateOfBirth',
  'joinedOn',
  'cardIssuedOn',
  'partyJoinedOn',
  'genderMale',
  'genderFemale',
]);

function sampleText(cell: RawCell | undefined, field: string | null, date1904: boolean): string {
  if (typeof cell === 'number' && field !== null && DATE_COLUMNS.has(field)) {
    const iso = excelSerialToIso(cell, date1904);
    if (iso) return formatDate(iso);
  }
  return cellToText(cell).trim();
}

function toReport(planned: PlannedImport, mapping: ColumnMapping[]): ImportReport {
  return {
    headerRow: planned.headerRow,
    counts: planned.counts,
    errors: planned.errors,
    duplicates: planned.duplicates,
    skipped: planned.skipped,
    notes: planned.notes,
    newGroups: planned.newGroups,
    missingFields: missingFields(mapping),
    rows: planned.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      status: r.status,
      action: r.action,
      values: displayValues(r),
      newGroup: r.newGroup !== null,
      errors: r.errors,
    })),
  };
}

function layoutFor(grid: Grid, headerRow?: number | null) {
  const layout = layoutOf(grid, headerRow);
  return { headerRow: layout.headerRow, columns: layout.columns, sampleRows: sampleRows(grid, layout) };
}

const toActions = (actions: Record<string, 'create' | 'update' | 'skip'> | undefined) =>
  actions ? Object.fromEntries(Object.entries(actions).map(([row, a]) => [Number(row), a])) : undefined;

export const memberImportHandlers: Handlers<
  'members.importChoose' | 'members.importLayout' | 'members.importPreview' | 'members.importCommit'
> = {
  'members.importChoose': async (_input, ctx) => {
    const file = await ctx.host.chooseFileToImport();
    if (!file) return { cancelled: true as const };
    const grid = await readImportFile(file);
    const session = keepSession(path.basename(file), grid);
    return {
      cancelled: false as const,
      token: session.token,
      fileName: session.fileName,
      ...layoutFor(grid),
    };
  },
  'members.importLayout': async ({ token, headerRow }) => layoutFor(getSession(token).grid, headerRow),
  'members.importPreview': async ({ token, mapping, headerRow, actions }, ctx) => {
    const { grid } = getSession(token);
    const request = { mapping, headerRow, actions: toActions(actions) };
    const planned = await planFromGrid(ctx.workspace.db, grid, request, todayIso(ctx.now()));
    return toReport(planned, mapping);
  },
  'members.importCommit': async ({ token, mapping, headerRow, actions }, ctx) => {
    const { grid, fileName } = getSession(token);
    const db = ctx.workspace.db;
    const request = { mapping, headerRow, actions: toActions(actions) };
    // A wrong mapping is the chair's to fix now, not a failed job to discover later.
    checkMapping(mapping, grid);
    const jobId = ctx.workspace.jobs.start('import', fileName, (signal, report) =>
      commitImport(db, ctx, grid, request, signal, report),
    );
    return { jobId };
  },
};
