import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Insertable } from 'kysely';
import type { Db } from '../../main/db/connection';
import type { MemberTable } from '../../main/db/schema';
import { commitImport, layoutOf } from '../../main/members/import/service';
import { readImportFile } from '../../main/members/import/read';
import { saveSettings } from '../../main/settings/service';
import { DEMO_BRANCH } from '../../main/demo/demo';
import { cleanMemberRows, writeCleanMembersXlsx } from '../fixtures/messy-members';
import { medianRounds, result, type BenchResult } from './harness';
import { bulkInsert, nextId } from '../../main/db/bulk-insert';

const ROWS = 10_000;
const who = { actor: 'bench', now: () => new Date() };

/**
 * The whole import (read, find header, clean, validate, check duplicates, write members with
 * their movements, salaries, tổ history and audit) against the bare minimum: ExcelJS reading
 * the file and one transaction inserting its rows into the members table. A second baseline,
 * printed for the record, writes the same rows into every table the import writes.
 */
export async function importBench(dir: string, freshDb: (name: string) => Promise<Db>): Promise<BenchResult[]> {
  const file = path.join(dir, 'import-10k.xlsx');
  await writeCleanMembersXlsx(file, cleanMemberRows(ROWS));
  let run = 0;

  const full = async () => {
    const db = await freshDb(`import-full-${run++}.sqlite`);
    await saveSettings(db, who, DEMO_BRANCH);
    const grid = await readImportFile(file);
    const layout = layoutOf(grid);
    const mapping = layout.columns.map((c) => ({ index: c.index, field: c.field }));
    const outcome = await commitImport(db, who, grid, { mapping }, new AbortController().signal);
    if (outcome.created !== ROWS) throw new Error(`bench import created ${outcome.created} of ${ROWS}`);
    await db.destroy();
  };

  /**
   * The same rows, copied cell by cell into full-width member rows: no cleaning, no checks —
   * what "just put the sheet in the table" would cost.
   */
  const readBare = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const now = new Date().toISOString();
    const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : String(v));
    const iso = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : text(v));
    const members: Insertable<MemberTable>[] = [];
    // The sheet's rows beside them, for the tổ and salary that only the second baseline writes.
    const sheetRows: ExcelJS.Row[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n === 1) return;
      const cell = (i: number) => row.getCell(i).value;
      members.push({
        full_name: text(cell(2))!,
        family_name: '',
        middle_name: '',
        given_name: '',
        name_sort_key: text(cell(2))!,
        search_key: text(cell(2))!,
        date_of_birth: iso(cell(3)),
        gender: cell(4) === 'Nam' ? 'male' : 'female',
        ethnicity: 'Kinh',
        religion: 'Không',
        cccd: text(cell(5)),
        phone: text(cell(6)),
        joined_on: iso(cell(8)),
        card_number: text(cell(9)),
        party_member: cell(10) ? 1 : 0,
        created_at: now,
        updated_at: now,
      });
      sheetRows.push(row);
    });
    return { members, sheetRows, now };
  };

  const bare = async () => {
    const db = await freshDb(`import-bare-${run++}.sqlite`);
    const { members } = await readBare();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < members.length; i += 1000)
        await trx
          .insertInto('members')
          .values(members.slice(i, i + 1000))
          .execute();
    });
    await db.destroy();
  };

  /**
   * For the record, not a target: the same bare read, and the same rows written into every
   * table the import writes, the way the import writes them (bulkInsert): the tổ, the members
   * with their tổ, a first movement, a salary and a tổ history row each, and one audit row per
   * member holding the row as JSON. What is left between this and the import is the import's
   * own work: cleaning, checking, matching.
   */
  const bareEveryTable = async () => {
    const db = await freshDb(`import-bare-all-${run++}.sqlite`);
    const read = await readBare();
    const { now } = read;
    const groupNames = read.sheetRows.map((row) => String(row.getCell(7).value));
    await db.transaction().execute(async (trx) => {
      const names = [...new Set(groupNames)];
      const firstGroup = await nextId(trx, 'union_groups');
      await bulkInsert(
        trx,
        'union_groups',
        names.map((name, i) => ({ id: firstGroup + i, name, sort_order: i, created_at: now })),
      );
      const groups = new Map(names.map((name, i) => [name, firstGroup + i]));
      const firstMember = await nextId(trx, 'members');
      const members = read.members.map((m, i) => ({
        id: firstMember + i,
        ...m,
        group_id: groups.get(groupNames[i]!)!,
      }));
      await bulkInsert(trx, 'members', members);
      await bulkInsert(
        trx,
        'member_movements',
        members.map((m) => ({ member_id: m.id, kind: 'admitted' as const, on_date: m.joined_on!, created_at: now })),
      );
      await bulkInsert(
        trx,
        'member_salaries',
        members.map((m, i) => ({
          member_id: m.id,
          valid_from: m.joined_on!,
          amount: Number(read.sheetRows[i]!.getCell(11).value),
          created_at: now,
        })),
      );
      await bulkInsert(
        trx,
        'member_group_history',
        members.map((m) => ({ member_id: m.id, group_id: m.group_id, from_date: m.joined_on!, created_at: now })),
      );
      await bulkInsert(
        trx,
        'audit_log',
        members.map((m) => ({
          at: now,
          actor: 'bench',
          table_name: 'members',
          row_id: m.id,
          action: 'insert' as const,
          after_json: JSON.stringify(m),
        })),
      );
    });
    await db.destroy();
  };

  const {
    value,
    baselines: [target, everyTable],
  } = await medianRounds(full, [bare, bareEveryTable], 5);
  const name = `import ${ROWS.toLocaleString('vi-VN')} dòng XLSX (đủ kiểm tra)`;
  return [
    result(name, value, target!.baseline, { maxRatio: 1.5 }, target!.spread),
    result(`${name}, so với cùng các dòng ghi vào đủ các bảng`, value, everyTable!.baseline, {}, everyTable!.spread),
  ];
}
