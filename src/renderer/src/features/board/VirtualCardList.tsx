import { useRef } from 'react';
import { useDndContext } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { CardListProps } from './BoardColumn';
import { SortableCard } from './SortableCard';

const GAP = 8;

/**
 * A long column renders only the cards near its scroll position (plus the one being dragged), so
 * dnd-kit measures and re-renders a screenful of sortables instead of every card in the column.
 */
export function VirtualCardList({ ids, listLabel, kind, nameOf, renderCard }: CardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { active } = useDndContext();
  const activeIndex = active ? ids.indexOf(String(active.id)) : -1;
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 120,
    overscan: 4,
    getItemKey: (index) => ids[index]!,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The dragged card must stay mounted, or dnd-kit loses it when it scrolls out of view.
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
  });
  return (
    <div ref={scrollRef} className="card-scroll">
      <ul className="card-list virtual" aria-label={listLabel} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index]!;
          return (
            <li
              key={id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="card-item virtual-item"
              aria-setsize={ids.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, paddingBottom: GAP }}
            >
              <SortableCard id={id} kind={kind} name={nameOf(id)} renderCard={renderCard} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
