import { useCallback, useEffect, useState } from 'react';
import type { CalendarDate } from '@shared/plan-schema';
import { call } from './api';

/** How often an open window asks main for the day: a minute late at midnight is close enough. */
export const TODAY_POLL_MS = 60_000;

/**
 * The day the app takes as today, kept in step with main's clock while the window stays open
 * (issue 12, case 7): asked again every minute and whenever the window comes back into view, so
 * after midnight the heatmap, "planned for today", ahead/behind and the portfolio preview all use
 * the new day, exactly as after a restart. Main's clock is the only authority (it stamps every
 * change and dates every export), so the renderer never reads its own.
 */
export function useLiveToday(initial: CalendarDate | null) {
  const [today, setToday] = useState<CalendarDate | null>(initial);
  if (today === null && initial !== null) setToday(initial);

  const refresh = useCallback(async () => {
    try {
      const { today: now } = await call('app:today', {});
      setToday((current) => (current === now ? current : now));
    } catch {
      // Main unreachable for a moment: keep the last known day; the next tick asks again.
    }
  }, []);

  const ready = initial !== null;
  useEffect(() => {
    if (!ready) return;
    const timer = setInterval(() => void refresh(), TODAY_POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [ready, refresh]);

  return { today, refresh };
}
