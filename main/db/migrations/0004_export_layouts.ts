import type { Kysely } from 'kysely';

/**
 * Version 4: the member list's column layouts (domain.md: the higher union asks for its own
 * columns, a set the chair configures and saves). `columns_json` is the ordered list of
 * {key, header}: keys from the export catalogue, headers as the higher union words them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('export_layouts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('columns_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
