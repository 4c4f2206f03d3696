/**
 * Numbered, forward-only migrations, kept in code so the packaged app needs no migration folder.
 * Add a file `NNNN_name.ts` with `up` and list it here; never edit or remove a shipped one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_member_register';
import * as m0003 from './0003_rules';
import * as m0004 from './0004_export_layouts';
import * as m0005 from './0005_movement_led_group';
import * as m0006 from './0006_departed_leaders';
import * as m0007 from './0007_merged_into';

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_member_register': m0002,
  '0003_rules': m0003,
  '0004_export_layouts': m0004,
  '0005_movement_led_group': m0005,
  '0006_departed_leaders': m0006,
  '0007_merged_into': m0007,
};

export const latestSchemaVersion = Object.keys(migrations).length;

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
