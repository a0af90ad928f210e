import { currentStopIn } from './features/board/roving';
import { lazy, Suspense, useEffect, type KeyboardEvent, type MouseEvent } from 'react';
import { BoardView } from './features/board/BoardView';
import { ErrorBar } from './components/ErrorBar';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { NoticeList } from './components/NoticeList';
import { RoadmapPicker } from './features/roadmaps/RoadmapPicker';
import { Announcer } from './a11y/Announcer';
import { installFocusRescue } from './a11y/focus-rescue';
import { useNavigation } from './navigation';

// The board is what opens first; the other views load when first shown, keeping start-up lean.
const RoadmapView = lazy(() => import('./features/roadmap/RoadmapView').then((m) => ({ default: m.RoadmapView })));
const PortfolioView = lazy(() => import('./features/portfolio/PortfolioView').then((m) => ({ default: m.PortfolioView })));

const VIEWS = [
  { id: 'board', label: 'Board', Component: BoardView },
  { id: 'roadmap', label: 'Roadmap', Component: RoadmapView },
  { id: 'portfolio', label: 'Portfolio', Component: PortfolioView },
] as const;

/** The tab index a key moves to (arrows wrap, Home/End jump), or null for keys tabs ignore. */
export function tabTarget(key: string, current: number, count: number): number | null {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** The skip link lands on the board's current card (its one Tab stop), or the board itself. */
function skipToBoard(event: MouseEvent) {
  const board = document.getElementById('board-cards');
  if (!board) return;
  event.preventDefault();
  const card = currentStopIn(board);
  (card ?? board).focus();
}

export function App() {
  const { view, setView } = useNavigation();
  const active = VIEWS.find((v) => v.id === view)!;
  useEffect(() => installFocusRescue(), []);

  // Arrow keys, Home and End move between tabs, as the ARIA tabs pattern expects.
  const onTabKey = (event: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const target = tabTarget(event.key, i, VIEWS.length);
    if (target === null) return;
    event.preventDefault();
    const next = VIEWS[target]!;
    setView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <div className="app">
      {view === 'board' && (
        <a className="skip-link" href="#board-cards" onClick={skipToBoard}>
          Skip to board
        </a>
      )}
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">▦</span>
          <span className="brand-name">Prep Planner</span>
        </div>
        <nav className="tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v.id}
              id={`tab-${v.id}`}
              role="tab"
              type="button"
              aria-selected={v.id === view}
              aria-controls={`panel-${v.id}`}
              tabIndex={v.id === view ? 0 : -1}
              className="tab"
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        <RoadmapPicker />
      </header>
      {/* main stays the page's main landmark; the tab panel sits inside it. */}
      <main className="app-main">
        <div id={`panel-${active.id}`} role="tabpanel" aria-labelledby={`tab-${active.id}`} className="tab-panel">
          {/* Keyed by view: a failed view does not stay failed when the user switches away and back. */}
          <ViewErrorBoundary key={active.id} name={`The ${active.label} view`}>
            <Suspense fallback={<p className="muted" aria-busy="true">Loading…</p>}>
              <active.Component />
            </Suspense>
          </ViewErrorBoundary>
        </div>
      </main>
      {/* Below the view, not above it: a notice that arrives on its own (an outside change, a failed
          backup) never moves the board's toolbar from under the pointer, nor covers it (s8). The error
          bar of a failed action sits in the same band, for the same reason (check5-s8 N2). */}
      <ErrorBar />
      <NoticeList />
      <Announcer />
    </div>
  );
}
