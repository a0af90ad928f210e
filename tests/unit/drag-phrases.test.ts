import { describe, expect, it } from 'vitest';
import { cancelled, cardPlaceWords, dropped, droppedOutside, isOver, notOver, pickedUp, placeWords } from '../../src/renderer/src/features/board/drag-phrases';

// One set of sentences for keyboard drags (dnd-kit) and pointer drags (pointer-drag.ts).
describe('drag phrases', () => {
  const titles: Record<string, string> = { backlog: 'Backlog', doing: 'In progress' };
  const titleOf = (id: string) => titles[id] ?? 'no column';
  const cells = { backlog: ['a', 'b', 'c'], doing: ['d'] };

  it('names a place as the column and a position counted from 1', () => {
    expect(placeWords('Backlog', 0, 3)).toBe('column Backlog, position 1 of 3');
    expect(placeWords('In progress', 1, 2)).toBe('column In progress, position 2 of 2');
  });

  it('finds where a card is, or says nothing when it is in no column', () => {
    expect(cardPlaceWords(cells, 'b', titleOf)).toBe('column Backlog, position 2 of 3');
    expect(cardPlaceWords(cells, 'd', titleOf)).toBe('column In progress, position 1 of 1');
    expect(cardPlaceWords(cells, 'gone', titleOf)).toBeNull();
  });

  it('words each moment of a drag with the card and the place', () => {
    const where = 'column Backlog, position 2 of 3';
    expect(pickedUp('project', 'Weather CLI', where)).toBe('Picked up project Weather CLI in column Backlog, position 2 of 3.');
    expect(isOver('Weather CLI', where)).toBe('Weather CLI is over column Backlog, position 2 of 3.');
    expect(notOver('Weather CLI')).toBe('Weather CLI is not over a column.');
    expect(dropped('step', 'Write tests', where)).toBe('Dropped step Write tests in column Backlog, position 2 of 3.');
    expect(droppedOutside('Weather CLI')).toBe('Weather CLI was dropped outside the board and stays where it was.');
    expect(cancelled('Weather CLI', where)).toBe('Moving Weather CLI was cancelled. It is back in column Backlog, position 2 of 3.');
  });

  it('puts no second full stop after a title that ends a sentence itself', () => {
    const where = 'column Backlog, position 1 of 1';
    expect(pickedUp('step', 'Write tests.', where)).toBe('Picked up step Write tests. in column Backlog, position 1 of 1.');
    for (const title of ['Write tests.', 'Why Flask?', 'Ship it!', 'Wait for review…', 'Read "Fluent Python."', 'v1.0']) {
      for (const said of [pickedUp('step', title, where), dropped('step', title, where), cancelled(title, where), isOver(title, where)]) {
        expect(said).not.toMatch(/[.!?…]["”)]?\.\s/u);
        expect(said.endsWith('position 1 of 1.')).toBe(true);
      }
    }
  });
});
