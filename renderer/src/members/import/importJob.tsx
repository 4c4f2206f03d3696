/**
 * The import job this window started, followed until it ends whichever page is open: when it
 * finishes while the chair looks at the register, the register is refreshed there and then.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useApiQuery } from '../../lib/api';
import { useRefreshRegister } from '../common/useRefreshRegister';

/** How often the progress is read while the job runs. */
const POLL_MS = 200;

/**
 * The job's status, polled while it runs. Kept for the window's life once it has ended, so the
 * import page shows the result however long the chair was away (main forgets finished jobs).
 */
export function useImportJob(id: string) {
  return useApiQuery(
    'jobs.get',
    { id },
    { gcTime: Infinity, refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_MS : false) },
  );
}

let watched: string | null = null;
const listeners = new Set<() => void>();

function setWatched(id: string | null): void {
  watched = id;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the import page when main has started the job. */
export const watchImport = (id: string): void => setWatched(id);

/** Rendered once by the main window's layout. */
export function ImportWatcher() {
  const id = useSyncExternalStore(subscribe, () => watched);
  return id === null ? null : <Watch key={id} id={id} />;
}

function Watch({ id }: { id: string }) {
  const job = useImportJob(id);
  const refreshRegister = useRefreshRegister();
  const state = job.data?.state;
  useEffect(() => {
    if (state === 'done') void refreshRegister();
    // Ended, or unknown to main (another data file was opened meanwhile): nothing to follow.
    if ((state !== undefined && state !== 'running') || job.isError) setWatched(null);
  }, [state, job.isError, refreshRegister]);
  return null;
}
