import { closestCenter, getFirstCollision, pointerWithin, type Collision, type CollisionDetection } from '@dnd-kit/core';
import type { Cells } from '@shared/plan-schema';
import { COLUMN_PREFIX } from './drag-announcements';

/**
 * What one drag remembers between renders. Mutable on purpose: dnd-kit calls the collision
 * detection during its own render, where React state cannot be set.
 */
export interface DragTracking {
  /** The last target the pointer was over; kept while the layout settles after a column change. */
  lastOver: string | null;
  /**
   * True from the moment the card was moved into another column until the next frame. During that
   * frame both columns change height, so what lies under the pointer is not yet known; answering
   * "the card itself" stops the card being sent back and forth between the two columns on every
   * render (React error #185, issue 12 case 1).
   */
  recentlyMoved: boolean;
  /** The keyboard's chosen target (a card id or a column drop id), set by the coordinate getter. */
  keyboardTarget: string | null;
}

export const newTracking = (): DragTracking => ({ lastOver: null, recentlyMoved: false, keyboardTarget: null });

/**
 * Collision detection for columns of cards, after dnd-kit's MultipleContainers story:
 * - keyboard drags (no pointer) go exactly where the keyboard coordinate getter decided;
 * - pointer drags find the column under the pointer (columns only, a handful of rects), then the
 *   nearest card of that column only — never every card of the board, and only mounted ones
 *   (long columns are virtualised);
 * - while the layout settles after a column change, or between columns, the last answer stands.
 * The same array is returned while the answer does not change, so dnd-kit's context stays equal
 * and its consumers do not re-render on every pointer move.
 */
export function boardCollisionDetection(track: DragTracking, shown: () => Cells): CollisionDetection {
  let last: Collision[] = [];
  const answer = (id: string | null): Collision[] => {
    if (id === null) return last.length === 0 ? last : (last = []);
    return last.length === 1 && last[0]!.id === id ? last : (last = [{ id }]);
  };
  return (args) => {
    const activeId = String(args.active.id);
    if (!args.pointerCoordinates) return answer(track.keyboardTarget ?? track.lastOver ?? activeId);
    const columns = args.droppableContainers.filter((c) => String(c.id).startsWith(COLUMN_PREFIX));
    const hit = getFirstCollision(pointerWithin({ ...args, droppableContainers: columns }), 'id');
    if (hit != null) {
      let overId = String(hit);
      const ids = shown()[overId.slice(COLUMN_PREFIX.length)] ?? [];
      if (ids.length > 0) {
        const inColumn = idSet(ids);
        const cards = args.droppableContainers.filter((c) => inColumn.has(String(c.id)));
        const nearest = getFirstCollision(closestCenter({ ...args, droppableContainers: cards }), 'id');
        if (nearest != null) overId = String(nearest);
      }
      track.lastOver = overId;
      return answer(overId);
    }
    if (track.recentlyMoved) track.lastOver = activeId;
    return answer(track.lastOver);
  };
}

/** A column's ids as a set, made once per list (a pointer move must not copy a 400-card column). */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function idSet(ids: readonly string[]): ReadonlySet<string> {
  let set = sets.get(ids);
  if (!set) sets.set(ids, (set = new Set(ids)));
  return set;
}
