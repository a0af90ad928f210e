import { describe, expect, it } from 'vitest';
import { loadCurriculum } from '../../src/main/core/curriculum';
import { createDefaultPlan } from '../../src/shared/default-plan';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import { forecastFinish } from '../../src/shared/domain/forecast';
import { planRoadmap, summarizeProgress } from '../../src/shared/domain/pacing';
import { buildSchedule } from '../../src/shared/domain/schedule';
import { calendarPace, doneOnTime, freshWeeks, input } from './pacing-fixtures';

const START = '2026-03-02';

describe('progress summary', () => {
  it('has no days ahead and no dates before a start date is set', () => {
    const s = planRoadmap(input({ start: null })).summary;
    expect(s).toMatchObject({ status: 'not-started', daysAhead: null, plannedFinish: null, forecastFinish: null, currentWeek: 1 });
  });

  it('is not started (and not "ahead") while the start date is still to come', () => {
    const s = planRoadmap(input({ today: '2026-02-20' })).summary;
    expect(s).toMatchObject({ status: 'not-started', daysAhead: 0, plannedFinish: '2026-08-30' });
  });

  it('is on track on day one and behind by the days that pass without progress', () => {
    expect(planRoadmap(input({ today: START })).summary).toMatchObject({ status: 'on-track', daysAhead: 0 });
    expect(planRoadmap(input({ today: shiftDate(START, 10) })).summary).toMatchObject({ status: 'behind', daysAhead: -10 });
  });

  it('eight weeks in with weeks 1-4 done: 28 days behind, forecast after the planned finish', () => {
    const today = shiftDate(START, 56);
    const { summary, forecast } = planRoadmap(input({ weeks: doneOnTime(freshWeeks(), 4, START), today }));
    expect(summary).toMatchObject({ status: 'behind', daysAhead: -28, weeksDone: 4, currentWeek: 5, plannedWeekToday: 9 });
    expect(summary.plannedFinish).toBe('2026-08-30');
    // Half the planned rate (28 days of work in 56): 154 days left take 308.
    expect(forecast).toMatchObject({ basis: 'velocity', velocity: 0.5 });
    expect(summary.forecastFinish).toBe(shiftDate(today, 307));
    expect(summary.forecastFinish! > summary.plannedFinish!).toBe(true);
  });

  it('counts skipped weeks and ticked goals as progress, so skipping puts the user ahead', () => {
    const weeks = doneOnTime(freshWeeks(), 1, START);
    weeks[1] = { ...weeks[1]!, status: 'skipped', completedOn: '2026-03-05' };
    weeks[2] = { ...weeks[2]!, status: 'in-progress', goalsDone: ['2026-03-09', null, null] };
    const { summary } = planRoadmap(input({ weeks, today: '2026-03-09' }));
    // Plan at day 7: week 1 done, week 2 takes no time, so week 3 starts now. Done: 2 weeks + 1/3 of week 3.
    expect(summary.weeksDone).toBe(2);
    expect(summary.goalsDone).toBe(4);
    expect(summary.daysAhead).toBe(2);
    expect(summary.status).toBe('ahead');
  });

  it('reports finished with the real finish day as the forecast', () => {
    const weeks = doneOnTime(freshWeeks(), 26, START);
    const { summary, forecast } = planRoadmap(input({ weeks, today: '2026-10-01' }));
    expect(summary).toMatchObject({ status: 'finished', currentWeek: null, weeksDone: 26, forecastFinish: '2026-08-30', daysAhead: 0 });
    expect(forecast.basis).toBe('finished');
  });

  it('summarizes the stored plan against the real curriculum (the portfolio export uses this)', () => {
    const curriculum = loadCurriculum();
    const plan = createDefaultPlan(curriculum, START);
    plan.settings.startDate = START;
    plan.weeks[0] = { ...plan.weeks[0]!, status: 'done', completedOn: '2026-03-08', goalsDone: plan.weeks[0]!.goalsDone.map(() => '2026-03-05') };
    const s = summarizeProgress(curriculum, plan, '2026-03-09');
    expect(s.weeksTotal).toBe(26);
    expect(s.goalsTotal).toBe(curriculum.weeks.reduce((n, w) => n + w.goals.length, 0));
    expect(s.goalsDone).toBe(curriculum.weeks[0]!.goals.length);
    expect(s).toMatchObject({ weeksDone: 1, currentWeek: 2, status: 'on-track', daysAhead: 0 });
  });
});

describe('forecast', () => {
  it('with no history: the plan pace from the later of today and the start', () => {
    const before = forecastFinish(buildSchedule(input({ today: '2026-02-01' })), '2026-02-01');
    expect(before).toMatchObject({ basis: 'plan', finish: '2026-08-30' });
    const late = forecastFinish(buildSchedule(input({ today: '2026-03-12' })), '2026-03-12');
    expect(late).toMatchObject({ basis: 'plan', finish: shiftDate('2026-08-30', 10) });
  });

  it('with a little history (under two weeks) it still falls back to the plan', () => {
    const weeks = doneOnTime(freshWeeks(), 1, START);
    const f = forecastFinish(buildSchedule(input({ weeks, today: '2026-03-10' })), '2026-03-10');
    expect(f.basis).toBe('plan');
    expect(f.finish).toBe(shiftDate('2026-03-10', 25 * 7 - 1));
  });

  it('with some history it follows the real velocity, faster or slower than planned', () => {
    const fast = doneOnTime(freshWeeks(), 6, START).map((w, i) => (i < 6 ? { ...w, completedOn: shiftDate(START, 3 * i + 2) } : w));
    const f = forecastFinish(buildSchedule(input({ weeks: fast, today: shiftDate(START, 21) })), shiftDate(START, 21));
    expect(f).toMatchObject({ basis: 'velocity', velocity: 2 });
    expect(f.finish).toBe(shiftDate(START, 21 + 70 - 1)); // 140 days of work at twice the rate
  });

  it('weighs longer weeks by their length and ignores the time skipped weeks would have taken', () => {
    const weeks = doneOnTime(freshWeeks(), 4, START);
    weeks[25] = { ...weeks[25]!, lengthFactor: 3 };
    weeks[24] = { ...weeks[24]!, status: 'skipped', completedOn: START };
    const f = forecastFinish(buildSchedule(input({ weeks, today: shiftDate(START, 28) })), shiftDate(START, 28));
    // Work left: 20 plain weeks + one triple = 23 weeks = 161 days at velocity 1.
    expect(f.finish).toBe(shiftDate(START, 28 + 161 - 1));
  });

  it('works in hours mode too', () => {
    const pace = { mode: 'hours', hoursPerWeek: 10, hoursPerRoadmapWeek: 10 } as const;
    const s = planRoadmap({ ...input({ pace, weeks: doneOnTime(freshWeeks(), 4, START) }), today: shiftDate(START, 28) }).summary;
    expect(s).toMatchObject({ status: 'on-track', daysAhead: 0, forecastBasis: 'velocity' });
    expect(s.forecastFinish).toBe(s.plannedFinish);
  });

  it('keeps the plan fixed when pace changes before any progress', () => {
    const s = planRoadmap(input({ pace: calendarPace(2), today: START })).summary;
    expect(s.plannedFinish).toBe('2027-02-28');
  });
});
