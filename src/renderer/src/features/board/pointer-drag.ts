import { findCard } from '@shared/domain/board-moves';
import type { Cells } from '@shared/plan-schema';
import { announce } from './announcer';
import * as say from './drag-phrases';
import { columnAt, columnOrder, indicatorY, insertionIndex, type CardBox, type ColumnBand, type ColumnOrder, type DropTarget } from './drop-target';
import { edgeScrolls, MAX_FRAME_MS, scrollBoxes, scrollBy, type ScrollBox } from './edge-scroll';

/*
 * Mouse, pen and touch drags of a board's cards, with no React render between pick-up and drop (issue 18:
 * ≤ 4 ms of main-thread time per pointer move at 10, 200 and 2,000 cards). dnd-kit re-renders its
 * context, every sortable list and the overlay on each move, and moves the card's placeholder
 * through the lists (a layout of two columns) each time it crosses a card: 7–21 ms per move here.
 * This layer instead moves a copy of the card by a transform and a drop line between the cards,
 * from rectangles measured at pick-up and after each scroll; React renders once when the card is
 * lifted and once when it lands. Touch works the same after a finger rests on a card for 200 ms;
 * keyboard drags stay with dnd-kit (SortableBoard.tsx).
 *
 * The DOM it reads: cards are `article[data-drag-id]` inside `section[data-column-id]`, whose
 * card list is its `ul`; a long column's list scrolls in its `.card-scroll` (edge-scroll.ts
 * scrolls it while a card is held at its edge).
 */

export interface PointerDragOptions {
  /** "project" or "step": the words of the announcements. */
  kind: string;
  /** The cards as shown now, by column id (filtered-out cards left out). */
  shown(): Cells;
  nameOf(id: string): string;
  columnTitle(columnId: string): string;
  /** True while a keyboard drag (dnd-kit's) is on: a press then starts nothing. */
  busy(): boolean;
  /** The card was lifted: one React render (keeps it mounted in a long column, starts edge scroll). */
  onLift(id: string): void;
  /** The drag is over, dropped or not (called before `onDrop`). */
  onSettle(): void;
  /** The card was let go over `target`: a place among the column's shown cards without it. */
  onDrop(id: string, target: DropTarget): void;
}

/** How far the pointer moves with the button down before a press becomes a drag (px; dnd-kit's was the same). */
const ACTIVATION_PX = 5;
/** A finger resting this long on a card lifts it, unless it moved further than the tolerance first (dnd-kit's touch sensor's values). */
const TOUCH_HOLD_MS = 200;
const TOUCH_TOLERANCE_PX = 6;
/** The gap between cards (board.css), halved for the drop line's place. */
const CARD_GAP = 8;
/** How long the card rests at a place before the place is announced (ms). */
const SPEAK_AFTER_MS = 150;
/** Listened to before the page's own listeners. (A move or a scroll cannot be held back anyway: no listener needs to say `passive`.) */
const CAPTURE = { capture: true };
/**
 * Ends `drag-still` (set at lift): what the page skipped as off screen is rendered and tracked again.
 * On a scroll or resize during the drag, and from the Steps view whenever its lanes re-render under a
 * held card (another window's edit can move an off-screen lane into sight).
 */
export const unfreeze = () => document.documentElement.classList.remove('drag-still');
/** Presses here edit text: they select, they do not drag. */
const TEXT_FIELDS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** A board's pointer drags: its `pointerdown` handler, and the function that cancels one in progress. */
export interface PointerDrags {
  onPointerDown(event: PointerEvent): void;
  dispose(): void;
}

/**
 * Makes the cards inside `board` (the row of columns) draggable by mouse, pen and touch. The caller
 * passes the row's `pointerdown` events through React (`onPointerDown`), so a control inside a
 * card that stops the event there (the card menu's button) starts no drag.
 */
