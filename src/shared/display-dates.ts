import type { CalendarDate } from './plan-schema';

/*
 * The ONE way a date reaches the screen (issue 14, "Consistency"): Intl.DateTimeFormat in the
 * reader's locale. Data and files keep ISO 'YYYY-MM-DD' (src/shared/calendar.ts); this module only
 * turns them into words. Pure: the locale is always an argument (the renderer passes its
 * `navigator.language` through src/renderer/src/dates.ts; tests pass 'en-GB', 'en-US', 'de-DE').
 *
 * A calendar day is formatted as noon UTC in the UTC zone, so no zone offset or DST jump can move it
 * to a neighbouring day, whatever zone the machine is in.
 */

/**
 * - `day`: weekday, day, month, year — en-GB "Mon, 2 Mar 2026", en-US "Mon, Mar 2, 2026", de-DE "Mo., 2. März 2026".
 * - `weekday`: the same without the year, for dates near today — en-GB "Wed, 4 Mar".
 * - `day-month`: day and month — en-GB "4 Mar", en-US "Mar 4".
 * - `month`: the short month for chart axes — "Mar", de-DE "Mär".
 * - `weekday-name`: the short weekday alone, for a calendar's row labels — "Mon", de-DE "Mo".
 */
export type DateStyle = 'day' | 'weekday' | 'day-month' | 'month' | 'weekday-name';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  'day-month': { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  'weekday-name': { weekday: 'short' },
};

/** Used when the locale given is not a valid BCP 47 tag (Intl would throw a RangeError). */
export const FALLBACK_LOCALE = 'en-GB';

const STAMP: Intl.DateTimeFormatOptions = { ...STYLES.day, hour: '2-digit', minute: '2-digit' };

// Keyed by the options object itself (only the constants above reach here): a board formats a date
// per card, and a JSON.stringify key per call was a measurable part of booting 2,000 cards.
const formatters = new Map<string, WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let ofLocale = formatters.get(locale);
  if (!ofLocale) formatters.set(locale, (ofLocale = new WeakMap()));
  let found = ofLocale.get(options);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      found = new Intl.DateTimeFormat(FALLBACK_LOCALE, { ...options, timeZone: 'UTC' });
    }
    ofLocale.set(options, found);
  }
  return found;
}

/** Noon UTC of a 'YYYY-MM-DD' day (years 1–9999 kept as they are: Date.UTC would read 0099 as 1999); null when it is no day. */
function noonOf(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(2000, 0, 1, 12));
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // 2026-02-30 would roll over to March: that is no day.
  if (date.getUTCFullYear() !== Number(m[1]) || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return null;
  return date;
}

/**
 * A calendar day for people, in `locale` (a BCP 47 tag; an invalid one falls back to en-GB).
 * Never throws: text that is no readable day is shown as it is, so an odd stored value cannot blank a view.
 */
export function formatDate(day: CalendarDate, locale: string, style: DateStyle = 'day'): string {
  const date = noonOf(day);
  return date ? formatter(locale, STYLES[style]).format(date) : day;
}

/**
 * A span of days, as the locale writes one: en-GB "Mon, 2 Feb – Sun, 8 Feb 2026", en-US
 * "Mon, Feb 2 – Sun, Feb 8, 2026" (a shared year or month is said once). One day reads as `formatDate`.
 */
export function formatDateRange(from: CalendarDate, to: CalendarDate, locale: string): string {
  const start = noonOf(from);
  const end = noonOf(to);
  if (!start || !end) return `${formatDate(from, locale)}\u2009–\u2009${formatDate(to, locale)}`;
  if (from === to) return formatDate(from, locale);
  // formatRange wants start <= end; a reversed span is still shown, in the order given.
  if (start > end) return `${formatDate(from, locale)}\u2009–\u2009${formatDate(to, locale)}`;
  return formatter(locale, STYLES.day).formatRange(start, end);
}

/**
 * A wall-clock moment for people (the date-time variant): en-GB "Mon, 20 Apr 2026, 12:03",
 * en-US "Mon, Apr 20, 2026, 12:03 PM". Takes the local wall time as written in a file stamp
 * ('YYYYMMDDTHHmm…', src/shared/calendar.ts fileStamp), so the time shown is the one the stamp says.
 * Returns the stamp as it is when it does not read as one.
 */
export function formatStamp(stamp: string, locale: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})/.exec(stamp);
  const date = m ? noonOf(`${m[1]}-${m[2]}-${m[3]}`) : null;
  if (!m || !date || Number(m[4]) > 23 || Number(m[5]) > 59) return stamp;
  date.setUTCHours(Number(m[4]), Number(m[5]));
  return formatter(locale, STAMP).format(date);
}

/** Only the day of a file stamp ('YYYYMMDDT…'), as `formatDate` says it; the stamp as it is when it is none. */
export function formatStampDay(stamp: string, locale: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(stamp);
  return m ? formatDate(`${m[1]}-${m[2]}-${m[3]}`, locale) : stamp;
}
