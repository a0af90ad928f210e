import type { Settings } from '../plan-schema';
import { isFinished, type Schedule } from './schedule';

/**
 * What a mid-way pace change does (audit s6, fault 7). The rule: a new pace changes how long the
 * weeks still to do take, not where the user stands. The first unfinished week keeps the planned
 * start it had, the weeks before it keep the planned dates they had, and the weeks from it on are
 * re-spaced at the new pace. So days ahead or behind still count against the dates the user was
 * given: 18 days behind stays about 18 days behind (a little less at a slower pace, a little more
 * at a faster one, because the part of the current weeks already ticked now stands for more or
 * fewer days); it never turns into "ahead" because the pace went down.
 *
 * (Before audit s6 the plan restarted the day after the last real finish, which dropped the lag
 * or the lead without a word: "18 days behind" became "12 days ahead" on a slower pace.)
 *
 * `before` is the schedule as it stands with the old pace. Null when no week before the first
 * unfinished one exists (nothing to keep: the new pace applies from the start date) or when every
 * week is finished. Offsets are fractional days from the start date, as in ScheduledWeek.
 */
export function keepPlaceAnchor(before: Schedule): NonNullable<Settings['replan']> | null {
  const first = before.weeks.findIndex((w) => !isFinished(w.status));
  if (first <= 0) return null;
  return {
    fromWeek: first + 1,
    on: before.weeks[first]!.plannedStart,
    kept: before.weeks.slice(0, first).map((w) => [w.startOffset, w.endOffset] as [number, number]),
  };
}
