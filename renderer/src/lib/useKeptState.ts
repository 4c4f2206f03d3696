import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** Values of useKeptState by key, for as long as the window lives. */
const kept = new Map<string, unknown>();
/** Counts the data files opened in this window: a page from an earlier one keeps nothing. */
let generation = 0;

/**
 * useState whose value outlives the page: a chair who leaves a half-done form or wizard to look
 * something up finds it as it was on coming back. The values stay in this window only (a reload
 * starts afresh), and forgetKeptState drops them when another data file is opened.
 */
export function useKeptState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  const [born] = useState(() => generation);
  useEffect(() => {
    // A page still on screen while another file opens (its queries reset before it unmounts)
    // must not put back what belonged to the file before.
    if (born === generation) kept.set(key, value);
  }, [key, value, born]);
  return [value, setValue];
}

/** What the pages kept belongs to the data file that was open: forget it when another opens. */
export function forgetKeptState(): void {
  kept.clear();
  generation++;
}
