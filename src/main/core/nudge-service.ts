import type { Curriculum } from '@shared/curriculum-schema';
import { decideNudge, type Nudge } from '@shared/domain/nudge';
import { today, type Clock } from './clock';
import type { PlanStore } from './plan-store';

/** Shows a desktop notification. Electron's Notification in index.ts; a recording fake in tests. */
export interface Notifier {
  notify(message: { title: string; body: string }): void;
}

/** Hourly in the app: often enough to catch a week's first morning, rare enough to cost nothing. */
export const NUDGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs the reminder rule (domain/nudge.ts) against the stored plan and main's clock. The log is
 * saved before the notification is shown, and a log that cannot be saved shows nothing, so a
 * read-only data folder can never repeat a reminder every hour. Returns the nudge shown, or null.
 */
export async function checkNudge(deps: { store: PlanStore; curriculum: Curriculum; clock: Clock; notifier: Notifier }): Promise<Nudge | null> {
  const plan = deps.store.plan;
  const { nudge, log } = decideNudge(deps.curriculum, plan, today(deps.clock), plan.settings.nudgeLog, plan.settings.nudges);
  if (JSON.stringify(log) !== JSON.stringify(plan.settings.nudgeLog)) {
    try {
      await deps.store.update((draft) => {
        draft.settings.nudgeLog = log;
      });
    } catch {
      return null;
    }
  }
  if (nudge) deps.notifier.notify({ title: nudge.title, body: nudge.body });
  return nudge;
}

/** Checks once shortly after start-up and then every interval; returns the function that stops it. */
export function startNudges(deps: Parameters<typeof checkNudge>[0], intervalMs = NUDGE_INTERVAL_MS): () => void {
  const run = () => void checkNudge(deps).catch(() => undefined);
  const first = setTimeout(run, 5_000);
  const every = setInterval(run, intervalMs);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
