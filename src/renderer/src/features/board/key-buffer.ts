/** Keys the keyboard sensor acts on while a card is lifted (dnd-kit's defaults plus arrows). */
const DRAG_KEYS = new Set(['Space', 'Enter', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

const afterFrames = (frames: number, done: () => void) => {
  const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
  step(frames);
};

/**
 * Holds keys pressed during a keyboard drag until the board has caught up, then hands them on in
 * order (issue 12 case 9). dnd-kit starts listening for keys a task after the pick-up, and a drop
 * reads the target chosen on the previous render; so "Space, ArrowRight, Space" sent with no pause
 * (assistive tools, fast typists) lost the arrow, and a Space right after an arrow dropped the card
 * at its old place. Here every drag key waits until the pick-up is set up and the previous key has
 * been drawn (two animation frames); a key that finds nothing pending goes straight through.
 *
 * Listens on the window in the capture phase (before dnd-kit's document listener) from the
 * pick-up; `activator` is the keydown that lifted the card, which must not be seen again.
 * Returns the function that stops listening (on drop or cancel); keys still waiting are dropped
 * with the drag they belonged to.
 */
export function bufferDragKeys(activator: Event): () => void {
  const queue: KeyboardEvent[] = [];
  const replayed = new WeakSet<Event>();
  let busy = true;
  let stopped = false;

  const settle = () => {
    busy = true;
    afterFrames(2, () => {
      busy = false;
      const next = queue.shift();
      if (next && !stopped) replay(next);
    });
  };
  const replay = (original: KeyboardEvent) => {
    const copy = new KeyboardEvent('keydown', { key: original.key, code: original.code, bubbles: true, cancelable: true, shiftKey: original.shiftKey });
    replayed.add(copy);
    settle();
    (document.activeElement ?? document.body).dispatchEvent(copy);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event === activator || replayed.has(event) || !DRAG_KEYS.has(event.code)) return;
    if (busy || queue.length > 0) {
      // Not yet: keep it (and stop the page from scrolling or a button from clicking meanwhile).
      event.preventDefault();
      event.stopImmediatePropagation();
      queue.push(event);
      return;
    }
    settle();
  };
  window.addEventListener('keydown', onKeyDown, true);
  // dnd-kit attaches its key listener in a zero-delay timeout after the pick-up.
  setTimeout(settle, 0);
  return () => {
    stopped = true;
    queue.length = 0;
    window.removeEventListener('keydown', onKeyDown, true);
  };
}
