import { useLayoutEffect, useState, type RefObject } from 'react';

/** The size of an element, followed as the window (or what is around it) changes. */
export function useArea(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [area, setArea] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setArea((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return area;
}
