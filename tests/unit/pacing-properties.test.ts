import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { replanAnchor } from '../../src/main/handlers/roadmap';
import { daysBetween, shiftDate } from '../../src/shared/domain/calendar-days';
import { planRoadmap } from '../../src/shared/domain/pacing';
import { buildSchedule, isFinished } from '../../src/shared/domain/schedule';
import type { Pace, WeekProgress } from '../../src/shared/plan-schema';
import { freshWeeks } from './pacing-fixtures';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => shiftDate('2025-01-01', n));
const pace: fc.Arbitrary<Pace> = fc.oneof(
  fc.constantFrom(0.25, 0.5, 1, 1.25, 1.5, 2, 3, 8).map((w) => ({ mode: 'calendar', weeksPerRoadmapWeek: w }) as const),
  fc.record({ mode: fc.constant('hours' as const), hoursPerWeek: fc.integer({ min: 1, max: 100 }), hoursPerRoadmapWeek: fc.integer({ min: 1, max: 200 }) }),
);
const factor = fc.constantFrom(0.25, 0.5, 1, 1, 1, 1.5, 2, 4);

/** Plausible progress: a prefix of weeks finished in order on increasing days, some skipped. */
const progress = fc
  .record({ start: day, done: fc.integer({ min: 0, max: 26 }), gaps: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 26, maxLength: 26 }), skips: fc.array(fc.boolean(), { minLength: 26, maxLength: 26 }), factors: fc.array(factor, { minLength: 26, maxLength: 26 }) })
  .map(({ start, done, gaps, skips, factors }) => {
    let cursor = start;
    const weeks: WeekProgress[] = freshWeeks().map((w, i) => {
      const base = { ...w, lengthFactor: factors[i]! };
      if (i >= done) return base;
      const startedOn = cursor;
      cursor = shiftDate(cursor, gaps[i]!);
      return { ...base, status: skips[i] ? 'skipped' : 'done', startedOn, completedOn: cursor, goalsDone: base.goalsDone.map(() => cursor) };
    });
    return { start, weeks, lastDay: cursor };
  });

describe('planner properties', () => {
  it('planned dates never go backwards (pace, length factors, skips, real dates and re-plans)', () => {
    fc.assert(
      fc.property(progress, pace, day, ({ start, weeks }, p, today) => {
        const s = buildSchedule({ weeks, settings: { startDate: start, pace: p, replan: replanAnchor(weeks) }, today });
        // Skipped weeks take no time and show no dates; all others must follow each other.
        const timed = s.weeks.filter((w) => w.status !== 'skipped');
        timed.forEach((w, i) => {
          expect(w.plannedEnd >= w.plannedStart).toBe(true);
          const next = timed[i + 1];
          if (next) expect(next.plannedStart >= w.plannedStart).toBe(true);
          if (next) expect(next.plannedEnd >= w.plannedEnd).toBe(true);
          // Only real dates may overlap (a week finished the day the next began); planned ones follow each other.
          if (next && !next.frozen && w.plannedDays >= 1 && next.plannedDays > 0) expect(next.plannedStart > w.plannedEnd).toBe(true);
        });
      }),
    );
  });

  it('finished weeks never move when the pace changes; unfinished ones follow the new pace', () => {
    fc.assert(
      fc.property(progress, pace, pace, ({ start, weeks, lastDay }, before, after) => {
        const anchor = replanAnchor(weeks);
        const old = buildSchedule({ weeks, settings: { startDate: start, pace: before, replan: anchor }, today: lastDay });
        const next = buildSchedule({ weeks, settings: { startDate: start, pace: after, replan: anchor }, today: lastDay });
        weeks.forEach((w, i) => {
          if (w.status !== 'done' || i >= (anchor?.fromWeek ?? 1) - 1) return;
          expect(next.weeks[i]!.plannedStart).toBe(old.weeks[i]!.plannedStart);
          expect(next.weeks[i]!.plannedEnd).toBe(w.completedOn);
          expect(next.weeks[i]!.plannedStart).toBe(w.startedOn);
        });
        if (anchor) expect(next.weeks[anchor.fromWeek - 1]!.plannedStart).toBe(anchor.on);
      }),
    );
  });

  it('more progress never makes the user further behind, and the forecast never precedes today', () => {
    fc.assert(
      fc.property(progress, pace, fc.integer({ min: 0, max: 400 }), ({ start, weeks }, p, later) => {
        const today = shiftDate(start, later);
        const settings = { startDate: start, pace: p, replan: null };
        const a = planRoadmap({ weeks, settings, today }).summary;
        const firstOpen = weeks.findIndex((w) => !isFinished(w.status));
        if (firstOpen < 0 || a.daysAhead === null) return;
        const more = weeks.map((w, i) => (i === firstOpen ? { ...w, status: 'done' as const, completedOn: today, startedOn: today } : w));
        const b = planRoadmap({ weeks: more, settings, today }).summary;
        if (b.status !== 'finished' && b.daysAhead !== null) expect(b.daysAhead).toBeGreaterThanOrEqual(a.daysAhead);
        if (a.forecastFinish && a.status !== 'finished') expect(daysBetween(today, a.forecastFinish)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives the same calendar dates in any time zone', () => {
    const zones = ['UTC', 'America/New_York', 'America/Santiago', 'Europe/London', 'Asia/Kolkata', 'Pacific/Apia', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(progress, pace, fc.constantFrom(...zones), ({ start, weeks, lastDay }, p, zone) => {
        process.env.TZ = 'UTC';
        const reference = buildSchedule({ weeks, settings: { startDate: start, pace: p, replan: null }, today: lastDay });
        process.env.TZ = zone;
        const local = buildSchedule({ weeks, settings: { startDate: start, pace: p, replan: null }, today: lastDay });
        expect(local.weeks.map((w) => [w.plannedStart, w.plannedEnd])).toEqual(reference.weeks.map((w) => [w.plannedStart, w.plannedEnd]));
      }),
      { numRuns: 60 },
    );
  });

  it('really switches zones (so the test above tests something)', () => {
    process.env.TZ = 'America/New_York';
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(300);
    process.env.TZ = 'Asia/Kolkata';
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-330);
  });
});
