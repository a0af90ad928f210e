import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Curriculum } from '@shared/curriculum-schema';
import type { Notice } from '@shared/ipc/channels/app';
import type { CalendarDate, Plan } from '@shared/plan-schema';
import { adoptPackedPlan } from '@shared/domain/packed-plan';
import { call, messageOf, unwrap } from './api';
import { takeEarlyBoot } from './early-boot';
import { setDraftScope } from './drafts';
import { useUnsavedTextGuard } from './autosave/unsaved-text';
import { applySync, isSyncPaused, noteRoadmapMoved, pauseSync, SYNC_INTERVAL_MS, takeBootNotices } from './plan-sync';
import { setPageRoadmap } from './http-api';
import { useReboot } from './reboot';
import { setHistoryRevision } from './features/board/board-history-store';
import { useLiveToday } from './live-today';
import { callsAreOut, seenChanges, setSeenChanges } from './seen-changes';

interface AppState {
  curriculum: Curriculum;
  plan: Plan;
  /** Follows main's clock while the window is open (live-today.ts). */
  today: CalendarDate;
  /** Asks main for the day now (before an export, so file and preview agree). */
  refreshToday(): Promise<void>;
  dataDir: string;
  /** 'browser' when a local server runs main: paths are typed in fields, exports are downloads. */
  shell: 'desktop' | 'browser';
  notices: Notice[];
  /** The last failed action's message, shown until dismissed or replaced. */
  error: string | null;
  setPlan(plan: Plan): void;
  /** Runs a call that returns the new plan; on failure keeps the old plan and shows main's message. */
  runPlanAction(action: () => Promise<Plan>): Promise<Plan | null>;
  reportError(error: unknown): void;
  clearError(): void;
  dismissNotice(id: string): void;
  /** Asks main now whether the plan was replaced (after a restore); see plan-sync.ts. */
  syncNow(): Promise<void>;
}

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [boot, setBoot] = useState<Awaited<ReturnType<typeof call<'app:boot'>>> | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  // Closing the page asks first while typed text is not saved (autosave/unsaved-text.ts).
  useUnsavedTextGuard(plan);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [error, setError] = useState<string | null>(null);
  const revision = useRef<number | null>(null);
  /** The roadmap this page booted on (app:sync names it; see plan-sync.ts). */
  const roadmapId = useRef<string | null>(null);
  const reboot = useReboot();
  const shownNotices = useRef<Notice[]>([]);
  shownNotices.current = notices;
  const live = useLiveToday(boot?.today ?? null);

  useEffect(() => {
    // The first boot's call was sent before this code loaded (main.tsx); a reboot asks again.
    const early = takeEarlyBoot();
    (early ? early.then(unwrap) : call('app:boot', {})).then(
      (data) => {
        setDraftScope(data.roadmapId);
        setPageRoadmap(data.roadmapId);
        roadmapId.current = data.roadmapId;
        revision.current = data.revision;
        setSeenChanges(data.changes);
        pauseSync(false);
        setHistoryRevision(data.revision);
        setBoot(data);
        // The reply was just parsed and is not used again: its steps become the plan's (no copies).
        setPlan(adoptPackedPlan(data.plan));
        setNotices([...data.notices, ...takeBootNotices()]);
      },
      (e: unknown) => setBootError(messageOf(e)),
    );
  }, []);

  // Main may replace the plan while the app runs (a restore, an outside change to planner.json) and
  // may add notices (a backup that failed): ask it every few seconds, and at once after a restore.
  const syncNow = useCallback(async () => {
    if (revision.current === null || isSyncPaused()) return;
    const known = revision.current;
    const counted = seenChanges();
    const shown = roadmapId.current ?? undefined;
    const reply = await call('app:sync', { revision: known, ...(counted === undefined ? {} : { changes: counted }), ...(shown === undefined ? {} : { roadmapId: shown }) }).catch(() => null);
    // Another tab or window switched roadmaps (N1): start over on the one open now, as after a
    // switch made here; typed text stays in drafts kept per roadmap, and leaving still asks.
    if (reply?.roadmapId !== undefined && shown !== undefined && reply.roadmapId !== shown && !isSyncPaused()) {
      pauseSync(true);
      noteRoadmapMoved();
      return reboot();
    }
    // A change of this page's own answered meanwhile: this reply may predate it, so the next sync decides.
    if (!reply || revision.current !== known || isSyncPaused() || seenChanges() !== counted) return;
    const next = applySync(known, reply, shownNotices.current);
    revision.current = reply.revision;
    if (next.plan) {
      setSeenChanges(reply.changes);
      setPlan(next.plan);
    }
    if (JSON.stringify(next.notices) !== JSON.stringify(shownNotices.current)) setNotices(next.notices);
  }, [reboot]);
  useEffect(() => {
    // While visible, every few seconds; at once when the tab or window is looked at again. Not while
    // a call of this page's is out: main's count may be past the page's, and the reply would carry the
    // whole plan for nothing (the next tick asks; one sync at a time, too). A sync asked for on purpose
    // (after a restore, a conflict) goes at once.
    const onLook = () => document.visibilityState !== 'hidden' && !callsAreOut() && void syncNow();
    const timer = setInterval(onLook, SYNC_INTERVAL_MS);
    window.addEventListener('focus', onLook);
    document.addEventListener('visibilitychange', onLook);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onLook);
      document.removeEventListener('visibilitychange', onLook);
    };
  }, [syncNow]);

  const reportError = useCallback(
    (e: unknown) => {
      setError(messageOf(e));
      // A refusal may mean the plan or the roadmap changed elsewhere: learn which at once.
      void syncNow();
    },
    [syncNow],
  );

  const runPlanAction = useCallback(
    async (action: () => Promise<Plan>) => {
      try {
        const next = await action();
        setPlan(next);
        setError(null);
        return next;
      } catch (e) {
        reportError(e);
        return null;
      }
    },
    [reportError],
  );

  const dismissNotice = useCallback((id: string) => {
    setNotices((list) => list.filter((n) => n.id !== id));
    void call('app:dismiss-notice', { id }).catch(() => undefined);
  }, []);

  const value = useMemo<AppState | null>(
    () =>
      boot && plan
        ? {
            curriculum: boot.curriculum,
            plan,
            today: live.today ?? boot.today,
            refreshToday: live.refresh,
            dataDir: boot.dataDir,
            shell: boot.shell,
            notices,
            error,
            setPlan,
            runPlanAction,
            reportError,
            clearError: () => setError(null),
            dismissNotice,
            syncNow,
          }
        : null,
    [boot, plan, notices, error, runPlanAction, reportError, dismissNotice, syncNow, live.today, live.refresh],
  );

  if (bootError) {
    return (
      <main className="boot-screen" role="alert">
        <h1>Prep Planner could not start</h1>
        <p>{bootError}</p>
      </main>
    );
  }
  if (!value) {
    return (
      <main className="boot-screen" aria-busy="true">
        <p>Loading your plan…</p>
      </main>
    );
  }
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

/**
 * The app's state, or null outside AppStateProvider (and while the plan is still loading). For parts that
 * can be drawn anywhere — the generic Dialog's error line — and simply show nothing without an app.
 */
export function useOptionalAppState(): AppState | null {
  return useContext(AppStateContext);
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}
