import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether the element is narrower than `width` px, kept up to date as the window is resized:
 * a wide table says it scrolls sideways only when it does.
 */
export function useNarrowerThan<T extends HTMLElement>(width: number) {
  const ref = useRef<T>(null);
  const [narrower, setNarrower] = useState(false);
  // Observed before the first paint, so the line does not appear a frame after the table.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setNarrower(element.clientWidth < width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  return { ref, narrower };
}
