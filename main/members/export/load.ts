/** The members an export lists, with every field, in the register's Vietnamese order. */
import type { Db } from '../../db/connection';
import { listMembers, type ListQuery } from '../search-index';
import { loadMemberFields } from '../import/register';
import type { ExportMember } from './columns';

/** The register's filters without its search text; status "current" = active and suspended. */
export type ExportFilter = Omit<ListQuery, 'query'>;

export async function loadExportMembers(db: Db, filter: ExportFilter, today: string): Promise<ExportMember[]> {
  const listed = await listMembers(db, filter, today);
  const fields = await loadMemberFields(
    db,
    listed.map((m) => m.id),
  );
  return listed.map((m) => ({ id: m.id, fields: fields.get(m.id)!, groupName: m.groupName, status: m.status }));
}
