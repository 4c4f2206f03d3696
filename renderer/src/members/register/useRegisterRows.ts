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

  const failed = [list, ...(listShown ? [] : [head]), search].filter((q) => q.isError);
  return {
    rows,
    /** How many rows the search and filters give; undefined while a search waits for the list. */
    shown: headRows ? headRows.total : rows?.length,
    /** How many rows the filters alone give. */
    total: listShown ? list.data.length : (head.data?.total ?? list.data?.length ?? 0),
    /**
     * False while the rows are not yet all those of these filters (only the first ones, or the
     * previous filters' list): selecting "all" would take the wrong members.
     */
    complete: headRows === undefined && !list.isPlaceholderData,
    /** The search text the rows answer (lags the box by the debounce). */
    query,
    loading: rows === undefined && failed.length === 0,
    error: failed[0]?.error ?? null,
    retry: () => failed.forEach((q) => void q.refetch()),
  };
}
