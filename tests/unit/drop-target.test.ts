import { describe, expect, it } from 'vitest';
import { columnAt, columnOrder, indicatorY, insertionIndex, type CardBox } from '../../src/renderer/src/features/board/drop-target';
import { edgeSpeed } from '../../src/renderer/src/features/board/edge-scroll';

/*
 * Where a mouse drag lands (issue 18's pointer layer): the column under the pointer and the place
 * in it, from rectangles measured once, and where the drop line is drawn.
 */

const bands = [
  { id: 'backlog', left: 0, right: 200 },
  { id: 'doing', left: 212, right: 412 },
  { id: 'done', left: 424, right: 624 },
];

/** Cards 60 px tall with 8 px gaps, from y = 100. */
const stack = (ids: string[], top = 100): CardBox[] => ids.map((id, i) => ({ id, top: top + i * 68, bottom: top + i * 68 + 60 }));

describe('columnAt', () => {
  it('answers the column whose band holds x, edges included', () => {
    expect(columnAt(bands, 0)?.id).toBe('backlog');
    expect(columnAt(bands, 200)?.id).toBe('backlog');
    expect(columnAt(bands, 300)?.id).toBe('doing');
    expect(columnAt(bands, 624)?.id).toBe('done');
  });
  it('in a gap, answers the nearer column', () => {
    expect(columnAt(bands, 204)?.id).toBe('backlog');
    expect(columnAt(bands, 209)?.id).toBe('doing');
  });
  it('answers null beyond the row by more than the margin', () => {
    expect(columnAt(bands, -30)).toBeNull();
    expect(columnAt(bands, 660)).toBeNull();
    expect(columnAt(bands, 640)?.id).toBe('done');
    expect(columnAt([], 10)).toBeNull();
  });
});

describe('insertionIndex', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('lands before the first card whose middle is below the pointer', () => {
    const order = columnOrder(ids, 'x');
    const boxes = stack(ids);
    expect(insertionIndex(order, boxes, 90)).toBe(0);
    expect(insertionIndex(order, boxes, 129)).toBe(0);
    expect(insertionIndex(order, boxes, 131)).toBe(1);
    expect(insertionIndex(order, boxes, 300)).toBe(3);
    expect(insertionIndex(order, boxes, 400)).toBe(4);
  });
  it('skips the dragged card: over its own place the answer is where it already is', () => {
    const order = columnOrder(ids, 'b');
    const boxes = stack(ids);
    expect(order.count).toBe(3);
    // Over b's upper and lower half alike: before c, which is place 1 without b.
    expect(insertionIndex(order, boxes, 175)).toBe(1);
    expect(insertionIndex(order, boxes, 195)).toBe(1);
    expect(insertionIndex(order, boxes, 400)).toBe(3);
  });
  it('in a long column only a window is mounted: places count in the whole column', () => {
    const all = Array.from({ length: 400 }, (_, i) => `c${i}`);
    const order = columnOrder(all, 'c0');
    const boxes = stack(['c200', 'c201', 'c202'], 100);
    expect(insertionIndex(order, boxes, 120)).toBe(199);
    expect(insertionIndex(order, boxes, 180)).toBe(200);
    expect(insertionIndex(order, boxes, 900)).toBe(202);
  });
  it('an empty column, or one holding only the dragged card, answers 0', () => {
    expect(insertionIndex(columnOrder([], 'a'), [], 50)).toBe(0);
    expect(insertionIndex(columnOrder(['a'], 'a'), stack(['a']), 500)).toBe(0);
  });
});

describe('indicatorY', () => {
  const ids = ['a', 'b', 'c'];
  const boxes = stack(ids);
  const order = columnOrder(ids, 'x');
  it('draws the line midway in the gap above the card at that place, or below the last one', () => {
    expect(indicatorY(order, boxes, 0, 90, 8)).toBe(96);
    expect(indicatorY(order, boxes, 1, 90, 8)).toBe(164);
    expect(indicatorY(order, boxes, 3, 90, 8)).toBe(100 + 2 * 68 + 60 + 4);
  });
  it('at the top of the list when nothing of the column is mounted', () => {
    expect(indicatorY(columnOrder([], 'x'), [], 0, 90, 8)).toBe(94);
  });
  it('leaves the dragged card out: the line never sits next to the card being moved', () => {
    const without = columnOrder(ids, 'b');
    // Place 1 without b is before c.
    expect(indicatorY(without, boxes, 1, 90, 8)).toBe(100 + 2 * 68 - 4);
  });
});

describe('edgeSpeed (px per ms while a card is held at an edge)', () => {
  // A box from y 100 to 600 in an 800 px window: its edge zones are 100 px deep.
  const axis = { start: 100, end: 600, limit: 800, scrolled: 1000 };
  it('a long column passes whole in 0.7 s at its very edge, half as fast halfway into the zone, and not at all outside it', () => {
    expect(edgeSpeed({ ...axis, range: 35_000, at: 600 })).toBeCloseTo(50, 5);
    expect(edgeSpeed({ ...axis, range: 35_000, at: 550 })).toBeCloseTo(25, 5);
    expect(edgeSpeed({ ...axis, range: 35_000, at: 150 })).toBeCloseTo(-25, 5);
    expect(edgeSpeed({ ...axis, range: 35_000, at: 350 })).toBe(0);
  });
  it('the page is steady at 2 px per ms however long it is (a 50,000 px Steps page does not fling the lane away)', () => {
    expect(edgeSpeed({ ...axis, range: 50_000, at: 600, steady: true })).toBe(2);
    expect(edgeSpeed({ ...axis, range: 50_000, at: 550, steady: true })).toBe(1);
    expect(edgeSpeed({ ...axis, scrolled: 100, range: 500, at: 600, steady: true })).toBe(2);
  });
  it('stops at the end it is heading for', () => {
    expect(edgeSpeed({ ...axis, range: 1000, at: 600 })).toBe(0);
    expect(edgeSpeed({ ...axis, scrolled: 0, range: 1000, at: 100 })).toBe(0);
  });
});
