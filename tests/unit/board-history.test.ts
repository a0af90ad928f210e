import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo } from '../../src/shared/domain/board-history';
import { matchesFilter } from '../../src/shared/domain/board-filter';

describe('undo/redo history', () => {
  it('undoes back to each earlier state and redoes forward again', () => {
    let h = emptyHistory<number>();
    let state = 0;
    for (const next of [1, 2, 3]) {
      h = record(h, state);
      state = next;
    }
    const u1 = undo(h, state)!;
    expect(u1.restore).toBe(2);
    const u2 = undo(u1.history, u1.restore)!;
    expect(u2.restore).toBe(1);
    const r1 = redo(u2.history, u2.restore)!;
    expect(r1.restore).toBe(2);
    const r2 = redo(r1.history, r1.restore)!;
    expect(r2.restore).toBe(3);
    expect(redo(r2.history, 3)).toBeNull();
  });

  it('drops the redo stack on a new action and has nothing to undo when empty', () => {
    const h = emptyHistory<string>();
    expect(undo(h, 'now')).toBeNull();
    const afterUndo = undo(record(h, 'a'), 'b')!.history;
    expect(afterUndo.future).toEqual(['b']);
    expect(record(afterUndo, 'a').future).toEqual([]);
  });

  it('keeps at least 50 steps and at most its limit', () => {
    let h = emptyHistory<number>(100);
    for (let i = 0; i < 150; i++) h = record(h, i);
    expect(h.past).toHaveLength(100);
    expect(h.past[0]).toBe(50);
    let state = 150;
    let undone = 0;
    for (let step = undo(h, state); step; step = undo(h, state)) {
      h = step.history;
      state = step.restore;
      undone++;
    }
    expect(undone).toBe(100);
    expect(state).toBe(50);
  });
});

describe('board filter', () => {
  const card = { text: ['Weather Forecast API', 'Fetch weather data'], stack: ['Python', 'FastAPI'] };
  it('needs every chosen tag and every query word, ignoring case', () => {
    expect(matchesFilter(card, { query: '', tags: [] })).toBe(true);
    expect(matchesFilter(card, { query: 'weather fastapi', tags: ['python'] })).toBe(true);
    expect(matchesFilter(card, { query: '', tags: ['Python', 'Django'] })).toBe(false);
    expect(matchesFilter(card, { query: 'flask', tags: [] })).toBe(false);
  });
});

