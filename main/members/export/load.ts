/** The members an export lists, with every field, in the register's Vietnamese order. */
import type { Db } from '../../db/connection';
import { listMembers, type ListQuery } from '../search-index';
import { effectiveMovements, type MovementLike } from '../movements';
import { loadMemberFields } from '../import/register';
import { loadMovementLogs } from '../history';
import type { ExportMember } from './columns';

/** The register's filters without its search text; status "current" = active and suspended. */
export type ExportFilter = Omit<ListQuery, 'query'>;

export async function loadExportMembers(db: Db, filter: ExportFilter, today: string): Promise<ExportMember[]> {
  const listed = await listMembers(db, filter, today);
  const ids = listed.map((m) => m.id);
  const fields = await loadMemberFields(db, ids);
  const movements = await loadMovementLogs(db, ids);
  return listed.map((m) => ({
    id: m.id,
    fields: fields.get(m.id)!,
    groupName: m.groupName,
    status: m.status,
    enteredOn: transferredInOn(movements.get(m.id)!),
  }));
}

/** The day a member who came by chuyển đến entered the branch: the date of their first movement. */
function transferredInOn(log: readonly MovementLike[]): string | null {
  const first = effectiveMovements(log)[0];
  return first?.kind === 'transferred_in' ? first.on_date : null;
}
