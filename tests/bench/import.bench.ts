import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Db } from '../../main/db/connection';
import { commitImport, layoutOf } from '../../main/members/import/service';
import { readImportFile } from '../../main/members/import/read';
import { saveSettings } from '../../main/settings/service';
import { DEMO_BRANCH } from '../../main/demo/demo';
import { cleanMemberRows, writeCleanMembersXlsx } from '../fixtures/messy-members';
import { median, result, type BenchResult } from './harness';

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

  const full = await median(async () => {
    const db = await freshDb(`import-full-${run++}.sqlite`);
    await saveSettings(db, who, DEMO_BRANCH);
    const grid = await readImportFile(file);
    const layout = layoutOf(grid);
    const mapping = layout.columns.map((c) => ({ index: c.index, field: c.field }));
    const outcome = await commitImport(db, who, grid, { mapping }, new AbortController().signal);
    if (outcome.created !== ROWS) throw new Error(`bench import created ${outcome.created} of ${ROWS}`);
    await db.destroy();
  });

  const bare = await median(async () => {
    const db = await freshDb(`import-bare-${run++}.sqlite`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows: { name: string; dob: string }[] = [];
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) rows.push({ name: String(row.getCell(2).value ?? ''), dob: String(row.getCell(3).value ?? '') });
    });
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 300) {
        await trx
          .insertInto('members')
          .values(
            rows.slice(i, i + 300).map((r) => ({
              full_name: r.name,
              family_name: '',
              middle_name: '',
              given_name: r.name,
              name_sort_key: r.name,
              search_key: r.name,
              gender: 'female' as const,
              ethnicity: 'Kinh',
              religion: 'Không',
              party_member: 0,
              date_of_birth: r.dob,
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
      }
    });
    await db.destroy();
  });

  return [result(`import ${ROWS.toLocaleString('vi-VN')} dòng XLSX (đủ kiểm tra)`, full, bare, { maxRatio: 1.5 })];
}
