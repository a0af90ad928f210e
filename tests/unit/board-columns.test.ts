import { describe, expect, it } from 'vitest';
import { addColumn, deleteColumn, moveColumn, updateColumn } from '../../src/shared/domain/board-columns';
import { BoardMoveError } from '../../src/shared/domain/board-moves';
import { stepProgressByProject } from '../../src/shared/domain/step-progress';
import { stampProject, stampStep } from '../../src/shared/domain/board-stamps';
import type { Board, Step } from '../../src/shared/plan-schema';

const board = (): Board => ({
  columns: [
    { id: 'todo', title: 'To do', role: 'todo', wipLimit: null },
    { id: 'doing', title: 'Doing', role: 'doing', wipLimit: 2 },
    { id: 'done', title: 'Done', role: 'done', wipLimit: null },
  ],
  projects: { todo: ['p1'], doing: ['p2', 'p3'], done: [] },
  steps: { p1: { todo: ['s1'], doing: ['s2'], done: ['s3'] }, p2: { todo: [], doing: [], done: ['s4'] }, p3: { todo: [], doing: [], done: [] } },
  collapsedLanes: [],
});

describe('column edits', () => {
  it('deletes a column and re-homes its project and step cards at the end of the target', () => {
    const next = deleteColumn(board(), 'doing', 'todo');
    expect(next.columns.map((c) => c.id)).toEqual(['todo', 'done']);
    expect(next.projects).toEqual({ todo: ['p1', 'p2', 'p3'], done: [] });
    expect(next.steps.p1).toEqual({ todo: ['s1', 's2'], done: ['s3'] });
    expect(next.steps.p2).toEqual({ todo: [], done: ['s4'] });
  });

  it('refuses to delete into itself, into an unknown column, or the last column', () => {
    expect(() => deleteColumn(board(), 'doing', 'doing')).toThrow(BoardMoveError);
    expect(() => deleteColumn(board(), 'doing', 'nowhere')).toThrow(BoardMoveError);
    expect(() => deleteColumn(board(), 'nowhere', 'todo')).toThrow(BoardMoveError);
    const single: Board = { ...board(), columns: [board().columns[0]!], projects: { todo: [] }, steps: {} };
    expect(() => deleteColumn(single, 'todo', 'todo')).toThrow(BoardMoveError);
  });

  it('adds a column with an empty cell in every lane, renames, limits and reorders', () => {
    const added = addColumn(board(), { id: 'review', title: 'Review', role: 'review', wipLimit: null }, 2);
    expect(added.columns.map((c) => c.id)).toEqual(['todo', 'doing', 'review', 'done']);
    expect(added.projects.review).toEqual([]);
    expect(added.steps.p3!.review).toEqual([]);
    expect(() => addColumn(added, { id: 'review', title: 'Again', role: 'todo', wipLimit: null })).toThrow(BoardMoveError);
    const renamed = updateColumn(added, 'review', { title: 'Code review', wipLimit: 4 });
    expect(renamed.columns[2]).toMatchObject({ title: 'Code review', wipLimit: 4, role: 'review' });
    expect(moveColumn(renamed, 'review', 0).columns.map((c) => c.id)).toEqual(['review', 'todo', 'doing', 'done']);
    expect(moveColumn(renamed, 'review', 2)).toBe(renamed);
    expect(() => moveColumn(renamed, 'review', 4)).toThrow(BoardMoveError);
  });
});

describe('step progress and date stamps', () => {
  it('counts active steps in done-role columns only', () => {
    const step = (id: string, state: Step['state'] = 'active'): Step => ({ id, projectId: 'p', title: id, builtin: false, state, completedOn: null });
    const steps = { s1: step('s1'), s2: step('s2'), s3: step('s3'), s4: step('s4', 'archived') };
    const progress = stepProgressByProject(board(), steps);
    expect(progress.get('p1')).toEqual({ done: 1, total: 3 });
    expect(progress.get('p2')).toEqual({ done: 0, total: 0 });
  });

  it('stamps start on entering a doing column, finish on entering done, and reopens on leaving done', () => {
    const fresh = { notes: '', repoUrl: '', startedOn: null, finishedOn: null, folder: null, stackChoices: {}, text: {}, custom: false };
    const started = stampProject(fresh, 'todo', 'doing', '2026-03-02');
    expect(started).toMatchObject({ startedOn: '2026-03-02', finishedOn: null });
    expect(stampProject(started, 'doing', 'doing', '2026-04-01')).toBe(started);
    const finished = stampProject(started, 'doing', 'done', '2026-03-20');
    expect(finished).toMatchObject({ startedOn: '2026-03-02', finishedOn: '2026-03-20' });
    expect(stampProject(finished, 'done', 'review', '2026-03-21')).toMatchObject({ startedOn: '2026-03-02', finishedOn: null });
    expect(stampProject(fresh, 'todo', 'done', '2026-03-05')).toMatchObject({ startedOn: '2026-03-05', finishedOn: '2026-03-05' });
    const step: Step = { id: 's', projectId: 'p', title: 't', builtin: true, state: 'active', completedOn: null };
    const completed = stampStep(step, 'doing', 'done', '2026-03-09');
    expect(completed.completedOn).toBe('2026-03-09');
    expect(stampStep(completed, 'done', 'todo', '2026-03-10').completedOn).toBeNull();
  });
});
