import type { Notice } from '@shared/ipc/channels/app';
import type { Plan } from '@shared/plan-schema';
import { clearHistory, setHistoryRevision } from './features/board/board-history-store';

let paused = false;
/**
 * Held while the learner switches roadmaps: main may already answer from the other roadmap's
 * plan, which must never be shown with this roadmap's curriculum; the app boots afresh after.
 */
export const pauseSync = (pause: boolean) => void (paused = pause);
export const isSyncPaused = () => paused;

/** How often the renderer asks main whether the plan was replaced behind its back (ms). */
export const SYNC_INTERVAL_MS = 2_000;

export const UNDO_CLEARED_NOTICE: Notice = {
  id: 'undo-cleared',
  level: 'info',
  title: 'Undo history cleared',
  message: 'Your plan was replaced (restored from a backup, or changed outside Prep Planner), so the earlier undo and redo steps no longer apply and were cleared.',
};

/** Shown once the page has started over on the roadmap another tab or window switched to (N1). */
export const ROADMAP_MOVED_NOTICE: Notice = {
  id: 'roadmap-moved',
  level: 'info',
  title: 'Another tab switched roadmaps',
  message: 'Another tab or window opened a different roadmap, so this tab now shows that one too. Notes and forms you had not saved yet stay with the roadmap they were typed in, and come back when you switch to it again. If you were renaming a column or a step just then, type its new title again.',
};

let movedNotice = false;
/** Notes that the next boot follows another tab's switch: that boot shows ROADMAP_MOVED_NOTICE once. */
export const noteRoadmapMoved = () => void (movedNotice = true);
/** The notices a boot adds of the page's own: ROADMAP_MOVED_NOTICE once after noteRoadmapMoved. */
export function takeBootNotices(): Notice[] {
  const out = movedNotice ? [ROADMAP_MOVED_NOTICE] : [];
  movedNotice = false;
  return out;
}

export interface SyncReply {
  revision: number;
  plan: Plan | null;
  notices: Notice[];
  changes?: number;
  /** The roadmap open in main now. */
  roadmapId?: string;
}

/**
 * What the renderer does with main's answer to app:sync: a new revision means the plan was
 * replaced, so the board's undo history is dropped (and the user told, if it had steps). Returns
 * the plan to show (null: keep the current one; main sends one only when this page is behind) and the notices to show.
 */
export function applySync(known: number, reply: SyncReply, shown: Notice[]): { plan: Plan | null; notices: Notice[] } {
  const replaced = reply.revision !== known;
  const hadSteps = replaced && clearHistory();
  if (replaced) setHistoryRevision(reply.revision);
  // The page's own notices stay until dismissed; main's list does not hold them (N7, check6 s8).
  const local = shown.filter((n) => n.id === UNDO_CLEARED_NOTICE.id || n.id === ROADMAP_MOVED_NOTICE.id);
  const notices = [...reply.notices, ...(hadSteps && local.length === 0 ? [UNDO_CLEARED_NOTICE] : local)];
  // Same revision with a plan: another tab or window saved a change; it is shown, undo stays (guarded).
  return { plan: reply.plan, notices };
}
