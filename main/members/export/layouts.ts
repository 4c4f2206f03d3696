/**
 * Saved column layouts of the exported member list: which columns, in what order, under
 * which headings (the higher union's form). Each change is audited.
 */
import type { Selectable } from 'kysely';
import { saveRecord, writeAudit, type Actor } from '../../audit/audit';
import type { Db } from '../../db/connection';
import type { ExportLayoutTable } from '../../db/schema';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { viCollator } from '../../vi/names';
import { searchKey } from '../../vi/text';
import { exportColumn, type ExportColumn } from './columns';
import { ExportLayoutColumn, type ExportLayout, type ExportLayoutInput } from './contract';
import { exportMessages as m } from './messages';

type LayoutRow = Selectable<ExportLayoutTable>;

function toLayout(row: LayoutRow): ExportLayout {
  // Parsed, not trusted: a column the catalogue no longer has is left out rather than failing.
  const stored = JSON.parse(row.columns_json) as unknown[];
  const columns = stored.flatMap((c) => {
    const parsed = ExportLayoutColumn.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
  return { id: row.id, name: row.name, columns };
}

export async function listLayouts(db: Db): Promise<ExportLayout[]> {
  const rows = await db.selectFrom('export_layouts').selectAll().execute();
  return rows.map(toLayout).sort((a, b) => viCollator.compare(a.name, b.name));
}

/** The columns of a layout, ready for the file writers. */
export async function layoutColumns(db: Db, id: number): Promise<{ name: string; columns: ExportColumn[] }> {
  const row = await db.selectFrom('export_layouts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', say(m.layoutNotFound));
  const layout = toLayout(row);
  if (layout.columns.length === 0) {
    throw new AppError('VALIDATION', say(m.layoutEmpty, { name: layout.name }));
  }
  return { name: layout.name, columns: layout.columns.map((c) => exportColumn(c.key, c.header)) };
}

/** `--layout "mau ldld huyen"` finds “Mẫu LĐLĐ huyện”: names match ignoring case and marks. */
export async function layoutIdByName(db: Db, name: string): Promise<number> {
  const layouts = await listLayouts(db);
  const found = layouts.find((l) => searchKey(l.name) === searchKey(name));
  if (!found) {
    const known = layouts.map((l) => `“${l.name}”`).join(', ');
    throw new AppError('NOT_FOUND', say(m.layoutUnknown, { name, known: known || say(m.noLayoutsYet) }));
  }
  return found.id;
}

export function saveLayout(db: Db, who: Actor, input: ExportLayoutInput): Promise<ExportLayout> {
  return db.transaction().execute(async (trx) => {
    const now = who.now().toISOString();
    const before = input.id
      ? await trx.selectFrom('export_layouts').selectAll().where('id', '=', input.id).executeTakeFirst()
      : undefined;
    if (input.id && !before) {
      throw new AppError('NOT_FOUND', say(m.layoutNotFoundOnSave));
    }
    const others = await trx.selectFrom('export_layouts').select(['id', 'name']).execute();
    const clash = others.find((o) => o.id !== input.id && searchKey(o.name) === searchKey(input.name));
    if (clash) {
      throw AppError.invalid([{ field: 'name', message: say(m.layoutNameTaken, { name: clash.name }) }]);
    }
    const values = { name: input.name, columns_json: JSON.stringify(input.columns), updated_at: now };
    const row = await saveRecord(trx, who, 'export_layouts', before, values, { created_at: now });
    return toLayout(row);
  });
}

export function removeLayout(db: Db, who: Actor, id: number): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('export_layouts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('NOT_FOUND', say(m.layoutGone));
    await trx.deleteFrom('export_layouts').where('id', '=', id).execute();
    await writeAudit(trx, who, { table: 'export_layouts', rowId: id, action: 'delete', before });
    return { id };
  });
}
