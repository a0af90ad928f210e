import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ViewId = 'board' | 'roadmap' | 'portfolio';

interface Navigation {
  view: ViewId;
  setView(view: ViewId): void;
  /** A project whose card details the board should open (set by links from other views). */
  focusedProjectId: string | null;
  /** A roadmap week the roadmap view should scroll to and highlight. */
  focusedWeek: number | null;
  openProject(projectId: string): void;
  openWeek(week: number): void;
  /** Views call this once they have acted on a focus request. */
  clearFocus(): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<ViewId>('board');
  const [focusedProjectId, setFocusedProjectId] = useState<string | null>(null);
  const [focusedWeek, setFocusedWeek] = useState<number | null>(null);
  const openProject = useCallback((id: string) => {
    setFocusedProjectId(id);
    setView('board');
  }, []);
  const openWeek = useCallback((week: number) => {
    setFocusedWeek(week);
    setView('roadmap');
  }, []);
  const clearFocus = useCallback(() => {
    setFocusedProjectId(null);
    setFocusedWeek(null);
  }, []);
  const value = useMemo(
    () => ({ view, setView, focusedProjectId, focusedWeek, openProject, openWeek, clearFocus }),
    [view, focusedProjectId, focusedWeek, openProject, openWeek, clearFocus],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useNavigation outside NavigationProvider');
  return nav;
}
