/**
 * The branch file that is open now. One branch = one SQLite file; "Mở tệp dữ liệu khác…"
 * swaps the file under the running app, so handlers ask the workspace for the database on
 * every call instead of keeping a reference.
 */
import path from 'node:path';
import { openDatabase, SchemaTooNewError, type Db } from '../db/connection';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { workspaceMessages as m } from './messages';
import { Jobs } from '../jobs/jobs';

export class Workspace {
  #db: Db | undefined;
  #file: string | undefined;
  /** Jobs write to the open file, so they belong to it and end before it closes. */
  readonly jobs = new Jobs();

  constructor(private readonly onOpened: (file: string) => void = () => {}) {}

  get db(): Db {
    if (!this.#db) throw new AppError('DATA_FILE', say(m.noFileOpen));
    return this.#db;
  }

  get file(): string | undefined {
    return this.#file;
  }

  /** What the user may see of the path: the file name, never the folders. */
  get fileName(): string {
    return this.#file ? path.basename(this.#file) : '';
  }

  /** Opens (creating if needed) and migrates `file`; the old file stays open if this fails. */
  async open(file: string): Promise<void> {
    let db: Db;
    try {
      db = await openDatabase(file);
    } catch (err) {
      throw dataFileError(file, err);
    }
    await this.jobs.cancelAll();
    const previous = this.#db;
    this.#db = db;
    this.#file = file;
    await previous?.destroy();
    this.onOpened(file);
  }

  async close(): Promise<void> {
    await this.jobs.cancelAll();
    const db = this.#db;
    this.#db = undefined;
    this.#file = undefined;
    await db?.destroy();
  }
}

function dataFileError(file: string, err: unknown): AppError {
  const name = path.basename(file);
  if (err instanceof SchemaTooNewError) {
    return new AppError('DATA_FILE', say(m.fileTooNew, { name }));
  }
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') {
    return new AppError('DATA_FILE', say(m.notADataFile, { name }));
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return new AppError('DATA_FILE', say(m.cannotWriteFile, { name }));
  }
  return new AppError('DATA_FILE', say(m.cannotOpenFile, { name, reason: (err as Error).message }));
}
