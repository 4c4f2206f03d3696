import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** Values of useKeptState by key, for as long as the window lives. */
const kept = new Map<string, unknown>();

/**
 * useState whose value outlives the page: a chair who leaves a half-done form or wizard to look
 * something up finds it as it was on coming back. The values stay in this window only (a reload
 * starts afresh), and forgetKeptState drops them when another data file is opened.
 */
export function useKeptState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  useEffect(() => {
    kept.set(key, value);
  }, [key, value]);
  return [value, setValue];
}

/** What the pages kept belongs to the data file that was open: forget it when another opens. */
export function forgetKeptState(): void {
  kept.clear();
}
