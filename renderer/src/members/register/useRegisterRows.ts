import { useMemo } from 'react';
import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import type { MemberListItem } from '../../../../main/members/contract';
import { apiKey, useApiQuery } from '../../lib/api';
import { useDebounced } from '../../lib/useDebounced';
import { toQuery, type RegisterFilters } from './filters';

/** Short enough to feel instant, long enough that a fast typist sends one search per pause. */
const SEARCH_DELAY_MS = 120;
/** More rows than the tallest screen shows: the first screenful before the whole list. */
const HEAD_ROWS = 60;

/**
 * The rows to show: the list for the filters is loaded once; the search box asks only for the
 * matching ids (main's in-memory index) and picks those rows from the cached list, in the
 * order main returns them — no list is reloaded per keystroke.
 *
 * A list not loaded yet (megabytes at 20,000 members) is asked for only after its first rows
 * and count, which stand in for it meanwhile: the screen paints at once, and the big answer
 * cannot delay that paint.
 */
export function useRegisterRows(filters: RegisterFilters, text: string) {
  const listQuery = toQuery(filters);
  const listCached = useQueryClient().getQueryData(apiKey('members.list', listQuery)) !== undefined;
  const head = useApiQuery('members.listHead', { ...listQuery, limit: HEAD_ROWS }, { enabled: !listCached });
  const list = useApiQuery('members.list', listQuery, {
    enabled: listCached || !head.isPending,
    placeholderData: keepPreviousData,
  });
  const query = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const search = useApiQuery(
    'members.search',
    { ...listQuery, query },
    { enabled: query !== '', placeholderData: keepPreviousData },
  );

  const byId = useMemo(() => new Map((list.data ?? []).map((m) => [m.id, m])), [list.data]);
  const ids = query === '' ? undefined : search.data;
  const listShown = list.data !== undefined && !list.isPlaceholderData;
  const headRows = !listShown && query === '' ? head.data : undefined;
  const fullRows = useMemo<MemberListItem[] | undefined>(() => {
    if (!list.data || !ids) return list.data;
    const picked: MemberListItem[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (row) picked.push(row);
    }
    return picked;
  }, [list.data, ids, byId]);
  const rows = headRows?.rows ?? fullRows;

  return {
    rows,
    /** How many rows the search and filters give, and how many the filters alone. */
    shown: headRows?.total ?? rows?.length ?? 0,
    total: headRows?.total ?? list.data?.length ?? 0,
    /** False while only the first rows are here: selecting "all" would miss the rest. */
    complete: headRows === undefined,
    /** The search text the rows answer (lags the box by the debounce). */
    query,
    loading: rows === undefined && !list.isError,
    error: list.error ?? head.error ?? search.error,
    retry: () => void (list.isError ? list.refetch() : head.isError ? head.refetch() : search.refetch()),
  };
}
