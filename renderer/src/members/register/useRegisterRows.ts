import { useMemo } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import type { MemberListItem } from '../../../../main/members/contract';
import { useApiQuery } from '../../lib/api';
import { useDebounced } from '../../lib/useDebounced';
import { toQuery, type RegisterFilters } from './filters';

/** Short enough to feel instant, long enough that a fast typist sends one search per pause. */
const SEARCH_DELAY_MS = 120;

/**
 * The rows to show: the list for the filters is loaded once; the search box asks only for the
 * matching ids (main's in-memory index) and picks those rows from the cached list, in the
 * order main returns them — no list is reloaded per keystroke.
 */
export function useRegisterRows(filters: RegisterFilters, text: string) {
  const listQuery = toQuery(filters);
  const list = useApiQuery('members.list', listQuery, { placeholderData: keepPreviousData });
  const query = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const search = useApiQuery(
    'members.search',
    { ...listQuery, query },
    { enabled: query !== '', placeholderData: keepPreviousData },
  );

  const byId = useMemo(() => new Map((list.data ?? []).map((m) => [m.id, m])), [list.data]);
  const ids = query === '' ? undefined : search.data;
  const rows = useMemo<MemberListItem[] | undefined>(() => {
    if (!list.data) return undefined;
    if (!ids) return list.data;
    const picked: MemberListItem[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (row) picked.push(row);
    }
    return picked;
  }, [list.data, ids, byId]);

  return {
    rows,
    total: list.data?.length ?? 0,
    /** The search text the rows answer (lags the box by the debounce). */
    query,
    loading: list.isPending,
    error: list.error ?? search.error,
    retry: () => void (list.isError ? list.refetch() : search.refetch()),
  };
}
