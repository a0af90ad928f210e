import { useEffect, useRef, useState, type ReactNode } from 'react';
import './side-scroll.css';

interface Edges {
  /** Content is hidden past the left edge (the user has scrolled). */
  start: boolean;
  /** Content is hidden past the right edge. */
  end: boolean;
}

/**
 * A row of columns that scrolls sideways when it is wider than the window (five columns at 200 %
 * zoom), with a cue that there is more: a shadow on each edge that hides content (board.css, from
 * `data-more-start` / `data-more-end`). Only while it overflows is it a labelled region in the Tab
 * order, so a keyboard user can scroll it with the arrow keys; when everything fits it is a plain
 * box with no cue and no extra Tab stop (issue 14, layout).
 */
export function SideScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ start: false, end: false });
  useEffect(() => {
    const view = ref.current;
    if (!view) return;
    const measure = () => {
      const max = view.scrollWidth - view.clientWidth;
      const next = { start: max > 1 && view.scrollLeft > 1, end: max > 1 && view.scrollLeft < max - 1 };
      setEdges((old) => (old.start === next.start && old.end === next.end ? old : next));
    };
    // The view resizes with the window; the row inside it (fit-content wide, board.css) with its columns.
    const observer = new ResizeObserver(measure);
    observer.observe(view);
    const row = view.querySelector('.board-columns');
    if (row) observer.observe(row);
    view.addEventListener('scroll', measure, { passive: true });
    // No measure() here: the observer reports each box once it is laid out, in the frame that
    // paints it. Reading scrollWidth now would force a layout of the whole board before first paint.
    return () => {
      observer.disconnect();
      view.removeEventListener('scroll', measure);
    };
  }, []);
  const overflows = edges.start || edges.end;
  return (
    <div className="side-scroll" data-more-start={edges.start || undefined} data-more-end={edges.end || undefined}>
      <div ref={ref} className="side-scroll-view" role={overflows ? 'region' : undefined} aria-label={overflows ? label : undefined} tabIndex={overflows ? 0 : undefined}>
        {children}
      </div>
    </div>
  );
}