export function pointerDrags(board: HTMLElement, options: PointerDragOptions): PointerDrags {
  let drag: Drag | null = null;
  return {
    onPointerDown(event) {
      if (drag || event.button !== 0 || !event.isPrimary || options.busy()) return;
      const target = event.target as Element;
      if (target.closest(TEXT_FIELDS)) return;
      const card = target.closest<HTMLElement>('article[data-drag-id]');
      if (!card || !board.contains(card)) return;
      drag = press(board, card, event, options, () => (drag = null));
    },
    dispose: () => drag?.cancel(),
  };
}

interface Drag {
  cancel(): void;
}

/** Adds a listener on the window for as long as the press lasts (its listeners go together when it ends). */
type Listen = (type: string, listener: (event: never) => void, options?: AddEventListenerOptions) => void;

/** A column as measured at pick-up or after a scroll. */
interface MeasuredColumn extends ColumnBand {
  section: HTMLElement;
  list: DOMRect | null;
  /** A long column's own scroll box (virtualised lists scroll inside it), and where it is. */
  own: ScrollBox | null;
}

/** A press on a card: nothing happens until the pointer moves `ACTIVATION_PX`; then the card is lifted. */
function press(board: HTMLElement, card: HTMLElement, down: PointerEvent, options: PointerDragOptions, done: () => void): Drag {
  const id = card.dataset.dragId!;
  const name = options.nameOf(id);
  const start = { x: down.clientX, y: down.clientY };
  let pointer = start;
  let lifted: Lifted | null = null;
  // A finger lifts the card by resting on it (a moving finger scrolls the page instead).
  const touch = down.pointerType === 'touch';
  let holding = touch ? window.setTimeout(() => begin(), TOUCH_HOLD_MS) : 0;

  function begin() {
    holding = 0;
    // A keyboard drag started while the button was held: that one goes on, this press is dropped.
    if (options.busy()) return end();
    lifted = lift(board, card, id, start, options, on);
    // Captured by the row (it outlives any card): the release is seen even outside the window,
    // and hover styles stay put instead of being recomputed for every card the pointer crosses.
    try {
      board.setPointerCapture(down.pointerId);
    } catch {
      // Not capturable (the pointer is already up): pointerup on the window still ends the drag.
    }
    lifted.moveTo(pointer);
  }
  const onMove = (event: PointerEvent) => {
    // Once the card is lifted, moves (and the mousemoves that follow them, which have no pointerId)
    // are this drag's alone: stopped at the window, they never reach React's root listeners (0.14 ms
    // of every move, traced, with nothing there to hear them).
    if (lifted) event.stopPropagation();
    if (event.pointerId !== down.pointerId) return;
    pointer = { x: event.clientX, y: event.clientY };
    if (!lifted) {
      const moved = Math.hypot(pointer.x - start.x, pointer.y - start.y);
      if (touch) {
        if (moved > TOUCH_TOLERANCE_PX) end();
      } else if (moved >= ACTIVATION_PX) begin();
      return;
    }
    lifted.moveTo(pointer);
  };
  // Once a finger holds the card, its moves drag and do not scroll (the first touchmove after a
  // still press can still be cancelled); a long press is a drag, not the card's context menu (its
  // ⋯ button opens that).
  const noTouchDefault = (event: Event) => {
    if (!touch || !(lifted || event.type === 'contextmenu')) return;
    event.preventDefault();
    if (event.type === 'contextmenu') event.stopPropagation();
  };
  const onUp = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    if (!lifted) return end();
    const target = lifted.land({ x: event.clientX, y: event.clientY });
    // Worded before the drop: the move changes what the board shows.
    const said = target ? say.dropped(options.kind, name, lifted.placeWords(target)) : say.droppedOutside(name);
    // No click follows on the card: the row holds the pointer capture, so the click goes to the row.
    end();
    announce(said);
    if (!target) return;
    options.onDrop(id, target);
    // The moved card keeps (or takes) the focus, so the keyboard goes on from it.
    keepFocusOn(board, id);
  };
  const cancel = () => {
    if (lifted) announce(say.cancelled(name, lifted.origin));
    end();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!lifted) return;
    // The keys of a drag belong to this one while the button is held: none starts another.
    if (event.key === 'Escape') cancel();
    event.preventDefault();
    event.stopPropagation();
  };
  const onCancel = (event: Event) => {
    if (!(event instanceof PointerEvent) || event.pointerId === down.pointerId) cancel();
  };

  // Every listener of this press goes with it.
  const listening = new AbortController();
  function end() {
    clearTimeout(holding);
    listening.abort();
    lifted?.remove();
    if (lifted) options.onSettle();
    done();
  }
  const on: Listen = (type, listener, options) =>
    window.addEventListener(type, listener as EventListener, { ...options, signal: listening.signal });
  on('touchmove', noTouchDefault, { passive: false });
  on('contextmenu', noTouchDefault, CAPTURE);
  on('pointermove', onMove, CAPTURE);
  on('mousemove', onMove, CAPTURE);
  on('pointerup', onUp);
  on('pointercancel', onCancel);
  on('blur', onCancel);
  on('keydown', onKey, CAPTURE);
  on('dragstart', (event: Event) => event.preventDefault(), CAPTURE);
  return { cancel };
}

