import { afterEach, describe, expect, it } from 'vitest';
import { buildSchedule, daysPerRoadmapWeek, offsetForUnits, plannedUnitsAt } from '../../src/shared/domain/schedule';
import { calendarPace, doneOnTime, freshWeeks, input } from './pacing-fixtures';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

describe('schedule', () => {
  it('lays 26 weeks of 7 days end to end at pace 1', () => {
    const s = buildSchedule(input());
    expect(s.weeks).toHaveLength(26);
    expect(s.weeks[0]).toMatchObject({ number: 1, plannedStart: '2026-03-02', plannedEnd: '2026-03-08' });
    expect(s.weeks[1]).toMatchObject({ plannedStart: '2026-03-09', plannedEnd: '2026-03-15' });
    expect(s.weeks[25]).toMatchObject({ plannedStart: '2026-08-24', plannedEnd: '2026-08-30' });
  });

  it('stretches every week at pace 1.5 and 2 without drift', () => {
    const s15 = buildSchedule(input({ pace: calendarPace(1.5) }));
    // 10.5 days a week: boundaries alternate 10/11 days and land exactly on 273 days for 26 weeks.
    expect(s15.weeks[0]).toMatchObject({ plannedStart: '2026-03-02', plannedEnd: '2026-03-12' });
    expect(s15.weeks[1]).toMatchObject({ plannedStart: '2026-03-13', plannedEnd: '2026-03-22' });
    expect(s15.weeks[25]!.plannedEnd).toBe('2026-11-29');
    const s2 = buildSchedule(input({ pace: calendarPace(2) }));
    expect(s2.weeks[0]).toMatchObject({ plannedStart: '2026-03-02', plannedEnd: '2026-03-15' });
    expect(s2.weeks[25]!.plannedEnd).toBe('2027-02-28');
  });

  it('plans hours per week against an estimate per roadmap week', () => {
    const pace = { mode: 'hours', hoursPerWeek: 5, hoursPerRoadmapWeek: 10 } as const;
    expect(daysPerRoadmapWeek(pace)).toBe(14);
    const s = buildSchedule(input({ pace }));
    expect(s.weeks[0]).toMatchObject({ plannedStart: '2026-03-02', plannedEnd: '2026-03-15' });
  });

  it('extends, shortens and skips single weeks, shifting only the weeks after them', () => {
    const weeks = freshWeeks();
    weeks[1] = { ...weeks[1]!, lengthFactor: 2 };
    weeks[2] = { ...weeks[2]!, lengthFactor: 0.5 };
    weeks[3] = { ...weeks[3]!, status: 'skipped', completedOn: '2026-03-02' };
    const s = buildSchedule(input({ weeks }));
    expect(s.weeks[0]).toMatchObject({ plannedStart: '2026-03-02', plannedEnd: '2026-03-08' });
    expect(s.weeks[1]).toMatchObject({ plannedStart: '2026-03-09', plannedEnd: '2026-03-22', plannedDays: 14 });
    expect(s.weeks[2]).toMatchObject({ plannedStart: '2026-03-23', plannedEnd: '2026-03-26' });
    expect(s.weeks[3]).toMatchObject({ plannedDays: 0, workDays: 0, credit: 1 });
    // 7 + 14 + 3.5 days: week 5 starts on day 24.5, rounded to day 25.
    expect(s.weeks[4]!.plannedStart).toBe('2026-03-27');
  });

  it('uses next Monday as a provisional start until the user sets one', () => {
    const s = buildSchedule(input({ start: null, today: '2026-11-26' }));
    expect(s.provisional).toBe(true);
    expect(s.startDate).toBe('2026-11-30');
    // Today being a Monday still means the coming one.
    expect(buildSchedule(input({ start: null, today: '2026-11-30' })).startDate).toBe('2026-12-07');
  });

  it('re-plans only unfinished weeks after a pace change: finished weeks keep their real dates', () => {
    const weeks = doneOnTime(freshWeeks(), 3, '2026-03-02');
    weeks[2] = { ...weeks[2]!, completedOn: '2026-03-25' }; // week 3 ran four days late
    const s = buildSchedule({
      weeks,
      settings: { startDate: '2026-03-02', pace: calendarPace(2), replan: { fromWeek: 4, on: '2026-03-26' } },
      today: '2026-03-30',
    });
    expect(s.weeks[0]).toMatchObject({ frozen: true, plannedStart: '2026-03-02', plannedEnd: '2026-03-08' });
    expect(s.weeks[2]).toMatchObject({ frozen: true, plannedStart: '2026-03-16', plannedEnd: '2026-03-25' });
    expect(s.weeks[3]).toMatchObject({ frozen: false, plannedStart: '2026-03-26', plannedEnd: '2026-04-08' });
    expect(s.weeks[4]!.plannedStart).toBe('2026-04-09');
  });

  it('converts between planned progress and days both ways', () => {
    const s = buildSchedule(input());
    expect(plannedUnitsAt(s, 0)).toBe(0);
    expect(plannedUnitsAt(s, 28)).toBe(4);
    expect(plannedUnitsAt(s, 31.5)).toBe(4.5);
    expect(offsetForUnits(s, 4)).toBe(28);
    expect(offsetForUnits(s, 4.5)).toBe(31.5);
    expect(offsetForUnits(s, 26)).toBe(182);
  });

  for (const tz of ['America/New_York', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC']) {
    it(`keeps whole days across DST changes in ${tz}`, () => {
      process.env.TZ = tz;
      // US DST starts 2026-03-08, EU 2026-03-29; Chile and Lord Howe change in April/October.
      const s = buildSchedule(input({ start: '2026-03-02' }));
      expect(s.weeks[1]).toMatchObject({ plannedStart: '2026-03-09', plannedEnd: '2026-03-15' });
      expect(s.weeks[4]).toMatchObject({ plannedStart: '2026-03-30', plannedEnd: '2026-04-05' });
      const autumn = buildSchedule(input({ start: '2026-09-28' }));
      expect(autumn.weeks[5]).toMatchObject({ plannedStart: '2026-11-02', plannedEnd: '2026-11-08' });
      expect(autumn.weeks[25]!.plannedEnd).toBe('2027-03-28');
    });
  }

  it('counts leap days and year ends as ordinary days', () => {
    const s = buildSchedule(input({ start: '2028-02-21' }));
    expect(s.weeks[0]).toMatchObject({ plannedStart: '2028-02-21', plannedEnd: '2028-02-27' });
    expect(s.weeks[1]).toMatchObject({ plannedStart: '2028-02-28', plannedEnd: '2028-03-05' });
    const yearEnd = buildSchedule(input({ start: '2026-12-28' }));
    expect(yearEnd.weeks[0]).toMatchObject({ plannedStart: '2026-12-28', plannedEnd: '2027-01-03' });
    const nonLeap = buildSchedule(input({ start: '2027-02-22' }));
    expect(nonLeap.weeks[0]!.plannedEnd).toBe('2027-02-28');
    expect(nonLeap.weeks[1]!.plannedStart).toBe('2027-03-01');
  });
});
