// Shared by main and the renderer bundle: no Node APIs, no dependencies.

/**
 * Remembers a string function's results for up to `limit` distinct inputs, then starts afresh:
 * names repeat the same few hundred words, so a plain bounded map beats any LRU bookkeeping.
 */
export function memoized(fn: (input: string) => string, limit: number): (input: string) => string {
  const cache = new Map<string, string>();
  return (input) => {
    let result = cache.get(input);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = fn(input);
      cache.set(input, result);
    }
    return result;
  };
}
