import { useEffect, useRef } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { CardListProps } from './BoardColumn';
import { SortableCard } from './SortableCard';

const GAP = 8;
/** A card's height with its gap before any is measured (px). */
const FIRST_ESTIMATE = 90;

/**
 * A long column renders only the cards near its scroll position (plus the one being dragged), so
 * dnd-kit measures and re-renders a screenful of sortables instead of every card in the column.
 */
export function VirtualCardList({ ids, listLabel, kind, nameOf, renderCard, activeId }: CardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // From the board's own state, not dnd-kit's context: that changes on every new drop target and
  // would re-render every long list of the board on each one.
  const activeIndex = activeId ? ids.indexOf(activeId) : -1;
  // Cards not measured yet are taken to be as tall as the measured ones on average: a wrong guess
  // makes the list's height and every position below shift as cards scroll in (a layout each time).
  const estimate = useRef({ size: FIRST_ESTIMATE, from: 0 });
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate.current.size,
    // Two cards beyond each end: every mounted card is a droppable dnd-kit re-renders and re-measures.
    overscan: 2,
    getItemKey: (index) => ids[index]!,
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The dragged card must stay mounted, or dnd-kit loses it when it scrolls out of view.
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
  });
  useEffect(() => {
    const sizes = virtualizer.itemSizeCache;
    if (sizes.size === estimate.current.from) return;
    let total = 0;
    for (const size of sizes.values()) total += size;
    estimate.current = { size: total / sizes.size, from: sizes.size };
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
              className="card-item dnd-item virtual-item"
              aria-setsize={ids.length}
              aria-posinset={item.index + 1}
              // Placed by `top`, not a transform: a transform per card is a property node per card that
              // every frame of a pointer drag layerises and commits (issue 18); the item is absolutely
              // positioned and contained (.dnd-item), so moving it lays out nothing else.
              style={{ top: item.start, paddingBottom: GAP }}
            >
              <SortableCard id={id} kind={kind} name={nameOf(id)} renderCard={renderCard} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
