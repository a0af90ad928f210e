import type { CalendarDate } from '../plan-schema';
import { daysBetween, maxDate, minDate, shiftDate } from './calendar-days';
import type { RoadmapPlan } from './pacing';
import { isFinished, plannedUnitsAt } from './schedule';

export interface BurnUpPoint {
  date: CalendarDate;
  /** Roadmap weeks done (fractional while a week is under way). */
  units: number;
}

/** The burn-up chart's data: planned against actual, today and the forecast, in roadmap weeks. */
export interface BurnUp {
  total: number;
  from: CalendarDate;
  to: CalendarDate;
  today: CalendarDate;
  /** Where the plan and the user stand today, for the markers on the today line. */
  plannedToday: number;
  actualToday: number;
  planned: BurnUpPoint[];
  actual: BurnUpPoint[];
  /** From today's progress to the forecast finish; null when finished or not started. */
  forecast: BurnUpPoint[] | null;
}

export function burnUp({ schedule, summary, forecast }: RoadmapPlan, today: CalendarDate): BurnUp {
  const weeks = schedule.weeks;
  const total = weeks.length;
  const at = (offset: number) => shiftDate(schedule.startDate, Math.round(offset));
  const planned: BurnUpPoint[] = [{ date: schedule.startDate, units: 0 }];
  weeks.forEach((w, i) => planned.push({ date: at(w.endOffset), units: i + 1 }));

  const finishes = weeks
    .filter((w) => isFinished(w.status) && w.actualEnd !== null)
    .map((w) => w.actualEnd!)
    .sort();
  const firstDay = finishes.length ? minDate(finishes[0]!, schedule.startDate) : schedule.startDate;
  const actual: BurnUpPoint[] = [{ date: firstDay, units: 0 }];
  finishes.forEach((date, i) => actual.push({ date, units: i + 1 }));
  const current = weeks.reduce((n, w) => n + w.credit, 0);
  if (today >= firstDay) actual.push({ date: maxDate(today, actual[actual.length - 1]!.date), units: current });

  const showForecast = summary.status !== 'finished' && summary.status !== 'not-started' && forecast.finish > today;
  const forecastLine = showForecast ? [{ date: today, units: current }, { date: forecast.finish, units: total }] : null;
  const ends = [planned[planned.length - 1]!.date, today, ...(forecastLine ? [forecast.finish] : [])];
  const plannedToday = plannedUnitsAt(schedule, daysBetween(schedule.startDate, today));
  return { total, from: [firstDay, schedule.startDate, today].reduce(minDate), to: ends.reduce(maxDate), today, plannedToday, actualToday: current, planned, actual, forecast: forecastLine };
}
