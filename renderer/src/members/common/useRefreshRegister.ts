import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Channel } from '../../../../main/ipc/contract';

/** Everything a change to a member or a tổ can make stale. */
const AFFECTED: Channel[] = [
  'members.list',
  'members.listHead',
  'members.search',
  'members.get',
  'members.countsAt',
  'members.overdueSuspensions',
  'groups.list',
];

/**
 * Marks the register's cached answers stale; the ones on screen reload at once. The function
 * stays the same across renders, so an effect may depend on it.
 */
export function useRefreshRegister(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(AFFECTED.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })));
  }, [queryClient]);
}
