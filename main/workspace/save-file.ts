/**
 * Saving a file the chair asked for (an export, a PDF) where they chose: whole or not at all,
 * and never over the branch's own data file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { workspaceMessages as m } from './messages';

/**
 * Writes beside the target, then renames: a full disk or a crash leaves the old file whole
 * rather than a truncated spreadsheet. `dataFile` is the branch file open now: a save dialog or
 * `--out` pointed at it, or at SQLite's files beside it, would replace the union's books with
 * a list, so that is refused.
 */
export async function writeFileSafely(file: string, bytes: Buffer, dataFile: string | undefined): Promise<void> {
  if (dataFile !== undefined && (await isDataFile(file, dataFile))) {
    throw new AppError('VALIDATION', say(m.saveOverDataFile, { name: path.basename(file) }));
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
      throw new AppError('CONFLICT', say(m.saveFileBusy, { name }));
    }
    if (code === 'ENOSPC') throw new AppError('CONFLICT', say(m.saveDiskFull, { name }));
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', say(m.saveNoFolder, { name }));
    if (code === 'EISDIR') throw new AppError('VALIDATION', say(m.saveIsFolder, { name }));
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
  // A missing folder is left to the write, which says so.
  const folder = await fs.realpath(path.dirname(resolved)).catch(() => path.dirname(resolved));
  return path.join(folder, path.basename(resolved));
}
