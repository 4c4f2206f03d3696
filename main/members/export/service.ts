/** Exporting the register: pick the members and build the file (main/workspace/save-file writes it). */
import type { Db } from '../../db/connection';
import { AppError } from '../../ipc/errors';
import { say } from '../../i18n/messages';
import { getSettings } from '../../settings/service';
import { searchKey } from '../../vi/text';
import { groupById, listGroups } from '../groups';
import { groupKey, matchGroup } from '../import/register';
import type { ExportMember } from './columns';
import { membersCsv, membersJson, membersXlsx } from './formats';
import { layoutColumns } from './layouts';
import { loadExportMembers, type ExportFilter } from './load';
import { exportMessages as m } from './messages';

export type DataFormat = 'xlsx' | 'csv' | 'json';

export interface ExportFile {
  bytes: Buffer;
  /** Offered in the save dialog: ASCII, because lists travel by Zalo and USB sticks. */
  defaultName: string;
  members: number;
}

/** "Tổ Toán - Tin" → "To-Toan-Tin". */
export function fileSlug(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('-');
}

/**
 * The list in `format`; with `layoutId`, in that saved layout's columns (Excel and CSV; JSON
 * is for programs and always has every field).
 */
export async function exportMembers(
  db: Db,
  format: DataFormat,
  filter: ExportFilter,
  today: string,
  layoutId?: number,
): Promise<ExportFile> {
  const group = filter.groupId === undefined ? undefined : await groupById(db, filter.groupId);
  const layout = layoutId === undefined ? undefined : await layoutColumns(db, layoutId);
  const members: ExportMember[] = await loadExportMembers(db, filter, today);
  const settings = await getSettings(db);
  const bytes =
    format === 'xlsx'
      ? await membersXlsx(
          members,
          { branchName: settings?.branchName ?? '', groupName: group?.name, date: today },
          layout?.columns,
        )
      : format === 'csv'
        ? membersCsv(members, layout?.columns)
        : membersJson(members);
  const stem = ['Danh-sach-doan-vien', group && fileSlug(group.name), layout && fileSlug(layout.name)]
    .filter(Boolean)
    .join('-');
  return { bytes, defaultName: `${stem}.${format}`, members: members.length };
}

/** `--group "to toan - tin"` finds "Tổ Toán - Tin", as the importer matches tổ names. */
export async function groupIdByName(db: Db, name: string): Promise<number> {
  const groups = await listGroups(db);
  const found = matchGroup(
    name,
    groups.map((g) => ({ id: g.id, name: g.name, archived: false })),
  );
  if (found) return found.id;
  // matchGroup finds nothing, too, when the name without marks fits several tổ: "to van" is
  // both "Tổ Văn" and "Tổ Vân", and only the user knows which one was meant.
  const candidates = groups.filter((g) => groupKey(g.name) === groupKey(name));
  if (candidates.length > 1) {
    const names = candidates.map((g) => g.name).join(', ');
    throw new AppError('VALIDATION', say(m.groupAmbiguous, { name, names }));
  }
  const known = groups.map((g) => `“${g.name}”`).join(', ');
  throw new AppError('NOT_FOUND', say(m.groupUnknown, { name, known: known || say(m.noGroupsYet) }));
}