/**
 * Focuses the card's title again once the drop has been rendered, without scrolling: left alone,
 * the focus rescue (a11y/focus-rescue.ts) would send it to the board's Tab stop, which may be screens away.
 */
function keepFocusOn(board: HTMLElement, id: string) {
  const before = document.activeElement;
  requestAnimationFrame(() => {
    // Only if nothing else took the focus meanwhile (a key pressed right after the drop).
    const now = document.activeElement;
    if (now !== before && now !== document.body) return;
    board.querySelector<HTMLElement>(`article[data-drag-id="${CSS.escape(id)}"] [data-card-id]`)?.focus({ preventScroll: true });
  });
}

interface Lifted {
  /** Where the card was, in words ("column Backlog, position 2 of 5"). */
  origin: string;
  moveTo(p: { x: number; y: number }): void;
  /** The place under `p`, or null off the board, with the frame work done now. */
  land(p: { x: number; y: number }): DropTarget | null;
  /** A place in words, counted as the column will be after the drop ("column Up next, position 2 of 3"). */
  placeWords(target: DropTarget): string;
  remove(): void;
}

/**
 * Lifts the card: a copy follows the pointer, the card itself stays in place dimmed, and a drop
 * line shows where it would land. All work per move happens in one animation frame: a transform
 * for the copy; the column under the pointer and the place in it from cached rectangles; the drop
 * line and announcement only when that place changes; edge scrolling.
 */
