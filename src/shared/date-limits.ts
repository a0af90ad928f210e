import { isCalendarDate } from './calendar';

/*
 * The days a user may plan with. Every planned date must exist: from the latest start, even the
 * slowest pace the schema allows (1 h a week, 200 h per roadmap week, each week stretched 4x, 200
 * weeks) ends about 3,100 years later, well before 9999-12-31, the last day a YYYY-MM-DD date
 * and date-fns can hold (tests/unit/date-limits.test.ts checks that worst case). Without a limit
 * a start of 9999-12-31 planned weeks in the year 10000 and the roadmap threw "Invalid time value".
 */
export const EARLIEST_DATE = '1970-01-01';
export const LATEST_DATE = '2200-12-31';

/** The sentence every form and the contract give for a date outside the limits. */
export const DATE_RANGE_MESSAGE = 'Choose a date between 1 January 1970 and 31 December 2200.';

/** A real YYYY-MM-DD day within EARLIEST_DATE..LATEST_DATE (string order is date order here). */
export const isPlannableDate = (value: string): boolean => isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;

/** A readable problem with a date field's text, or null (an empty optional field is fine). */
export function dateProblem(value: string, { required = true, what = 'a date' } = {}): string | null {
  if (value === '') return required ? `Choose ${what}.` : null;
  if (!isCalendarDate(value)) return `${value} is not a date. Use the date picker or the form YYYY-MM-DD.`;
  return isPlannableDate(value) ? null : DATE_RANGE_MESSAGE;
}
