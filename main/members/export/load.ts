/** The members an export lists, with every field, in the register's Vietnamese order. */
import type { Db } from '../../db/connection';
import { listMembers } from '../service';
import { loadMemberFields } from '../import/register';
import type { ExportMember } from './columns';

export interface ExportFilter {
  groupId?: number;
  /** "current" = still in the branch (active and suspended), as the list screen shows by default. */
  status: 'current' | 'all';
}

export async function loadExportMembers(db: Db, filter: ExportFilter, today: string): Promise<ExportMember[]> {
  const listed = await listMembers(db, { status: filter.status, groupId: filter.groupId }, today);
  const fields = await loadMemberFields(
    db,
    listed.map((m) => m.id),
  );
  return listed.map((m) => ({ id: m.id, fields: fields.get(m.id)!, groupName: m.groupName, status: m.status }));
}