function lift(board: HTMLElement, card: HTMLElement, id: string, start: { x: number; y: number }, options: PointerDragOptions, on: Listen): Lifted {
  const rect = card.getBoundingClientRect();
  const copy = overlayCopy(card, rect);
  const line = document.createElement('div');
  line.className = 'drop-line';
  line.hidden = true;
  // In the body, not beside the board: a lane is contained (content-visibility), which would make
  // it the box a fixed element is placed in and clipped to. The theme is on :root, so both look alike.
  document.body.append(copy, line);
  card.dataset.dragging = 'true';
  // `drag-still`: nothing has scrolled since the lift, so what the browser skips as off screen
  // stays off screen; board.css then stops it being tracked (a Steps lane's content-visibility).
  const page = document.documentElement.classList;
  page.add('pointer-dragging', 'drag-still');
  window.getSelection()?.removeAllRanges();

  let pointer = start;
  // The way the pointer last moved on each axis: the page scrolls only that way (dnd-kit's "scroll
  // intent"), so a card lifted near the top and carried down does not scroll the page up.
  const intent = { x: 0, y: 0 };
  let frame = 0;
  let lastFrame = 0;
  let target: DropTarget | null = null;
  // Where the card was: said on pick-up and cancel; the place not said again while it rests there.
  const home = findCard(options.shown(), id);
  const origin = say.cardPlaceWords(options.shown(), id, options.columnTitle) ?? 'the board';
  let spoken = home ? `${home.column}:${home.index}` : '';
  // Rectangles: measured once, again only after something scrolled (scrolling moves them all).
  let columns: MeasuredColumn[] | null = null;
  let row: DOMRect | null = null;
  const boxes = new Map<string, CardBox[]>();
  const orders = new Map<string, ColumnOrder>();
  let ordersOf: Cells | null = null;
  let scrollers = scrollBoxes(board);

  const measure = () => {
    row = board.getBoundingClientRect();
    scrollers = scrollBoxes(board);
    columns = Array.from(board.querySelectorAll<HTMLElement>('section[data-column-id]'), (section) => {
      const r = section.getBoundingClientRect();
      const scroller = section.querySelector<HTMLElement>('.card-scroll');
      const list = section.querySelector('ul');
      return { id: section.dataset.columnId!, left: r.left, right: r.right, section, list: list?.getBoundingClientRect() ?? null, own: scroller ? { box: scroller, rect: scroller.getBoundingClientRect() } : null };
    });
    boxes.clear();
  };
  const boxesOf = (column: MeasuredColumn): CardBox[] => {
    let found = boxes.get(column.id);
    if (!found) {
      found = Array.from(column.section.querySelectorAll<HTMLElement>('article[data-drag-id]'), (el) => {
        const r = el.getBoundingClientRect();
        return { id: el.dataset.dragId!, top: r.top, bottom: r.bottom };
      }).sort((a, b) => a.top - b.top);
      boxes.set(column.id, found);
    }
    return found;
  };
  // What is shown is compared with what was last seen once per frame, and before a drop is worked
  // out or a place is said: the plan can change mid-drag (another window), and then the orders
  // and every rectangle are taken again.
  const sync = () => {
    const shown = options.shown();
    if (shown === ordersOf) return;
    ordersOf = shown;
    orders.clear();
    columns = null;
  };
  const orderOf = (column: string): ColumnOrder => {
    let order = orders.get(column);
    if (!order) orders.set(column, (order = columnOrder(ordersOf?.[column] ?? [], id)));
    return order;
  };
  const placeWords = (at: DropTarget) => {
    sync();
    return say.placeWords(options.columnTitle(at.column), at.index, orderOf(at.column).count + 1);
  };

  const show = (next: DropTarget, column: MeasuredColumn) => {
    target = next;
    const order = orderOf(next.column);
    const listTop = column.list?.top ?? column.own?.rect.top ?? 0;
    let y = indicatorY(order, boxesOf(column), next.index, listTop, CARD_GAP);
    if (column.own) y = Math.min(Math.max(y, column.own.rect.top), column.own.rect.bottom);
    const left = column.list?.left ?? column.left;
    const width = `${column.list?.width ?? column.right - column.left}px`;
    // Only what changed is written: each write is style work in this frame.
    if (line.style.width !== width) line.style.width = width;
    line.style.transform = `translate(${left}px, ${y - 1.5}px)`;
    if (line.hidden) line.hidden = false;
    speakSoon(next);
  };

  // Said once the card rests at a place (a sweep across the board would otherwise queue a sentence
  // for every card it passes), and only when it differs from what was last said: at first, where
  // the card already is.
  let speaking = 0;
  const speakSoon = (next: DropTarget | null) => {
    clearTimeout(speaking);
    speaking = window.setTimeout(() => {
      const key = next ? `${next.column}:${next.index}` : '';
      if (spoken === key) return;
      spoken = key;
      const name = options.nameOf(id);
      announce(next ? say.isOver(name, placeWords(next)) : say.notOver(name));
    }, SPEAK_AFTER_MS);
  };

  /** The column under the pointer, and whether it is over the board: above or below the row of
   * columns (a filter bar, another lane's heading) is off it, though a long column's own box still
   * scrolls when the pointer is just below it. */
  const hitTest = () => {
    if (!columns) measure();
    const band = columnAt(columns!, pointer.x);
    return { band, over: row && pointer.y >= row.top && pointer.y <= row.bottom ? band : null };
  };

  // Every read of the page comes before any write in a frame: a read after a write would make
  // the browser recompute style (and maybe layout) twice in one frame.
  const onFrame = (now: number) => {
    frame = 0;
    // After a scroll, a resize or a change of the cards shown (another window's edit) everything is
    // measured again, and the line redrawn even if its place is the same.
    sync();
    const remeasured = !columns;
    const { band, over: column } = hitTest();
    const index = column ? insertionIndex(orderOf(column.id), boxesOf(column), pointer.y) : null;
    const scrolls = edgeScrolls(scrollers, band?.own ?? null, pointer, intent);
    copy.style.transform = `translate(${pointer.x - start.x}px, ${pointer.y - start.y}px)`;
    if (column && index !== null) {
      if (remeasured || !target || target.column !== column.id || target.index !== index) show({ column: column.id, index }, column);
    } else if (target) {
      // Off the board: no line, and letting go now moves nothing.
      target = null;
      line.hidden = true;
      speakSoon(null);
    }
    const elapsed = lastFrame ? Math.min(now - lastFrame, MAX_FRAME_MS) : 1000 / 60;
    lastFrame = now;
    let scrolled = false;
    for (const s of scrolls) scrolled = scrollBy(s.box, s.axis, s.speed * elapsed) || scrolled;
    if (scrolled) frame = requestAnimationFrame(onFrame);
    else lastFrame = 0;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(onFrame);
  };
  const onScroll = () => {
    columns = null;
    // A scroll or a resize may bring skipped content into sight: it is tracked again from now on.
    unfreeze();
    schedule();
  };
  on('scroll', onScroll, CAPTURE);
  on('resize', onScroll);

  options.onLift(id);
  announce(say.pickedUp(options.kind, options.nameOf(id), origin));

  return {
    origin,
    moveTo(p) {
      if (p.x !== pointer.x) intent.x = Math.sign(p.x - pointer.x);
      if (p.y !== pointer.y) intent.y = Math.sign(p.y - pointer.y);
      pointer = p;
      schedule();
    },
    land(p) {
      pointer = p;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      sync();
      const column = hitTest().over;
      return column ? { column: column.id, index: insertionIndex(orderOf(column.id), boxesOf(column), pointer.y) } : null;
    },
    placeWords,
    remove() {
      if (frame) cancelAnimationFrame(frame);
      copy.remove();
      line.remove();
      clearTimeout(speaking);
      // The card's element may have been replaced (a long column re-renders as it scrolls).
      for (const el of board.querySelectorAll<HTMLElement>('article[data-dragging]')) delete el.dataset.dragging;
      page.remove('pointer-dragging', 'drag-still');
    },
  };
}

/** The card's copy under the pointer: the same look, nothing in it focusable or read out. */
function overlayCopy(card: HTMLElement, rect: DOMRect): HTMLElement {
  const copy = card.cloneNode(true) as HTMLElement;
  // No ids, and no card's Tab stop marker: lookups by either must find the real card only.
  for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id], [data-card-id]')]) {
    el.removeAttribute('id');
    el.removeAttribute('data-card-id');
  }
  delete copy.dataset.dragId;
  copy.setAttribute('aria-hidden', 'true');
  copy.inert = true;
  // Not dnd-kit's overlay class: its will-change and containment made every frame's compositor
  // commit slower here (a 2D transform was measured cheaper per move).
  copy.classList.add('drag-overlay', 'pointer-overlay');
  copy.style.cssText += `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;margin:0;transform:none;transition:none`;
  return copy;
}
