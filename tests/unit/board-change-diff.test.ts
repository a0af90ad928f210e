import { describe, expect, it } from 'vitest';
import { applyBoardChange, diffForBoard } from '../../src/shared/domain/board-change';
import { sameData } from '../../src/shared/domain/same-data';
import { moveCard } from '../../src/shared/domain/board-moves';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';

/**
 * Issue 18: the store keeps the schema's validated output, a copy in which every object is new.
 * A reply must still name only what changed (a card move at 200 projects sent all 200 projects,
 * 342 kB through IPC and a re-render of every card), and never leave a real change out.
 */
const plan = (): Plan => PlanSchema.parse(generateStressPlan(loadCurriculumData(), { today: '2026-03-02' }));

/** What the store hands back after a change: the draft, validated again (new objects throughout). */
const validated = (draft: Plan): Plan => PlanSchema.parse(structuredClone(draft));

describe('diffForBoard on the store\'s validated copy', () => {
  it('a card move between two to-do columns replies with the two columns only: no project, no step', () => {
    const before = plan();
    const [from, to] = before.board.columns;
    const id = before.board.projects[from!.id]![0]!;
    const after = validated({ ...before, board: { ...before.board, projects: moveCard(before.board.projects, { cardId: id, toColumn: to!.id, toIndex: 0 }) } });
    const change = diffForBoard(before, after);
    expect(change.projects).toEqual({});
    expect(change.steps).toEqual({});
    expect(change.board.projects).toEqual(after.board.projects);
    expect(JSON.stringify(change).length).toBeLessThan(10_000);
  });

  it('names exactly the projects and steps whose data changed, nested fields included, and the merge gives main\'s plan', () => {
    const before = plan();
    const ids = Object.keys(before.projects);
    const stepIds = Object.keys(before.steps);
    const draft = structuredClone(before);
    draft.projects[ids[0]!]!.startedOn = '2026-03-02';
    draft.projects[ids[1]!]!.text = { ...draft.projects[ids[1]!]!.text, name: 'My own name' };
    draft.projects[ids[2]!]!.stackChoices = { ...draft.projects[ids[2]!]!.stackChoices, 'Flask/Django': 'Django' };
    draft.steps[stepIds[0]!]!.completedOn = '2026-03-02';
    const after = validated(draft);
    const change = diffForBoard(before, after);
    expect(Object.keys(change.projects).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    expect(Object.keys(change.steps)).toEqual([stepIds[0]]);
    const merged = applyBoardChange(before, change);
    expect({ board: merged.board, projects: merged.projects, steps: merged.steps }).toEqual({ board: after.board, projects: after.projects, steps: after.steps });
  });

  it('a key on one side only, a longer array or a different value is a change; key order and identity are not', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameData(undefined, {})).toBe(false);
  });
});

describe('diffForBoard names what was taken out (review of issue 18: an undone step stayed on screen)', () => {
  const part = (p: Plan) => ({ board: p.board, projects: p.projects, steps: p.steps });

  it('a step taken out of the plan and off its lane is named, and the merge gives main\'s plan without it', () => {
    const before = plan();
    const step = Object.values(before.steps)[0]!;
    const lane = before.board.steps[step.projectId]!;
    const { [step.id]: _gone, ...steps } = before.steps;
    const after = validated({
      ...before,
      steps,
      board: { ...before.board, steps: { ...before.board.steps, [step.projectId]: Object.fromEntries(Object.entries(lane).map(([col, ids]) => [col, ids.filter((id) => id !== step.id)])) } },
    });
    const change = diffForBoard(before, after);
    expect(change.removedSteps).toEqual([step.id]);
    expect(change.removedProjects).toBeUndefined();
    const merged = applyBoardChange(before, change);
    expect(Object.hasOwn(merged.steps, step.id)).toBe(false);
    expect(part(merged)).toEqual(part(after));
  });

  it('a change that takes nothing out names nothing', () => {
    const before = plan();
    const unchanged = diffForBoard(before, validated(before));
    expect(unchanged.removedSteps).toBeUndefined();
    expect(unchanged.removedProjects).toBeUndefined();
  });
});
