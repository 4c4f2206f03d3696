import type { MemberListQuery, MemberStatus } from '../../../../main/members/contract';

export type AgeBand = NonNullable<MemberListQuery['ageBand']>;
export type StatusFilter = 'current' | 'all' | MemberStatus;

/** The register's filters other than the search text: each combination is loaded once. */
export interface RegisterFilters {
  groupId?: number;
  status: StatusFilter;
  gender?: 'male' | 'female';
  partyMember?: boolean;
  ageBand?: AgeBand;
  hasCard?: boolean;
}

export const DEFAULT_FILTERS: RegisterFilters = { status: 'current' };

export const AGE_BANDS: AgeBand[] = ['under30', '30to39', '40to49', '50plus'];
export const STATUSES: MemberStatus[] = ['active', 'suspended', 'transferred_out', 'left', 'removed', 'expelled'];

/** Only the filters that are set, so equal filters make equal query keys. */
export function toQuery(filters: RegisterFilters): MemberListQuery {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as MemberListQuery;
}

export const isFiltered = (f: RegisterFilters) =>
  Object.entries(f).some(([key, value]) => value !== undefined && !(key === 'status' && value === 'current'));
