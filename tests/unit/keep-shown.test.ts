import { describe, expect, it } from 'vitest';
import { applyBoardChange, diffForBoard } from '../../src/shared/domain/board-change';
import { keepShown } from '../../src/shared/domain/keep-shown';
import { moveCard } from '../../src/shared/domain/board-moves';
import { PlanSchema, type Plan } from '../../src/shared/plan-schema';
import { generateStressPlan, loadCurriculumData } from '../../scripts/generate-stress-plan';

const base = (): Plan => PlanSchema.parse(generateStressPlan(loadCurriculumData(), { today: '2026-03-02', projects: 20 }));
/** What arrives from main: JSON, so every object new. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Issue 18: the renderer shows a board change at once (optimistic) and then merges main's reply.
 * The reply only confirms what is shown, yet arrived as new arrays and objects, so React re-rendered
 * every column after each drop. keepShown keeps the shown parts that equal the reply in value.
 */
describe('keepShown', () => {
  it('returns the shown plan itself when main\'s reply confirms the optimistic move (nothing to render)', () => {
    const confirmed = base();
    const [from, to] = confirmed.board.columns;
    const id = confirmed.board.projects[from!.id]![0]!;
    const move = (p: Plan): Plan => ({ ...p, board: { ...p.board, projects: moveCard(p.board.projects, { cardId: id, toColumn: to!.id, toIndex: 0 }) } });
    const shown = move(confirmed);
    const reply = wire(diffForBoard(confirmed, move(confirmed)));
    const next = applyBoardChange(confirmed, reply);
    expect(next).not.toBe(shown);
    expect(keepShown(shown, next)).toBe(shown);
  });

  it('takes what differs from the reply and shares only what is equal: the result always equals the reply', () => {
    const shown = base();
    const next = wire(shown);
    const [a, b] = shown.board.columns;
    const id = next.board.projects[a!.id]![0]!;
    next.board.projects = moveCard(next.board.projects, { cardId: id, toColumn: b!.id, toIndex: 0 });
    const pid = Object.keys(next.projects)[3]!;
    next.projects[pid] = { ...next.projects[pid]!, startedOn: '2026-03-02', text: { name: 'Mine' } };
    const sid = Object.keys(next.steps)[5]!;
    next.steps[sid] = { ...next.steps[sid]!, title: 'Renamed' };
    const out = keepShown(shown, next);
    expect(out).toEqual(next);
    expect(out.board.projects[a!.id]).toBe(next.board.projects[a!.id]);
    expect(out.board.projects[b!.id]).toBe(next.board.projects[b!.id]);
    const untouched = shown.board.columns[3]!.id;
    expect(out.board.projects[untouched]).toBe(shown.board.projects[untouched]);
    expect(out.projects[pid]).toBe(next.projects[pid]);
    expect(out.projects[Object.keys(next.projects)[0]!]).toBe(shown.projects[Object.keys(next.projects)[0]!]);
    expect(out.steps[sid]).toEqual(next.steps[sid]);
    expect(out.board.columns).toBe(shown.board.columns);
  });

  it('never hides a change: a project, a step or a lane added or removed, a field outside the board, a reordered column', () => {
    const shown = base();
    const cases: Array<(p: Plan) => void> = [
      (p) => void delete p.projects[Object.keys(p.projects)[0]!],
      (p) => void (p.projects['my-own'] = { ...p.projects[Object.keys(p.projects)[0]!]!, custom: true }),
      (p) => void delete p.steps[Object.keys(p.steps)[0]!],
      (p) => void delete p.board.steps[Object.keys(p.board.steps)[0]!],
      (p) => void (p.board.columns = [...p.board.columns].reverse()),
      (p) => void (p.board.collapsedLanes = [Object.keys(p.projects)[1]!]),
      (p) => void (p.board.projects[p.board.columns[0]!.id] = [...p.board.projects[p.board.columns[0]!.id]!].reverse()),
      (p) => void (p.settings = { ...p.settings, startDate: '2026-04-06' }),
    ];
    for (const change of cases) {
      const next = wire(shown);
      change(next);
      const out = keepShown(shown, next);
      expect(out).not.toBe(shown);
      expect(out).toEqual(next);
    }
  });
});
