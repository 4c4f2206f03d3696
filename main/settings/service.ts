import type { Db } from '../db/connection';
import type { BranchRow } from '../db/schema';
import { writeAudit, type Actor, type Trx } from '../audit/audit';
import { AppError } from '../ipc/errors';
import { say } from '../i18n/messages';
import { settingsMessages as m } from './messages';
import type { BranchSettings } from './contract';

type SettingsFields = Omit<BranchSettings, 'isDemo'>;

function toSettings(row: BranchRow): BranchSettings {
  return {
    branchName: row.branch_name,
    unitName: row.unit_name,
    higherUnion: row.higher_union,
    chairName: row.chair_name,
    placeName: row.place_name,
    isDemo: row.is_demo === 1,
  };
}

export async function getSettings(db: Db): Promise<BranchSettings | null> {
  const row = await db.selectFrom('branch').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? toSettings(row) : null;
}

/** Every document needs the branch's header, so callers that print use this one. */
export async function requireSettings(db: Db): Promise<BranchSettings> {
  const settings = await getSettings(db);
  if (!settings) throw new AppError('NOT_SET_UP', say(m.notSetUp));
  return settings;
}

/** Creates the branch row on first save, updates it afterwards; audited either way. */
export function saveSettings(db: Db, who: Actor, input: SettingsFields): Promise<BranchSettings> {
  return db.transaction().execute((trx) => writeSettings(trx, who, input));
}

/** The write itself, for callers that need it inside a larger transaction (the demo branch). */
export async function writeSettings(
  trx: Trx,
  who: Actor,
  input: SettingsFields,
  options: { isDemo?: boolean } = {},
): Promise<BranchSettings> {
  const before = await trx.selectFrom('branch').selectAll().where('id', '=', 1).executeTakeFirst();
  const now = who.now().toISOString();
  const values = {
    branch_name: input.branchName,
    unit_name: input.unitName,
    higher_union: input.higherUnion,
    chair_name: input.chairName,
    place_name: input.placeName,
    updated_at: now,
    ...(options.isDemo === undefined ? {} : { is_demo: options.isDemo ? 1 : 0 }),
  };
  if (before) {
    await trx.updateTable('branch').set(values).where('id', '=', 1).execute();
  } else {
    await trx
      .insertInto('branch')
      .values({ id: 1, is_demo: 0, created_at: now, ...values })
      .execute();
  }
  const after = await trx.selectFrom('branch').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  await writeAudit(trx, who, { table: 'branch', rowId: 1, action: before ? 'update' : 'insert', before, after });
  return toSettings(after);
}
