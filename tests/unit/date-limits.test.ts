import { describe, expect, it } from 'vitest';
import { DATE_RANGE_MESSAGE, LATEST_DATE, dateProblem } from '../../src/shared/date-limits';
import { formatDate } from '../../src/shared/display-dates';
import { planRoadmap } from '../../src/shared/domain/pacing';
import { buildSchedule } from '../../src/shared/domain/schedule';
import { emptyWeek } from '../../src/shared/default-plan';
import type { Pace, WeekProgress } from '../../src/shared/plan-schema';
import { startTestServices } from '../support/test-services';

const PACE: Pace = { mode: 'calendar', weeksPerRoadmapWeek: 1 };
const WEEKS = Array.from({ length: 26 }, () => emptyWeek(3));

describe('issue 12 case 2: every planned date exists', () => {
  it('the contract refuses 9999-12-31 and 9999-07-15 as a start date with a plain message, and accepts the limits', async () => {
    const { call, store } = await startTestServices({ prefix: 'dates' });
    for (const startDate of ['9999-12-31', '9999-07-15', '2201-01-01', '1969-12-31']) {
      expect(await call('roadmap:set-schedule', { startDate, pace: PACE }), startDate).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: DATE_RANGE_MESSAGE },
      });
    }
    expect(store.plan.settings.startDate).toBeNull();
    expect(await call('roadmap:set-schedule', { startDate: LATEST_DATE, pace: PACE })).toMatchObject({ ok: true });
    expect(await call('roadmap:set-schedule', { startDate: '1970-01-01', pace: PACE })).toMatchObject({ ok: true });
    expect(await call('board:update-project', { projectId: 'weather-forecast-api', patch: { finishedOn: '9999-12-31' } })).toMatchObject({
      ok: false,
      error: { message: DATE_RANGE_MESSAGE },
    });
  });

  it('from the latest start, the slowest pace the schema allows still ends on a real day', () => {
    const slowest: Pace = { mode: 'hours', hoursPerWeek: 1, hoursPerRoadmapWeek: 200 };
    const weeks: WeekProgress[] = Array.from({ length: 200 }, () => ({ ...emptyWeek(3), lengthFactor: 4 }));
    const schedule = buildSchedule({ weeks, settings: { startDate: LATEST_DATE, pace: slowest, replan: null }, today: '2026-03-02' });
    const last = schedule.weeks.at(-1)!.plannedEnd;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(last < '9999-12-31').toBe(true);
    expect(formatDate(last, 'en-GB')).toMatch(/^\w{3}, \d{1,2} \w{3} \d{4}$/);
  });

  it('a stored plan whose start is 9999-12-31 (saved before the limit) is tolerated: planned from the default, nothing throws', () => {
    const { schedule, summary } = planRoadmap({ weeks: WEEKS, settings: { startDate: '9999-12-31', pace: PACE, replan: null }, today: '2026-03-02' });
    expect(schedule).toMatchObject({ provisional: true, startDate: '2026-03-09' });
    expect(summary.status).toBe('not-started');
    for (const w of schedule.weeks) expect(() => formatDate(w.plannedEnd, 'en-GB')).not.toThrow();
    // Even a week finished on that last day plans on without an unreadable date.
    const done = WEEKS.map((w, i) => (i === 0 ? { ...w, status: 'done' as const, startedOn: '9999-12-31', completedOn: '9999-12-31' } : w));
    const odd = planRoadmap({ weeks: done, settings: { startDate: '2026-03-02', pace: PACE, replan: { fromWeek: 2, on: '9999-12-31' } }, today: '2026-03-02' });
    for (const w of odd.schedule.weeks) expect(formatDate(w.plannedEnd, 'en-GB')).toMatch(/^\w{3}, \d{1,2} \w{3} \d{4}$/);
  });

  it('the forms say the same sentence', () => {
    expect(dateProblem('9999-12-31')).toBe(DATE_RANGE_MESSAGE);
    expect(dateProblem('9999-07-15')).toBe(DATE_RANGE_MESSAGE);
    expect(dateProblem('', { required: false })).toBeNull();
    expect(dateProblem('', { what: 'a start date' })).toBe('Choose a start date.');
    expect(dateProblem('2026-02-30')).toMatch(/not a date/);
    expect(dateProblem('2200-12-31')).toBeNull();
  });
});
