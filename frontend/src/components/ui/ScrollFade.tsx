import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import styles from './scrollFade.module.css';

/**
 * A row that scrolls sideways when it does not fit (section tabs on a phone), and shows that it
 * does: a fade on the side where more is hidden. Keyboard users reach every item with Tab or the
 * arrow keys; the focused item, and on arrival the current one, is scrolled into view.
 */
export function ScrollFade({ children, surface }: { children: ReactNode; /** The background the fade fades into. */ surface?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((old) => (old.start === start && old.end === end ? old : { start, end }));
    };
    // Horizontally only: scrollIntoView would move the page too.
    const reveal = (item: Element | null) => {
      if (!(item instanceof HTMLElement) || !el.contains(item)) return;
      const box = el.getBoundingClientRect();
      const rect = item.getBoundingClientRect();
      const margin = 32;
      if (rect.left < box.left + margin) el.scrollLeft -= box.left + margin - rect.left;
      else if (rect.right > box.right - margin) el.scrollLeft += rect.right - (box.right - margin);
    };
    reveal(el.querySelector('[aria-current="page"], [aria-selected="true"]'));
    update();
    const onFocus = (event: FocusEvent) => reveal(event.target as Element);
    el.addEventListener('scroll', update, { passive: true });
    el.addEventListener('focusin', onFocus);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(el);
    if (el.firstElementChild) observer?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      el.removeEventListener('focusin', onFocus);
      observer?.disconnect();
    };
  }, []);

  return (
    <div
      className={styles.frame}
      data-more-start={edges.start || undefined}
      data-more-end={edges.end || undefined}
      style={surface ? ({ '--scroll-fade-surface': surface } as CSSProperties) : undefined}
    >
      <div ref={ref} className={styles.scroller}>
        {children}
      </div>
    </div>
  );
}
