import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BoardMoveError, moveCard, toFullIndex } from '../../src/shared/domain/board-moves';
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
