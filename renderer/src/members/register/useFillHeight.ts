import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's width, and the height from its top to the bottom of the window less `bottom`:
 * a virtual table needs both in pixels, and the register should fill the window.
 */
export function useFillHeight(
  ref: RefObject<HTMLElement | null>,
  bottom: number,
  min = 240,
): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: min });
  useLayoutEffect(() => {
    const measure = () => {
      const box = ref.current?.getBoundingClientRect();
      const width = Math.floor(box?.width ?? 0);
      const height = Math.max(min, Math.floor(window.innerHeight - (box?.top ?? 0) - bottom));
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, bottom, min]);
  return size;
}
