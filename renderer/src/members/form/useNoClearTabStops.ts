import { useLayoutEffect, type RefObject } from 'react';

const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear';

/**
 * antd's clear buttons (×) in lists and date boxes are real buttons, so Tab stops on each one
 * between two fields. They stay for the mouse; the keyboard clears by erasing (dates) or with
 * Delete (lists), so Tab goes straight to the next field. A layout effect, so the buttons
 * already there are skipped in the commit that shows them, before any keystroke can reach
 * them; the observer's callback, a microtask, does the same for each one added later.
 */
export function useNoClearTabStops(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const skip = () => {
      for (const button of root.querySelectorAll<HTMLElement>(CLEAR_BUTTONS)) {
        if (button.tabIndex !== -1) button.tabIndex = -1;
      }
    };
    skip();
    const observer = new MutationObserver(skip);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/** Delete (or Backspace with nothing typed) empties a list that may be empty. */
export function clearOnDelete(clear: () => void) {
  return (event: React.KeyboardEvent) => {
    const typed = event.target instanceof HTMLInputElement ? event.target.value : '';
    if ((event.key === 'Delete' || event.key === 'Backspace') && typed === '') clear();
  };
}
