import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { activityByDay, heatmapWeeks } from '../../src/shared/domain/activity';
import { burnUp } from '../../src/shared/domain/burn-up';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import { planRoadmap } from '../../src/shared/domain/pacing';
import { doneOnTime, freshWeeks, input } from './pacing-fixtures';

const START = '2026-01-05';

describe('burn-up data', () => {
  it('draws the plan, the real finishes as steps, today and the forecast', () => {
    const today = shiftDate(START, 56);
    const plan = planRoadmap(input({ start: START, weeks: doneOnTime(freshWeeks(), 4, START), today }));
    const b = burnUp(plan, today);
    expect(b.total).toBe(26);
    expect(b.planned[0]).toEqual({ date: START, units: 0 });
    expect(b.planned[4]).toEqual({ date: shiftDate(START, 28), units: 4 });
    expect(b.planned.at(-1)).toEqual({ date: '2026-07-06', units: 26 });
    expect(b.actual.map((p) => p.units)).toEqual([0, 1, 2, 3, 4, 4]);
    expect(b.actual[1]!.date).toBe(shiftDate(START, 6));
    expect(b).toMatchObject({ plannedToday: 8, actualToday: 4, from: START, to: plan.summary.forecastFinish });
    expect(b.forecast).toEqual([
      { date: today, units: 4 },
      { date: plan.summary.forecastFinish, units: 26 },
    ]);
  });

  it('has no forecast line before the start or once finished', () => {
    const early = planRoadmap(input({ start: START, today: '2025-12-20' }));
    expect(burnUp(early, '2025-12-20').forecast).toBeNull();
    const done = planRoadmap(input({ start: START, weeks: doneOnTime(freshWeeks(), 26, START), today: '2026-08-01' }));
    expect(burnUp(done, '2026-08-01').forecast).toBeNull();
  });
});

describe('activity heatmap', () => {
  it('counts goal ticks, finished weeks, done steps and project starts and finishes per day', () => {
    const curriculum = loadCurriculum();
    const plan = createDefaultPlan(curriculum, START);
    plan.weeks[0] = { ...plan.weeks[0]!, status: 'done', completedOn: '2026-01-09', goalsDone: ['2026-01-07', '2026-01-09', null] };
    plan.weeks[1] = { ...plan.weeks[1]!, status: 'skipped', completedOn: '2026-01-09' }; // a skip is not work done
    const [step, deleted] = Object.values(plan.steps);
    step!.completedOn = '2026-01-09';
    deleted!.completedOn = '2026-01-08';
    deleted!.state = 'deleted';
    const project = Object.values(plan.projects)[0]!;
    project.startedOn = '2026-01-07';
    project.finishedOn = '2026-01-12';
    const counts = activityByDay(plan);
    expect(Object.fromEntries(counts)).toEqual({ '2026-01-07': 2, '2026-01-09': 3, '2026-01-12': 1 });

    const weeks = heatmapWeeks(counts, '2026-01-14', START);
    expect(weeks).toHaveLength(13); // at least a quarter
    expect(weeks.at(-1)![0]!.date).toBe('2026-01-12'); // Monday of today's week
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const flat = weeks.flat();
    expect(flat.find((d) => d.date === '2026-01-09')).toMatchObject({ count: 3, level: 4, future: false });
    expect(flat.find((d) => d.date === '2026-01-07')).toMatchObject({ count: 2, level: 3 });
    expect(flat.find((d) => d.date === '2026-01-15')).toMatchObject({ future: true, level: 0 });
  });

  it('keeps at most a year and spans a leap day and a year end without gaps', () => {
    const counts = new Map([['2027-12-31', 1], ['2028-02-29', 2]]);
    const weeks = heatmapWeeks(counts, '2028-03-01', '2024-01-01');
    expect(weeks).toHaveLength(53);
    const dates = weeks.flat().map((d) => d.date);
    dates.slice(1).forEach((d, i) => expect(shiftDate(dates[i]!, 1)).toBe(d));
    expect(dates).toContain('2028-02-29');
  });
});
