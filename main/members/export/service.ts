/** Exporting the register: pick the members, build the file, write it without leaving half a file. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/connection';
import { AppError } from '../../ipc/errors';
import { getSettings } from '../../settings/service';
import { searchKey } from '../../vi/text';
import { listGroups } from '../groups';
import { groupKey, matchGroup } from '../import/register';
import type { ExportMember } from './columns';
import { membersCsv, membersJson, membersXlsx } from './formats';
import { layoutColumns } from './layouts';
import { loadExportMembers, type ExportFilter } from './load';

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

async function groupById(db: Db, id: number) {
  const [group] = await listGroups(db, id);
  if (!group) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công đoàn này (có thể đã được gộp vào tổ khác).');
  return group;
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
    throw new AppError('VALIDATION', `“${name}” có thể là: ${names}. Ghi đúng tên tổ.`);
  }
  const known = groups.map((g) => `“${g.name}”`).join(', ');
  throw new AppError('NOT_FOUND', `Không có tổ công đoàn “${name}”. Các tổ hiện có: ${known || '(chưa có tổ nào)'}.`);
}

/**
 * Writes beside the target, then renames: a full disk or a crash leaves the old file whole
 * rather than a truncated spreadsheet. `dataFile` is the branch file open now: a save dialog or
 * `--out` pointed at it, or at SQLite's files beside it, would replace the union's books with
 * a list, so that is refused.
 */
export async function writeFileSafely(file: string, bytes: Buffer, dataFile: string | undefined): Promise<void> {
  if (dataFile !== undefined && (await isDataFile(file, dataFile))) {
    throw new AppError(
      'VALIDATION',
      `Không ghi được “${path.basename(file)}”: đó là tệp dữ liệu của công đoàn (hoặc tệp đi kèm của nó), ghi đè sẽ mất dữ liệu. Hãy chọn tên tệp khác.`,
    );
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    const name = path.basename(file);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new AppError(
        'CONFLICT',
        `Không ghi được “${name}”: tệp đang mở trong Excel hoặc thư mục không cho ghi. Hãy đóng tệp rồi lưu lại.`,
      );
    }
    if (code === 'ENOSPC') throw new AppError('CONFLICT', `Không ghi được “${name}”: ổ đĩa đã đầy.`);
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `Không ghi được “${name}”: thư mục không tồn tại.`);
    if (code === 'EISDIR') {
      throw new AppError('VALIDATION', `Không ghi được: “${name}” là một thư mục, hãy ghi tên tệp.`);
    }
    throw err;
  }
}

/** By real path, so "./", a symlink or another spelling of the folder does not slip past. */
async function isDataFile(file: string, dataFile: string): Promise<boolean> {
  // Windows, where the app runs, does not tell "SO.sqlite" from "so.sqlite".
  const spelling = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);
  const target = spelling(await realPath(file));
  const data = spelling(await realPath(dataFile));
  return ['', '-wal', '-shm', '-journal'].some((companion) => target === data + companion);
}

/** A file not written yet has no real path of its own: its folder's, with its name. */
async function realPath(file: string): Promise<string> {
  const resolved = path.resolve(file);
  const real = await fs.realpath(resolved).catch(() => null);
  if (real !== null) return real;
  // A missing folder is left to the write, which says so in Vietnamese.
  const folder = await fs.realpath(path.dirname(resolved)).catch(() => path.dirname(resolved));
  return path.join(folder, path.basename(resolved));
}
