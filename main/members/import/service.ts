/**
 * The import as one capability: layout (header and mapping), preview, and the commit that
 * writes every accepted row in one transaction, reporting progress and honouring cancel.
 */
import type { Actor, Trx } from '../../audit/audit';
import { nextId, writeInBatches } from '../../db/bulk-insert';
import type { Db } from '../../db/connection';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { throwIfCancelled, type JobProgress } from '../../jobs/jobs';
import { todayIso } from '../../vi/dates';
import { insertGroup } from '../groups';
import type { MemberFields } from '../contract';
import { MEMBER_BATCH, memberRecordWriter, type MemberBatch } from '../records';
import { writeMemberUpdate } from '../service';
import { fieldName, type ImportField } from './fields';
import type { Grid } from './grid';
import { detectHeader, headerAt, type HeaderDetection } from './headers';
import { createPlanner, findInRegister, planImport, type ImportAction, type ImportPlan } from './plan';
import { groupKey, loadMemberFields, loadRegisterIndex } from './register';
import { loadMovementLogs } from '../history';
import { readRows, type ColumnMapping } from './rows';
import { loadRuleBook } from '../../rules/service';
import { importMessages as m } from './messages';

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
  for (const column of mapping) {
    if (column.index >= Math.max(grid.width, 1)) {
      throw AppError.invalid([{ field: 'mapping', message: say(m.noSuchColumn, { number: column.index + 1 }) }]);
    }
    if (!column.field) continue;
    if (seen.has(column.field)) {
      throw AppError.invalid([
        { field: 'mapping', message: say(m.fieldMappedTwice, { field: fieldName(column.field) }) },
      ]);
    }
    seen.set(column.field, column.index);
  }
  if (!seen.has('fullName') && !seen.has('givenName')) {
    throw AppError.invalid([{ field: 'mapping', message: say(m.noNameColumn) }]);
  }
}

/** What deciding the rows needs: the rows read with the chair's mapping, and the register. */
async function prepare(db: Db | Trx, grid: Grid, request: ImportRequest, today: string) {
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
  const movements = await loadMovementLogs(db, [...matched]);
  const rules = await loadRuleBook(db);
  return { layout, read, register, options: { today, rules, actions: request.actions, existing, movements } };
}

/** Reads the rows and the register and decides every row: the preview. */
export async function planFromGrid(
  db: Db | Trx,
  grid: Grid,
  request: ImportRequest,
  today: string,
): Promise<PlannedImport> {
  const { layout, read, register, options } = await prepare(db, grid, request, today);
  return { headerRow: layout.headerRow, ...planImport(read, register, options) };
}

/** Rows updated per step: progress moves and cancel is checked this often. */
const STEP = 200;

interface ImportBatch {
  members: MemberBatch;
  /** Tổ first named by this batch's rows, with the ids given to them. */
  newGroups: { id: number; name: string }[];
}

/**
 * All or nothing: the tổ, the new members and the updates go in one transaction; an error or a
 * cancel anywhere rolls every row back. The rows are decided again here, against the register
 * as it is inside the transaction, and written as they are decided: SQLite writes one batch
 * while the next is being checked.
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
    report({ done: 0, total: 0, phase: say(m.phaseChecking) });
    const { read, register, options } = await prepare(trx, grid, request, today);
    throwIfCancelled(signal);
    const planner = createPlanner(read.skipped, register, options);
    // The planner checked every CCCD against the register and the file in this transaction.
    const writer = await memberRecordWriter(trx, who, null);
    let nextGroupId = await nextId(trx, 'union_groups');
    // By groupKey: "Tổ Văn phòng" and "TỔ VĂN PHÒNG" are one new tổ. By the text as well, so
    // that the key is worked out once per spelling rather than once per row.
    const groupIds = new Map<string, number>();
    const groupIdsByText = new Map<string, number>();
    const newGroupId = (batch: ImportBatch, name: string): number => {
      let id = groupIdsByText.get(name);
      if (id !== undefined) return id;
      const key = groupKey(name);
      id = groupIds.get(key);
      if (id === undefined) {
        id = nextGroupId++;
        groupIds.set(key, id);
        batch.newGroups.push({ id, name });
      }
      groupIdsByText.set(name, id);
      return id;
    };
    const updates: { memberId: number; fields: MemberFields }[] = [];
    let created = 0;
    const total = read.rows.length;
    report({ done: 0, total, phase: say(m.phaseWriting) });

    await writeInBatches(
      read.rows,
      MEMBER_BATCH,
      {
        start: (): ImportBatch => ({ members: writer.start(), newGroups: [] }),
        add: (batch, clean) => {
          const planned = planner.plan(clean);
          if (!planned.fields || planned.action === 'skip') return;
          let groupId = planned.fields.groupId;
          if (planned.newGroup) groupId = newGroupId(batch, planned.newGroup);
          const fields = { ...planned.fields, groupId };
          if (planned.action === 'create') {
            const { enteredOn } = planned;
            writer.add(batch.members, { fields, entry: enteredOn ? 'transferred_in' : 'admitted', enteredOn });
            created++;
          } else updates.push({ memberId: planned.memberId!, fields });
        },
        write: async (batch) => {
          for (const group of batch.newGroups) await insertGroup(trx, who, group.name, 'to', group.id);
          await writer.write(batch.members);
        },
      },
      (done) => {
        throwIfCancelled(signal);
        report({ done, total, phase: say(m.phaseWriting) });
      },
    );

    for (const [i, update] of updates.entries()) {
      if (i % STEP === 0) {
        throwIfCancelled(signal);
        report({ done: i, total: updates.length, phase: say(m.phaseUpdating) });
      }
      await writeMemberUpdate(trx, who, update.memberId, update.fields, today);
    }
    if (updates.length > 0) report({ done: updates.length, total: updates.length, phase: say(m.phaseUpdating) });
    throwIfCancelled(signal);
    return { created, updated: updates.length, skipped: planner.result().counts.rows - created - updates.length };
  });
}
