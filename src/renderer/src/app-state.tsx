import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Curriculum } from '@shared/curriculum-schema';
import type { Notice } from '@shared/ipc/channels/app';
import type { CalendarDate, Plan } from '@shared/plan-schema';
import { ApiError, call } from './api';

interface AppState {
  curriculum: Curriculum;
  plan: Plan;
  today: CalendarDate;
  dataDir: string;
  notices: Notice[];
  /** The last failed action's message, shown until dismissed or replaced. */
  error: string | null;
  setPlan(plan: Plan): void;
  /** Runs a call that returns the new plan; on failure keeps the old plan and shows main's message. */
  runPlanAction(action: () => Promise<Plan>): Promise<Plan | null>;
  reportError(error: unknown): void;
  clearError(): void;
  dismissNotice(id: string): void;
}

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [boot, setBoot] = useState<Awaited<ReturnType<typeof call<'app:boot'>>> | null>(null);
  const [bootError, setBootError] = useState<string | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('app:boot', {}).then(
      (data) => {
        setBoot(data);
        setPlan(data.plan);
        setNotices(data.notices);
      },
      (e: unknown) => setBootError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  const reportError = useCallback((e: unknown) => {
    setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
  }, []);

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
            today: boot.today,
            dataDir: boot.dataDir,
            notices,
            error,
            setPlan,
            runPlanAction,
            reportError,
            clearError: () => setError(null),
            dismissNotice,
          }
        : null,
    [boot, plan, notices, error, runPlanAction, reportError, dismissNotice],
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

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}
