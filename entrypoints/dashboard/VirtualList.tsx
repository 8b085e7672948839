/**
 * A list that stays fast with 10,000 rows: only the rows in view (and a few around them) are in the DOM, placed
 * in a spacer as tall as the whole list. Rows have one fixed height.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  rowHeight: number;
  label: string;
  /** When this changes (another search or filter), the list shows from its top again. */
  resetKey: string;
  renderRow: (item: T, index: number) => ComponentChildren;
}

const OVERSCAN = 8;

export function VirtualList<T>({ items, keyOf, rowHeight, label, resetKey, renderRow }: Props<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const element = viewport.current!;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div
      ref={viewport}
      class="virtual-list"
      role="list"
      aria-label={label}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          return (
            <div
              key={keyOf(item)}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={index + 1}
              class="virtual-row"
              style={{ top: `${index * rowHeight}px`, height: `${rowHeight}px` }}
            >
              {renderRow(item, index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
