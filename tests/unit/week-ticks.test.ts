import { describe, expect, it } from 'vitest';
import { emptyWeek } from '../../src/shared/default-plan';
import { activityByDay } from '../../src/shared/domain/activity';
import { weekCredit } from '../../src/shared/domain/schedule';
import { allTicked, setTick, setWeekStatus, type WeekShape } from '../../src/shared/domain/week-ticks';
import type { WeekProgress } from '../../src/shared/plan-schema';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';

const SHAPE: WeekShape = { goals: 3, tasks: 2 };
const fresh = (): WeekProgress => emptyWeek(SHAPE.goals, SHAPE.tasks);
const ticked = (w: WeekProgress) => [...w.goalsDone, ...w.tasksDone].filter(Boolean).length;

/** Ticks every goal and task, one day each from `first` on. */
function tickAll(week: WeekProgress, days: string[]): WeekProgress {
  let w = week;
  let d = 0;
  for (let g = 0; g < SHAPE.goals; g++) w = setTick(w, SHAPE, 'goal', g, true, days[d++]!);
  for (let t = 0; t < SHAPE.tasks; t++) w = setTick(w, SHAPE, 'task', t, true, days[d++]!);
  return w;
}

describe('week ticks: tasks are tickable and weeks finish themselves', () => {
  it('a task tick stamps its day, starts the week and counts in the credit', () => {
    const w = setTick(fresh(), SHAPE, 'task', 1, true, '2026-03-04');
    expect(w).toMatchObject({ status: 'in-progress', startedOn: '2026-03-04', tasksDone: [null, '2026-03-04'] });
    expect(weekCredit(w)).toBeCloseTo(1 / 5);
    // Ticking again keeps the first day.
    expect(setTick(w, SHAPE, 'task', 1, true, '2026-03-09').tasksDone[1]).toBe('2026-03-04');
  });

  it('all goals and tasks ticked: Done by itself, completed on the last tick, started on the first', () => {
    const w = tickAll(fresh(), ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-04', '2026-03-06']);
    expect(w).toMatchObject({ status: 'done', startedOn: '2026-03-02', completedOn: '2026-03-06', autoTicked: { goals: [], tasks: [] } });
    expect(weekCredit(w)).toBe(1);
    expect(allTicked(w, SHAPE)).toBe(true);
  });

  it('goals alone do not finish a week that has tasks', () => {
    let w = fresh();
    for (let g = 0; g < 3; g++) w = setTick(w, SHAPE, 'goal', g, true, '2026-03-02');
    expect(w.status).toBe('in-progress');
    expect(weekCredit(w)).toBeCloseTo(3 / 5);
  });

  it('un-ticking one reopens the week and keeps the other ticks', () => {
    const done = tickAll(fresh(), ['2026-03-02', '2026-03-02', '2026-03-02', '2026-03-03', '2026-03-04']);
    const reopened = setTick(done, SHAPE, 'task', 0, false, '2026-03-05');
    expect(reopened).toMatchObject({ status: 'in-progress', completedOn: null, startedOn: '2026-03-02' });
    expect(ticked(reopened)).toBe(4);
    // Ticking it again finishes it again, on the new last tick.
    expect(setTick(reopened, SHAPE, 'task', 0, true, '2026-03-07')).toMatchObject({ status: 'done', completedOn: '2026-03-07' });
  });

  it('Skipped stays a choice: ticks never move a skipped week', () => {
    const skipped = setWeekStatus(fresh(), SHAPE, 'skipped', '2026-03-02');
    const w = tickAll(skipped, Array(5).fill('2026-03-03'));
    expect(w.status).toBe('skipped');
    expect(setTick(w, SHAPE, 'goal', 0, false, '2026-03-04').status).toBe('skipped');
  });

  it('older plans without task ticks are padded to the curriculum', () => {
    const old = { ...fresh(), tasksDone: [] };
    expect(setTick(old, SHAPE, 'goal', 0, true, '2026-03-02').tasksDone).toEqual([null, null]);
  });
});

describe('week status by hand (issue 12 case 6: automatic ticks do not survive the reversal)', () => {
  const shape: WeekShape = { goals: 3, tasks: 1 };
  const goals = (w: WeekProgress) => w.goalsDone.filter(Boolean).length;

  it('tick goal 1, set Done → all ticked; back to In progress → only goal 1; Not started → none', () => {
    let w = setTick(emptyWeek(3, 1), shape, 'goal', 0, true, '2026-03-02');
    w = setWeekStatus(w, shape, 'done', '2026-03-04');
    expect(goals(w)).toBe(3);
    expect(w.tasksDone).toEqual(['2026-03-04']);
    expect(w).toMatchObject({ status: 'done', completedOn: '2026-03-04', autoTicked: { goals: [1, 2], tasks: [0] } });
    expect(w.goalsDone[0]).toBe('2026-03-02'); // the user's own tick keeps its day

    const back = setWeekStatus(w, shape, 'in-progress', '2026-03-05');
    expect(back.goalsDone).toEqual(['2026-03-02', null, null]);
    expect(back.tasksDone).toEqual([null]);
    expect(back).toMatchObject({ status: 'in-progress', completedOn: null, autoTicked: { goals: [], tasks: [] } });

    const none = setWeekStatus(back, shape, 'not-started', '2026-03-05');
    expect(goals(none)).toBe(0);
    expect(none).toMatchObject({ startedOn: null, completedOn: null });
    // Straight from Done to Not started: none either.
    expect(goals(setWeekStatus(w, shape, 'not-started', '2026-03-05'))).toBe(0);
  });

  it('Done to Skipped also hands back only the user’s ticks', () => {
    let w = setTick(emptyWeek(3, 1), shape, 'goal', 2, true, '2026-03-02');
    w = setWeekStatus(setWeekStatus(w, shape, 'done', '2026-03-03'), shape, 'skipped', '2026-03-04');
    expect(w.goalsDone).toEqual([null, null, '2026-03-02']);
    expect(w).toMatchObject({ status: 'skipped', completedOn: '2026-03-04' });
  });

  it('a tick made by hand after Done becomes the user’s own (the reversal keeps it)', () => {
    let w = setWeekStatus(emptyWeek(3, 1), shape, 'done', '2026-03-03');
    w = setTick(w, shape, 'goal', 1, false, '2026-03-04'); // reopens
    expect(w.status).toBe('in-progress');
    w = setTick(w, shape, 'goal', 1, true, '2026-03-05'); // all ticked again → Done by itself
    expect(w).toMatchObject({ status: 'done', completedOn: '2026-03-05', autoTicked: { goals: [], tasks: [] } });
    expect(goals(setWeekStatus(w, shape, 'in-progress', '2026-03-06'))).toBe(3);
  });

  it('the heatmap counts exactly the ticks that remain', () => {
    const curriculum = loadCurriculum();
    const plan = createDefaultPlan(curriculum, '2026-03-01');
    const s: WeekShape = { goals: curriculum.weeks[0]!.goals.length, tasks: curriculum.weeks[0]!.tasks.length };
    plan.weeks[0] = setTick(plan.weeks[0]!, s, 'goal', 0, true, '2026-03-02');
    plan.weeks[0] = setWeekStatus(plan.weeks[0]!, s, 'done', '2026-03-04');
    expect(activityByDay(plan).get('2026-03-04')).toBe(s.goals - 1 + s.tasks + 1); // filled ticks + the finish
    plan.weeks[0] = setWeekStatus(plan.weeks[0]!, s, 'in-progress', '2026-03-05');
    expect(activityByDay(plan).get('2026-03-04')).toBeUndefined();
    expect(activityByDay(plan).get('2026-03-02')).toBe(1);
    plan.weeks[0] = setWeekStatus(plan.weeks[0]!, s, 'not-started', '2026-03-05');
    expect([...activityByDay(plan).values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});
