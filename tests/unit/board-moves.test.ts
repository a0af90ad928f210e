import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BoardMoveError, dropIndex, moveCard, toFullIndex } from '../../src/shared/domain/board-moves';
import type { Cells } from '../../src/shared/plan-schema';

const cells = (): Cells => ({ todo: ['a', 'b', 'c'], doing: ['d'], done: [] });

describe('moveCard', () => {
  it('reorders within a column', () => {
    expect(moveCard(cells(), { cardId: 'a', toColumn: 'todo', toIndex: 2 }).todo).toEqual(['b', 'c', 'a']);
    expect(moveCard(cells(), { cardId: 'c', toColumn: 'todo', toIndex: 0 }).todo).toEqual(['c', 'a', 'b']);
  });

  it('moves across columns, to both ends, and into an empty column', () => {
    const start = cells();
    const top = moveCard(start, { cardId: 'b', toColumn: 'doing', toIndex: 0 });
    expect(top).toEqual({ todo: ['a', 'c'], doing: ['b', 'd'], done: [] });
    expect(moveCard(start, { cardId: 'b', toColumn: 'doing', toIndex: 1 }).doing).toEqual(['d', 'b']);
    const empty = moveCard(start, { cardId: 'd', toColumn: 'done', toIndex: 0 });
    expect(empty).toEqual({ todo: ['a', 'b', 'c'], doing: [], done: ['d'] });
    // Untouched columns keep their arrays, so memoised columns need not re-render.
    expect(top.done).toBe(start.done);
    expect(start).toEqual(cells());
  });

  it('returns the same object when nothing moves', () => {
    const start = cells();
    expect(moveCard(start, { cardId: 'b', toColumn: 'todo', toIndex: 1 })).toBe(start);
  });

  it('rejects unknown cards, unknown columns and positions out of range', () => {
    const problem = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as BoardMoveError).problem;
      }
      return 'none';
    };
    expect(problem(() => moveCard(cells(), { cardId: 'zz', toColumn: 'todo', toIndex: 0 }))).toBe('unknown-card');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: 'nope', toIndex: 0 }))).toBe('unknown-column');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: '__proto__', toIndex: 0 }))).toBe('unknown-column');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: 'todo', toIndex: 3 }))).toBe('out-of-range');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: 'doing', toIndex: 2 }))).toBe('out-of-range');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: 'doing', toIndex: -1 }))).toBe('out-of-range');
    expect(problem(() => moveCard(cells(), { cardId: 'a', toColumn: 'doing', toIndex: 0.5 }))).toBe('out-of-range');
  });

  it('never loses or duplicates a card, whatever the moves', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const columns = ['x', 'y', 'z'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...columns), fc.nat(6))), (moves) => {
        let board: Cells = { x: ids.slice(), y: [], z: [] };
        for (const [cardId, toColumn, toIndex] of moves) {
          try {
            board = moveCard(board, { cardId, toColumn, toIndex });
          } catch (e) {
            expect(e).toBeInstanceOf(BoardMoveError);
          }
        }
        expect(Object.values(board).flat().sort()).toEqual(ids);
      }),
    );
  });
});

describe('toFullIndex (dropping among filtered cards)', () => {
  const full = ['a', 'b', 'c', 'd', 'e'];
  it('lands just before the visible card it was dropped above', () => {
    expect(toFullIndex(full, ['b', 'd'], 1)).toBe(3);
    expect(toFullIndex(full, ['b', 'd'], 0)).toBe(1);
  });
  it('lands just after the last visible card, or at the end of an empty view', () => {
    expect(toFullIndex(full, ['b', 'd'], 2)).toBe(4);
    expect(toFullIndex(full, [], 0)).toBe(5);
    expect(toFullIndex(full, full, 5)).toBe(5);
  });
});

describe('dropIndex (a drop among filtered cards, the dragged card known)', () => {
  // Full column a, x, b, y, c; the filter hides x and y, so the shown cards are a, b, c.
  const full = ['a', 'x', 'b', 'y', 'c'];
  const shown = ['a', 'b', 'c'];
  it('answers null for the place the card already holds among the shown cards: it does not jump a hidden neighbour', () => {
    // b between a and c, dropped between a and c again (place 1 without b): before, this moved b past y.
    expect(dropIndex(full, shown, 'b', 1)).toBeNull();
    expect(dropIndex(full, shown, 'a', 0)).toBeNull();
    expect(dropIndex(full, shown, 'c', 2)).toBeNull();
  });
  it('otherwise lands just before the shown card it was dropped above, in the full column without it', () => {
    // b above a: first.
    expect(dropIndex(full, shown, 'b', 0)).toBe(0);
    // a below b, above c: after the hidden y (just before c), in a, x, b, y, c without a.
    expect(dropIndex(full, shown, 'a', 1)).toBe(3);
    // a last: after c.
    expect(dropIndex(full, shown, 'a', 2)).toBe(4);
  });
  it('a card from another column lands by the shown cards of this one', () => {
    expect(dropIndex(full, shown, 'z', 1)).toBe(2);
    expect(dropIndex(full, shown, 'z', 3)).toBe(5);
    expect(dropIndex([], [], 'z', 0)).toBe(0);
  });
});
