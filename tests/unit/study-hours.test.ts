import { describe, expect, it } from 'vitest';
import { forecastFinish, hoursForecast } from '../../src/shared/domain/forecast';
import { shiftDate } from '../../src/shared/domain/calendar-days';
import { planRoadmap } from '../../src/shared/domain/pacing';
import { buildSchedule } from '../../src/shared/domain/schedule';
import { addStudy, formatMinutes, loggedMinutes, minutesByDay, setStudyTotal } from '../../src/shared/domain/study-hours';
import { doneOnTime, freshWeeks, input } from './pacing-fixtures';

const START = '2026-03-02';
const hoursPace = { mode: 'hours', hoursPerWeek: 10, hoursPerRoadmapWeek: 10 } as const;

describe('study hours log', () => {
  it('+30 min and +1 h add to the day’s entry, each day its own entry, sorted by day', () => {
    let log = addStudy([], 30, '2026-03-03');
    log = addStudy(log, 60, '2026-03-03');
    log = addStudy(log, 60, '2026-03-02');
    expect(log).toEqual([
      { on: '2026-03-02', minutes: 60 },
      { on: '2026-03-03', minutes: 90 },
    ]);
    expect(loggedMinutes(log)).toBe(150);
  });

  it('editing the total up logs the difference today; down takes it back from the newest days first', () => {
    const log = [
      { on: '2026-03-02', minutes: 60 },
      { on: '2026-03-03', minutes: 90 },
    ];
    expect(setStudyTotal(log, 240, '2026-03-05')).toEqual([...log, { on: '2026-03-05', minutes: 90 }]);
    expect(setStudyTotal(log, 100, '2026-03-05')).toEqual([
      { on: '2026-03-02', minutes: 60 },
      { on: '2026-03-03', minutes: 40 },
    ]);
    expect(setStudyTotal(log, 30, '2026-03-05')).toEqual([{ on: '2026-03-02', minutes: 30 }]);
    expect(setStudyTotal(log, 0, '2026-03-05')).toEqual([]);
    expect(setStudyTotal(log, 150, '2026-03-05')).toBe(log);
  });

  it('adds up per day across weeks for the heatmap, and reads as hours and minutes', () => {
    const weeks = freshWeeks(2);
    weeks[0] = { ...weeks[0]!, studyLog: [{ on: '2026-03-02', minutes: 45 }] };
    weeks[1] = { ...weeks[1]!, studyLog: [{ on: '2026-03-02', minutes: 30 }, { on: '2026-03-04', minutes: 60 }] };
    expect([...minutesByDay({ weeks })]).toEqual([
      ['2026-03-02', 75],
      ['2026-03-04', 60],
    ]);
    expect([formatMinutes(45), formatMinutes(120), formatMinutes(90)]).toEqual(['45 min', '2 h', '1 h 30 min']);
  });
});

describe('hours pace forecast: logged hours against the hours the plan asks', () => {
  it('four weeks in, 20 of the 40 planned hours logged: the 240 hours left take twice as long', () => {
    const today = shiftDate(START, 28);
    let weeks = doneOnTime(freshWeeks(), 2, START);
    weeks = weeks.map((w, i) => (i < 2 ? { ...w, studyLog: [{ on: shiftDate(START, 7 * i + 1), minutes: 600 }] } : w));
    const { forecast, summary } = planRoadmap(input({ weeks, today, pace: hoursPace }));
    // 20 h logged in 28 days; 24 weeks × 10 h still asked → 240 / (20/28) = 336 days.
    expect(forecast).toMatchObject({ basis: 'hours', finish: shiftDate(today, 335) });
    expect(forecast.velocity).toBeCloseTo(0.5);
    expect(summary.forecastBasis).toBe('hours');
  });

  it('hours logged on an unfinished week count against its own planned hours', () => {
    // Since audit s6 (fault 6) logged hours refine a forecast that ticked work has opened, and a
    // week's ticks count as hours done: weeks 1–2 are done on time, week 3 is under way with 15 h.
    const today = shiftDate(START, 14);
    const weeks = doneOnTime(freshWeeks(), 2, START);
    weeks[2] = { ...weeks[2]!, status: 'in-progress', studyLog: [{ on: shiftDate(START, 13), minutes: 900 }] };
    const f = hoursForecast(buildSchedule(input({ weeks, today, pace: hoursPace })), today)!;
    // 10 + 10 + 15 = 35 h done in 14 days; week 3 asks 10 (all logged, the 5 over do not count against
    // other weeks), 23 weeks ask 230 → 230 / (35/14) = 92 days.
    expect(f).toMatchObject({ basis: 'hours', finish: shiftDate(today, 91) });
  });

  it('calendar pace, no hours logged, or under two weeks of history: the usual forecast', () => {
    const today = shiftDate(START, 28);
    const weeks = doneOnTime(freshWeeks(), 2, START).map((w, i) => (i === 0 ? { ...w, studyLog: [{ on: START, minutes: 600 }] } : w));
    expect(forecastFinish(buildSchedule(input({ weeks, today })), today).basis).toBe('velocity');
    expect(forecastFinish(buildSchedule(input({ weeks: doneOnTime(freshWeeks(), 2, START), today, pace: hoursPace })), today).basis).toBe('velocity');
    expect(hoursForecast(buildSchedule(input({ weeks, today: shiftDate(START, 10), pace: hoursPace })), shiftDate(START, 10))).toBeNull();
  });
});
