import type { Collision, CollisionDetection } from '@dnd-kit/core';

/**
 * What one keyboard drag remembers between renders. Mutable on purpose: dnd-kit calls the
 * collision detection during its own render, where React state cannot be set.
 */
export interface DragTracking {
  /** The keyboard's chosen target (a card id or a column drop id), set by the coordinate getter. */
  keyboardTarget: string | null;
}

export const newTracking = (): DragTracking => ({ keyboardTarget: null });

/**
 * Collision detection for keyboard drags, the only ones dnd-kit runs here (mouse, pen and touch
 * drags are pointer-drag.ts's): the card is over exactly what the keyboard coordinate getter chose
 * (keyboard-coordinates.ts), or, before the first arrow key, where it was picked up. No geometry:
 * a keyboard move goes one place in the list order whatever the cards' sizes (issue 12 case 8).
 * The same array is returned while the answer does not change, so dnd-kit's context stays equal
 * and its consumers do not re-render.
 */
export function boardCollisionDetection(track: DragTracking): CollisionDetection {
  let last: Collision[] = [];
  return ({ active }) => {
    const id = track.keyboardTarget ?? String(active.id);
    return last.length === 1 && last[0]!.id === id ? last : (last = [{ id }]);
  };
}
