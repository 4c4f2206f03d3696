import { useEffect, useEffectEvent } from 'react';

/**
 * Calls `onFocusIn` with each element that takes the focus while `active`, before antd's focus
 * lock (a window listener of its own) sees it. A dialog opening on a busy PC can have its lock
 * put the focus on the close button after the first field had it or should have had it; moving
 * it on in that same event, rather than in a timer, keeps keystrokes already queued (a chair
 * typing straight away) out of the button.
 */
export function useFocusInCapture(active: boolean, onFocusIn: (target: HTMLElement) => void): void {
  const handle = useEffectEvent((target: HTMLElement) => onFocusIn(target));
  useEffect(() => {
    if (!active) return undefined;
    const listener = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) handle(event.target);
    };
    window.addEventListener('focusin', listener, true);
    return () => window.removeEventListener('focusin', listener, true);
  }, [active]);
}
