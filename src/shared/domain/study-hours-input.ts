import { countText } from '../plan-limits';
import { formatMinutes, MAX_WEEK_MINUTES } from './study-hours';

/** The most whole hours a week's total may be typed as (MAX_WEEK_MINUTES is 1,666 h 40 min). */
export const MAX_TYPED_HOURS = Math.floor(MAX_WEEK_MINUTES / 60);

/** Plain decimals only, with a point or a comma ("2.5", "2,5", ".5"); no signs, no "1e9". */
const DECIMAL = /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export type TypedHours = { minutes: number } | { problem: string };

/**
 * Reads a week's "Total hours" field as typed (audit s6 fault 8): whole minutes, or a sentence that
 * says what is wrong, the allowed range, and what the week keeps (`savedMinutes`), since a refused
 * total is never saved and the field shows the saved total again. An empty field is refused too:
 * clearing a box does not read as "remove my hours", so the sentence says to type 0 for that.
 */
export function readTypedHours(text: string, savedMinutes: number, week: number): TypedHours {
  const typed = text.trim();
  const keeps = `Week ${week} keeps ${formatMinutes(savedMinutes)}.`;
  const range = `the hours as a number from 0 to ${countText(MAX_TYPED_HOURS)}, for example 2.5`;
  if (typed === '') return { problem: `The total was left empty. To remove this week's hours, type 0. ${keeps}` };
  if (!DECIMAL.test(typed)) {
    const negative = /^-\s*(?:\d|[.,]\d)/.test(typed);
    return { problem: negative ? `Hours cannot be below 0: type ${range}. ${keeps}` : `“${typed}” is not a number of hours: type ${range}. ${keeps}` };
  }
  const minutes = Math.round(Number(typed.replace(',', '.')) * 60);
  if (minutes > MAX_TYPED_HOURS * 60) return { problem: `${typed} hours is more than one week can hold: type ${range}. ${keeps}` };
  return { minutes };
}
