/**
 * The import as one capability: layout (header and mapping), preview, and the commit that
 * writes every accepted row in one transaction, reporting progress and honouring cancel.
 */
import type { Actor, Trx } from '../../audit/audit';
import type { Db } from '../../db/connection';
import { AppError } from '../../ipc/errors';
import { throwIfCancelled, type JobProgress } from '../../jobs/jobs';
import { todayIso } from '../../vi/dates';
import { insertGroup } from '../groups';
import { insertMemberRecords } from '../records';
import { writeMemberUpdate } from '../service';
import { IMPORT_FIELD_LABELS, type ImportField } from './fields';
import type { Grid } from './grid';
import { detectHeader, headerAt, type HeaderDetection } from './headers';
import { findInRegister, planImport, type ImportAction, type ImportPlan } from './plan';
import { groupKey, loadMemberFields, loadRegisterIndex } from './register';
import { readRows, type ColumnMapping } from './rows';

export interface ImportRequest {
  mapping: ColumnMapping[];
  /** The chair's choice when the detected header row is wrong. */
  headerRow?: number | null;
  actions?: Record<number, ImportAction>;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Rows not written: skipped by choice or kept out by errors. */
  skipped: number;
}

export interface PlannedImport extends ImportPlan {
  headerRow: number | null;
}

export function layoutOf(grid: Grid, headerRow?: number | null): HeaderDetection {
  return headerRow ? headerAt(grid, headerRow) : detectHeader(grid);
}

/** The mapping the chair sent must name the person and give each field one column only. */
export function checkMapping(mapping: ColumnMapping[], grid: Grid): void {
  const seen = new Map<ImportField, number>();
  for (const m of mapping) {
    if (m.index >= Math.max(grid.width, 1)) {
      throw AppError.invalid([{ field: 'mapping', message: `Tệp không có cột thứ ${m.index + 1}.` }]);
    }
    if (!m.field) continue;
    if (seen.has(m.field)) {
      throw AppError.invalid([
        {
          field: 'mapping',
          message: `Hai cột cùng được ghép với “${IMPORT_FIELD_LABELS[m.field]}”. Mỗi thông tin chỉ chọn một cột.`,
        },
      ]);
    }
    seen.set(m.field, m.index);
  }
  if (!seen.has('fullName') && !seen.has('givenName')) {
    throw AppError.invalid([
      { field: 'mapping', message: 'Chưa chọn cột Họ và tên. Hãy chỉ ra cột nào chứa họ và tên đoàn viên.' },
    ]);
  }
}

/** Reads the rows and the register and decides every row; the commit repeats it inside its transaction. */
export async function planFromGrid(
  db: Db | Trx,
  grid: Grid,
  request: ImportRequest,
  today: string,
): Promise<PlannedImport> {
  checkMapping(request.mapping, grid);
  const layout = layoutOf(grid, request.headerRow);
  const read = readRows(grid, layout.dataStart, request.mapping);
  const register = await loadRegisterIndex(db);
  const matched = new Set<number>();
  for (const r of read.rows) {
    const found = findInRegister(r.values, register);
    if (found) matched.add(found.member.id);
  }
  const existing = await loadMemberFields(db, [...matched]);
  return { headerRow: layout.headerRow, ...planImport(read, register, { today, actions: request.actions, existing }) };
}

/** Rows written per step: progress moves and cancel is checked this often. */
const STEP = 200;

/**
 * All or nothing: the tổ, the new members and the updates go in one transaction; an error or a
 * cancel anywhere rolls every row back.
 */
export async function commitImport(
  db: Db,
  who: Actor,
  grid: Grid,
  request: ImportRequest,
  signal: AbortSignal,
  report: (progress: JobProgress) => void = () => {},
): Promise<ImportResult> {
  const today = todayIso(who.now());
  return db.transaction().execute(async (trx) => {
    report({ done: 0, total: 0, phase: 'Đang kiểm tra dữ liệu' });
    const planned = await planFromGrid(trx, grid, request, today);
    throwIfCancelled(signal);
    const writes = planned.rows.filter((r) => r.fields && r.action !== 'skip');
    const total = writes.length;
    let done = 0;
    report({ done, total, phase: 'Đang ghi đoàn viên' });

    const groupIds = new Map<string, number>();
    for (const name of planned.newGroups) groupIds.set(groupKey(name), await insertGroup(trx, who, name, 'to'));
    const withGroup = (r: (typeof writes)[number]) => ({
      ...r.fields!,
      groupId: r.newGroup ? groupIds.get(groupKey(r.newGroup))! : r.fields!.groupId,
    });

    const creates = writes.filter((r) => r.action === 'create');
    await insertMemberRecords(
      trx,
      who,
      creates.map((r) => ({ fields: withGroup(r), entry: 'admitted' as const })),
      (written) => {
        throwIfCancelled(signal);
        done = written;
        report({ done, total, phase: 'Đang ghi đoàn viên' });
      },
    );
    const updates = writes.filter((r) => r.action === 'update');
    for (const [i, r] of updates.entries()) {
      if (i % STEP === 0) throwIfCancelled(signal);
      await writeMemberUpdate(trx, who, r.memberId!, withGroup(r), today);
      done++;
      if (done % STEP === 0 || i === updates.length - 1) report({ done, total, phase: 'Đang cập nhật đoàn viên' });
    }
    throwIfCancelled(signal);
    return {
      created: creates.length,
      updated: updates.length,
      skipped: planned.counts.rows - creates.length - updates.length,
    };
  });
}
