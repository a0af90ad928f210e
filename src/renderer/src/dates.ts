import type { CalendarDate } from '@shared/plan-schema';
import { FALLBACK_LOCALE, formatDate, formatDateRange, formatStamp, formatStampDay, type DateStyle } from '@shared/display-dates';

/*
 * The renderer's door to the one date helper (@shared/display-dates): the same functions with the
 * reader's locale filled in. The locale is the browser's (navigator.language) — the same one
 * Chromium uses for the native <input type="date"> fields, so the words and the fields agree.
 */
export const appLocale = (): string => (typeof navigator !== 'undefined' && navigator.language) || FALLBACK_LOCALE;

export const showDate = (day: CalendarDate, style: DateStyle = 'day'): string => formatDate(day, appLocale(), style);
export const showDateRange = (from: CalendarDate, to: CalendarDate): string => formatDateRange(from, to, appLocale());
export const showStamp = (stamp: string): string => formatStamp(stamp, appLocale());
export const showStampDay = (stamp: string): string => formatStampDay(stamp, appLocale());
