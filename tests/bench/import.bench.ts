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
import { medianPair, result, type BenchResult } from './harness';

const ROWS = 10_000;
const who = { actor: 'bench', now: () => new Date() };

/**
 * The whole import (read, find header, clean, validate, check duplicates, write members with
 * their movements, salaries, tổ history and audit) against the bare minimum: ExcelJS reading
 * the file and one transaction inserting its rows into the members table.
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

  const bare = async () => {
    const db = await freshDb(`import-bare-${run++}.sqlite`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    // The same rows, copied cell by cell into full-width member rows: no cleaning, no checks,
    // no history or audit — what "just put the sheet in the table" would cost.
    const now = new Date().toISOString();
    const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : String(v));
    const iso = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : text(v));
    const rows: Insertable<MemberTable>[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n === 1) return;
      const cell = (i: number) => row.getCell(i).value;
      rows.push({
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
    });
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 1000)
        await trx
          .insertInto('members')
          .values(rows.slice(i, i + 1000))
          .execute();
    });
    await db.destroy();
  };

  const times = await medianPair(full, bare, 5);
  const name = `import ${ROWS.toLocaleString('vi-VN')} dòng XLSX (đủ kiểm tra)`;
  return [result(name, times.value, times.baseline, { maxRatio: 1.5 }, times.spread)];
}
