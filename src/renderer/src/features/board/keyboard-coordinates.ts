import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { Cells } from '@shared/plan-schema';
import { columnDropId, containerOf } from './drag-announcements';
import type { DragTracking } from './drag-tracking';

const VERTICAL: readonly string[] = [KeyboardCode.Down, KeyboardCode.Up];
const HORIZONTAL: readonly string[] = [KeyboardCode.Right, KeyboardCode.Left];

/**
 * Arrow keys move a lifted card one place in the list order, whatever the cards' heights
 * (issue 12 case 8: dnd-kit's geometric getter stalls past a tall card, because the next card's
 * rect lies inside the tall card's own rect). The target is chosen by position in the column
 * being shown — Up/Down: the neighbour of the slot the card is shown in; Left/Right: the card of
 * the next column nearest to the card's height on screen, or the empty column — and written to
 * `track.keyboardTarget` for the collision detection. The returned point (px, viewport) is where
 * the card will be drawn: bottoms aligned when it goes below its old slot, tops aligned otherwise.
 */
export function listOrderCoordinates(track: DragTracking, shown: () => Cells, columnOrder: () => readonly string[]): KeyboardCoordinateGetter {
  return (event, { active, currentCoordinates, context }) => {
    const vertical = VERTICAL.includes(event.code);
    if (!vertical && !HORIZONTAL.includes(event.code)) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, over } = context;
    const cells = shown();
    const id = String(active);
    const column = containerOf(cells, id);
    if (!collisionRect || !column) return undefined;
    const rectOf = (target: string) => droppableRects.get(target);

    if (vertical) {
      const list = cells[column]!;
      // Our own last target first: dnd-kit's `over` catches up a render later, and a key pressed
      // before that would otherwise aim at the same card again.
      const overId = track.keyboardTarget ?? (over ? String(over.id) : id);
      const from = list.includes(overId) ? list.indexOf(overId) : list.indexOf(id);
      const to = from + (event.code === KeyboardCode.Down ? 1 : -1);
      if (to < 0 || to >= list.length) return undefined;
      const target = list[to]!;
      track.keyboardTarget = target;
      const rect = rectOf(target);
      // A card outside a virtualised column's window has no rect yet: step by the card's own height.
      if (!rect) return { x: currentCoordinates.x, y: currentCoordinates.y + Math.sign(to - from) * collisionRect.height };
      const below = to > list.indexOf(id);
      return { x: rect.left, y: below ? rect.bottom - collisionRect.height : rect.top };
    }

    const order = columnOrder();
    const next = order[order.indexOf(column) + (event.code === KeyboardCode.Right ? 1 : -1)];
    if (next === undefined) return undefined;
    const ids = cells[next] ?? [];
    let target = columnDropId(next);
    let best = Infinity;
    for (const candidate of ids) {
      const rect = rectOf(candidate);
      const distance = rect ? Math.abs(rect.top - collisionRect.top) : Infinity;
      if (distance < best) [best, target] = [distance, candidate];
    }
    track.keyboardTarget = target;
    const rect = rectOf(target);
    return rect ? { x: rect.left, y: rect.top } : { x: currentCoordinates.x + collisionRect.width, y: currentCoordinates.y };
  };
}
