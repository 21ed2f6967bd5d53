/**
 * Publishes the top bar's height as the CSS variable `--topbar-h`, so bars pinned below it (the guide's
 * section bar) sit under it whether it takes one row or two (大字模式, a narrow screen).
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useBarHeight(ref: RefObject<HTMLElement | null>, variable = '--topbar-h'): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const publish = (): void =>
      root.style.setProperty(variable, `${Math.ceil(el.getBoundingClientRect().height)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [ref, variable]);
}
