import { lazy, Suspense, type KeyboardEvent } from 'react';
import { BoardView } from './features/board/BoardView';
import { ErrorBar } from './components/ErrorBar';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { NoticeList } from './components/NoticeList';
import { RoadmapPicker } from './features/roadmaps/RoadmapPicker';
import { useNavigation } from './navigation';

// The board is what opens first; the other views load when first shown, keeping start-up lean.
const RoadmapView = lazy(() => import('./features/roadmap/RoadmapView').then((m) => ({ default: m.RoadmapView })));
const PortfolioView = lazy(() => import('./features/portfolio/PortfolioView').then((m) => ({ default: m.PortfolioView })));

const VIEWS = [
  { id: 'board', label: 'Board', Component: BoardView },
  { id: 'roadmap', label: 'Roadmap', Component: RoadmapView },
  { id: 'portfolio', label: 'Portfolio', Component: PortfolioView },
] as const;

export function App() {
  const { view, setView } = useNavigation();
  const active = VIEWS.find((v) => v.id === view)!;

  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = VIEWS.findIndex((v) => v.id === view);
    const next = VIEWS[(i + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
    setView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };

  return (
    <div className="app">
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
      <NoticeList />
      <ErrorBar />
      <main id={`panel-${active.id}`} role="tabpanel" aria-labelledby={`tab-${active.id}`} className="app-main">
        {/* Keyed by view: a failed view does not stay failed when the user switches away and back. */}
        <ViewErrorBoundary key={active.id} name={`The ${active.label} view`}>
          <Suspense fallback={<p className="muted" aria-busy="true">Loading…</p>}>
            <active.Component />
          </Suspense>
        </ViewErrorBoundary>
      </main>
    </div>
  );
}
