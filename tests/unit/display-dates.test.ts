import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatStamp, formatStampDay } from '../../src/shared/display-dates';

/** Intl spaces with U+2009 / U+202F / U+00A0 in places (which, varies by ICU version): compare words, not space kinds. */
const plain = (text: string) => text.replace(/\s/g, ' ');

/*
 * The one display helper for dates (issue 14, "Consistency": one locale-aware format, ISO only in
 * files). The locale is always explicit here, so these hold whatever locale the machine runs in.
 */
describe('formatDate: a calendar day in the reader\'s locale', () => {
  it('says 2026-03-02 as each locale writes it, with the weekday', () => {
    expect(plain(formatDate('2026-03-02', 'en-GB'))).toBe('Mon, 2 Mar 2026');
    expect(plain(formatDate('2026-03-02', 'en-US'))).toBe('Mon, Mar 2, 2026');
    expect(plain(formatDate('2026-03-02', 'de-DE'))).toBe('Mo., 2. März 2026');
  });

  it('has shorter styles for near dates, day and month, chart axes and weekday row labels', () => {
    expect(plain(formatDate('2026-03-04', 'en-GB', 'day-month'))).toBe('4 Mar');
    expect(plain(formatDate('2026-03-04', 'en-US', 'day-month'))).toBe('Mar 4');
    expect(plain(formatDate('2026-03-04', 'en-US', 'weekday'))).toBe('Wed, Mar 4');
    expect(plain(formatDate('2026-03-04', 'en-GB', 'month'))).toBe('Mar');
    expect(plain(formatDate('2026-03-04', 'de-DE', 'month'))).toBe('Mär');
    expect(plain(formatDate('2024-01-01', 'en-GB', 'weekday-name'))).toBe('Mon');
  });

  it('never moves a day: the first and last day of a year, a leap day, a DST Sunday', () => {
    expect(plain(formatDate('2026-01-01', 'en-GB'))).toBe('Thu, 1 Jan 2026');
    expect(plain(formatDate('2025-12-31', 'en-GB'))).toBe('Wed, 31 Dec 2025');
    expect(plain(formatDate('2028-02-29', 'en-GB'))).toBe('Tue, 29 Feb 2028');
    expect(plain(formatDate('2026-03-29', 'en-GB'))).toBe('Sun, 29 Mar 2026');
    expect(plain(formatDate('2026-10-25', 'en-GB'))).toBe('Sun, 25 Oct 2026');
  });

  it('keeps the ends of what a stored day can say (years 1 and 9999 are not read as 1901 or 2099)', () => {
    expect(plain(formatDate('9999-12-31', 'en-GB'))).toBe('Fri, 31 Dec 9999');
    expect(plain(formatDate('0099-01-01', 'en-GB', 'day-month'))).toBe('1 Jan');
    expect(formatDate('0099-01-01', 'en-GB')).toMatch(/ 99$/);
  });

  it('shows text that is no day as it is, and falls back to en-GB for a locale tag Intl refuses', () => {
    expect(plain(formatDate('2026-02-30', 'en-GB'))).toBe('2026-02-30');
    expect(plain(formatDate('soon', 'en-GB'))).toBe('soon');
    expect(plain(formatDate('2026-03-02', 'not a locale!'))).toBe('Mon, 2 Mar 2026');
  });
});

describe('formatDateRange: a span of days, a shared month or year said once', () => {
  it('a roadmap week in en-GB, en-US and de-DE', () => {
    expect(plain(formatDateRange('2026-02-02', '2026-02-08', 'en-GB'))).toBe('Mon, 2 Feb – Sun, 8 Feb 2026');
    expect(plain(formatDateRange('2026-02-02', '2026-02-08', 'en-US'))).toBe('Mon, Feb 2 – Sun, Feb 8, 2026');
    expect(plain(formatDateRange('2026-02-02', '2026-02-08', 'de-DE'))).toBe('Mo., 2. – So., 8. Feb. 2026');
  });

  it('a span across a year says both years; one day reads as a day; a reversed span keeps its order', () => {
    expect(plain(formatDateRange('2026-12-28', '2027-01-03', 'en-GB'))).toBe('Mon, 28 Dec 2026 – Sun, 3 Jan 2027');
    expect(plain(formatDateRange('2026-03-02', '2026-03-02', 'en-US'))).toBe('Mon, Mar 2, 2026');
    expect(plain(formatDateRange('2026-03-08', '2026-03-02', 'en-GB'))).toBe('Sun, 8 Mar 2026 – Mon, 2 Mar 2026');
  });
});

describe('formatStamp: the date-time variant, for backups and notices', () => {
  it('says the wall time a file stamp holds, in the locale\'s clock', () => {
    expect(plain(formatStamp('20260420T120300', 'en-GB'))).toBe('Mon, 20 Apr 2026, 12:03');
    expect(plain(formatStamp('20260420T120300', 'en-US'))).toBe('Mon, Apr 20, 2026, 12:03 PM');
    expect(plain(formatStamp('20260420T000500', 'de-DE'))).toBe('Mo., 20. Apr. 2026, 00:05');
  });

  it('a daily copy says its day only; a stamp it cannot read is shown as it is', () => {
    expect(plain(formatStampDay('20260420T120300', 'en-GB'))).toBe('Mon, 20 Apr 2026');
    expect(plain(formatStamp('20261340T120300', 'en-GB'))).toBe('20261340T120300');
    expect(plain(formatStamp('20260420T250300', 'en-GB'))).toBe('20260420T250300');
    expect(plain(formatStampDay('latest', 'en-GB'))).toBe('latest');
  });
});
