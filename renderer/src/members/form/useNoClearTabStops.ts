import { useCallback } from 'react';

const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear';

/**
 * antd's clear buttons (×) in lists and date boxes are real buttons, so Tab stops on each one
 * between two fields. They stay for the mouse; the keyboard clears by erasing (dates) or with
 * Delete (lists), so Tab goes straight to the next field.
 *
 * Returns a callback ref for the element around the fields. A callback ref rather than an
 * effect over a ref object: React calls it in the commit that attaches the element, also when
 * that happens later than the component's own mount (a Modal renders its body after opening),
 * so the buttons already there are skipped before any keystroke can reach them; the observer's
 * callback, a microtask, does the same for each one added later.
 */
export function useNoClearTabStops(): (root: HTMLElement | null) => (() => void) | undefined {
  return useCallback((root: HTMLElement | null) => {
    if (!root) return undefined;
    const skip = () => {
      for (const button of root.querySelectorAll<HTMLElement>(CLEAR_BUTTONS)) {
        if (button.tabIndex !== -1) button.tabIndex = -1;
      }
    };
    skip();
    const observer = new MutationObserver(skip);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}

/** Delete (or Backspace with nothing typed) empties a list that may be empty. */
export function clearOnDelete(clear: () => void) {
  return (event: React.KeyboardEvent) => {
    const typed = event.target instanceof HTMLInputElement ? event.target.value : '';
    if ((event.key === 'Delete' || event.key === 'Backspace') && typed === '') clear();
  };
}
