import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS } from '../../src/shared/default-plan';
import { moveCard } from '../../src/shared/domain/board-moves';
import { cardMenuModel } from '../../src/renderer/src/features/board/card-menu-model';
import { createRovingStore } from '../../src/renderer/src/features/board/roving';

const cells = { backlog: ['a', 'b', 'c'], 'up-next': [], 'in-progress': ['d'], review: [], done: [] };

describe('card menu entries', () => {
  it('offers Open, top, bottom (and Archive for steps), and every column with the card’s own disabled', () => {
    const model = cardMenuModel(cells, DEFAULT_COLUMNS, 'b', true)!;
    expect(model.entries.map((e) => [e.label, e.disabled])).toEqual([
      ['Open', false],
      ['Move to top', false],
      ['Move to bottom', false],
      ['Archive', false],
    ]);
    expect(model.columns.map((e) => [e.label, e.disabled])).toEqual([
      ['Backlog (here)', true],
      ['Up next', false],
      ['In progress', false],
      ['Review', false],
      ['Done', false],
    ]);
    expect(cardMenuModel(cells, DEFAULT_COLUMNS, 'b', false)!.entries.map((e) => e.label)).not.toContain('Archive');
  });

  it('gives positions main accepts: top is 0, bottom is the last place, another column is its end', () => {
    const model = cardMenuModel(cells, DEFAULT_COLUMNS, 'b', false)!;
    const place = (label: string) => [...model.entries, ...model.columns].find((e) => e.label === label)!.action;
    expect(place('Move to top')).toEqual({ type: 'move', toColumn: 'backlog', toIndex: 0 });
    expect(place('Move to bottom')).toEqual({ type: 'move', toColumn: 'backlog', toIndex: 2 });
    expect(place('In progress')).toEqual({ type: 'move', toColumn: 'in-progress', toIndex: 1 });
    for (const label of ['Move to top', 'Move to bottom', 'In progress', 'Up next']) {
      const action = place(label);
      if (action.type !== 'move') throw new Error(label);
      expect(() => moveCard(cells, { cardId: 'b', toColumn: action.toColumn, toIndex: action.toIndex })).not.toThrow();
    }
    expect(moveCard(cells, { cardId: 'b', toColumn: 'backlog', toIndex: 2 }).backlog).toEqual(['a', 'c', 'b']);
  });

  it('disables top for the first card and bottom for the last; a card not on the board has no menu', () => {
    expect(cardMenuModel(cells, DEFAULT_COLUMNS, 'a', false)!.entries.find((e) => e.label === 'Move to top')!.disabled).toBe(true);
    expect(cardMenuModel(cells, DEFAULT_COLUMNS, 'c', false)!.entries.find((e) => e.label === 'Move to bottom')!.disabled).toBe(true);
    const alone = cardMenuModel(cells, DEFAULT_COLUMNS, 'd', false)!.entries;
    expect(alone.filter((e) => e.label.startsWith('Move to ')).every((e) => e.disabled)).toBe(true);
    expect(cardMenuModel(cells, DEFAULT_COLUMNS, 'zz', false)).toBeNull();
  });
});

describe('roving tab stop store', () => {
  it('the first card holds the stop until another card is focused; a card that leaves hands it back', () => {
    const store = createRovingStore();
    const order = DEFAULT_COLUMNS.map((c) => c.id);
    let changes = 0;
    store.subscribe(() => changes++);
    store.sync(cells, order);
    expect(store.stop()).toBe('a');
    store.setCurrent('d');
    expect(store.stop()).toBe('d');
    store.sync({ ...cells, 'in-progress': [] }, order); // d filtered out or moved away
    expect(store.stop()).toBe('a');
    store.sync({ ...cells, backlog: [] }, order);
    expect(store.stop()).toBe('d');
    store.sync({ backlog: [], 'up-next': [], 'in-progress': [], review: [], done: [] }, order);
    expect(store.stop()).toBeNull();
    expect(changes).toBe(5);
  });
});
