import { describe, expect, it } from 'vitest';
import { cardDatesProblem, type CardDatesInput } from '../../src/shared/domain/card-dates';
import { okData } from '../support/ok-data';
import { fixedClock } from '../../src/main/core/clock';
import { startTestServices } from '../support/test-services';

/** Check s6, N2: Started and Finished follow one rule set; a typed day still to come is refused for both. */
const TODAY = '2026-11-30';
const base: CardDatesInput = { startedOn: null, finishedOn: null, role: 'doing', columnTitle: 'In progress', typed: {}, today: TODAY };
const FUTURE_START = 'The start date is later than today. It says when you began, so it cannot be a day still to come: type today or an earlier day.';
const FUTURE_FINISH = 'The finish date is later than today. It says when you finished, so it cannot be a day still to come: type today or an earlier day.';

describe('cardDatesProblem: the one rule set for a card\'s typed dates', () => {
  it('refuses a typed Started after today (the tester\'s 2031-01-01) and accepts today or before', () => {
    expect(cardDatesProblem({ ...base, startedOn: '2031-01-01', typed: { startedOn: true } })).toBe(FUTURE_START);
    expect(cardDatesProblem({ ...base, startedOn: '2026-12-01', typed: { startedOn: true } })).toBe(FUTURE_START);
    expect(cardDatesProblem({ ...base, startedOn: TODAY, typed: { startedOn: true } })).toBeNull();
    expect(cardDatesProblem({ ...base, startedOn: '2026-01-05', typed: { startedOn: true } })).toBeNull();
  });

  it('refuses a typed Finished after today on a Done card, by the same rule', () => {
    const done = { ...base, role: 'done' as const, columnTitle: 'Done', startedOn: '2026-11-01' };
    expect(cardDatesProblem({ ...done, finishedOn: '2026-12-24', typed: { finishedOn: true } })).toBe(FUTURE_FINISH);
    expect(cardDatesProblem({ ...done, finishedOn: TODAY, typed: { finishedOn: true } })).toBeNull();
  });

  it('holds only the typed date to "not after today" (a stored odd date does not lock the other field)', () => {
    expect(cardDatesProblem({ ...base, startedOn: '2031-01-01', typed: {} })).toBeNull();
  });

  it('keeps the column rules and the order rule', () => {
    expect(cardDatesProblem({ ...base, role: 'todo', columnTitle: 'Up next', finishedOn: '2026-11-20', typed: { finishedOn: true } })).toBe(
      "Only a card in a Done column has a finish date, and this one is in Up next. Move it to Done first: it gets today's date, which you can then change.",
    );
    expect(cardDatesProblem({ ...base, role: 'done', columnTitle: 'Done', startedOn: '2026-11-02', typed: { finishedOn: true } })).toBe(
      'A card in Done keeps its finish date. Type the day it was finished, or move the card out of Done.',
    );
    expect(cardDatesProblem({ ...base, typed: { startedOn: true } })).toBe('A card in In progress keeps its start date. Type the day you started it, or move the card back to a to-do column.');
    expect(cardDatesProblem({ ...base, role: 'done', startedOn: '2026-11-10', finishedOn: '2026-11-09', typed: { finishedOn: true } })).toBe(
      'The finish date is before the start date: choose a finish on or after the start.',
    );
  });

  it('main refuses a future Started over the contract, and the card keeps its date', async () => {
    const s = await startTestServices({ prefix: 'carddates', clock: fixedClock(TODAY) });
    try {
      const plan = okData(await s.call('plan:get', {}));
      const id = plan.board.projects.backlog[0] as string;
      okData(await s.call('board:move-project', { projectId: id, toColumn: 'in-progress', toIndex: 0 }));
      const before = s.store.plan.projects[id]!.startedOn;
      expect(before).toBe(TODAY);
      expect(await s.call('board:update-project', { projectId: id, patch: { startedOn: '2031-01-01' } })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: FUTURE_START } });
      expect(s.store.plan.projects[id]!.startedOn).toBe(TODAY);
      okData(await s.call('board:update-project', { projectId: id, patch: { startedOn: '2026-11-02' } }));
      expect(s.store.plan.projects[id]!.startedOn).toBe('2026-11-02');
    } finally {
      await s.close();
    }
  });
});
