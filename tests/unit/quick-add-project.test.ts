import { afterEach, describe, expect, it } from 'vitest';
import { applyBoardChange, type BoardChange } from '../../src/shared/domain/board-change';
import { nameTakenMessage, newProjectNameProblem, sameProjectName } from '../../src/shared/domain/new-project';
import { startTestServices } from '../support/test-services';

/*
 * Issue 14, quick add on the Projects board: "+ Add project" at the foot of a column creates a
 * project of the learner's own (issue 15's board:add-project, extended with an optional column)
 * in THAT column, through the same rules as a move: the date rule of issue 12 (board-stamps.ts),
 * a work-in-progress limit that is told, not enforced, and one name per project.
 */
let running: Awaited<ReturnType<typeof startTestServices>> | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function services() {
  running = await startTestServices({ prefix: 'quick-add-project' }); // today is 2026-03-02
  const s = running;
  /** Through dispatch (zod), as over IPC; the renderer's copy rebuilt from the reply must equal main's. */
  const add = async (payload: unknown) => {
    const before = s.store.plan;
    const reply = await s.call('board:add-project', payload);
    if (reply.ok) {
      const merged = applyBoardChange(before, reply.data as BoardChange);
      expect({ board: merged.board, projects: merged.projects }).toEqual({ board: s.store.plan.board, projects: s.store.plan.projects });
    }
    return reply;
  };
  const idIn = (column: string) => s.store.plan.board.projects[column]!.at(-1)!;
  return { ...s, add, idIn };
}

describe('board:add-project with a column (the quick add)', () => {
  it('puts the new project at the bottom of the column asked for, with no dates in a to-do column', async () => {
    const s = await services();
    const before = [...s.store.plan.board.projects['up-next']!];
    const reply = await s.add({ name: 'Garden log', columnId: 'up-next' });
    expect(reply.ok).toBe(true);
    const id = s.idIn('up-next');
    expect(s.store.plan.board.projects['up-next']).toEqual([...before, id]);
    expect(s.store.plan.projects[id]).toMatchObject({ custom: true, text: { name: 'Garden log' }, startedOn: null, finishedOn: null });
    expect(s.store.plan.board.projects.backlog).not.toContain(id);
  });

  it('in Done it is stamped started and finished today, as a card moved into Done is', async () => {
    const s = await services();
    expect((await s.add({ name: 'Old side project', columnId: 'done' })).ok).toBe(true);
    expect(s.store.plan.projects[s.idIn('done')]).toMatchObject({ startedOn: '2026-03-02', finishedOn: '2026-03-02' });
  });

  it('in In progress it is stamped started today, with no finish date', async () => {
    const s = await services();
    expect((await s.add({ name: 'Chess clock', columnId: 'in-progress' })).ok).toBe(true);
    expect(s.store.plan.projects[s.idIn('in-progress')]).toMatchObject({ startedOn: '2026-03-02', finishedOn: null });
  });

  it('a column at its work-in-progress limit still takes it, as a drop does (the limit is told, not enforced)', async () => {
    const s = await services();
    for (const name of ['One', 'Two', 'Three']) expect((await s.add({ name, columnId: 'in-progress' })).ok).toBe(true);
    const limit = s.store.plan.board.columns.find((c) => c.id === 'in-progress')!.wipLimit;
    expect(limit).toBe(3);
    expect((await s.add({ name: 'Four', columnId: 'in-progress' })).ok).toBe(true);
    expect(s.store.plan.board.projects['in-progress']).toHaveLength(4);
  });

  it('without a column it goes to the first column, as the Add project dialog always did', async () => {
    const s = await services();
    expect((await s.add({ name: 'Recipe box' })).ok).toBe(true);
    expect(s.store.plan.projects[s.idIn('backlog')]!.text.name).toBe('Recipe box');
  });

  it('refuses, in plain words and without writing, an unknown column, an empty or too long name, and a name already taken', async () => {
    const s = await services();
    const revision = s.store.revision;
    expect(await s.add({ name: 'Garden log', columnId: 'no-such-column' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That column is no longer on the board; the project was not added.' },
    });
    const empty = await s.add({ name: '   ', columnId: 'backlog' });
    expect(empty.ok).toBe(false);
    expect(JSON.stringify(empty)).toContain('Give the project a name.');
    const long = await s.add({ name: 'x'.repeat(121), columnId: 'backlog' });
    expect(JSON.stringify(long)).toContain('The name can be at most 120 characters (it has 121).');
    expect(await s.add({ name: '  weather forecast api ', columnId: 'done' })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Another project is already called "Weather Forecast API"; give this one a name of its own.' },
    });
    expect(s.store.revision).toBe(revision);
  });
});

describe('the name rule the quick add checks before sending (domain/new-project.ts)', () => {
  it('says what is wrong, in the same words main uses', () => {
    const names = ['Weather Forecast API', 'Garden log'];
    expect(newProjectNameProblem('', names)).toBe('Give the project a name.');
    expect(newProjectNameProblem('y'.repeat(130), names)).toBe('The name can be at most 120 characters (it has 130).');
    expect(newProjectNameProblem(' GARDEN LOG ', names)).toBe(nameTakenMessage('Garden log'));
    expect(nameTakenMessage('Garden log')).toBe('Another project is already called "Garden log"; give this one a name of its own.');
    expect(newProjectNameProblem('Garden log 2', names)).toBeNull();
  });

  it('two names are one when they differ only in case and outer spaces', () => {
    expect(sameProjectName('Chess Clock', ' chess clock ')).toBe(true);
    expect(sameProjectName('Chess Clock', 'Chess  Clock')).toBe(false);
  });
});
