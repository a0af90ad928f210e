import { useAppState } from '../../app-state';

export function PortfolioView() {
  const { curriculum } = useAppState();
  return (
    <div className="portfolio">
      <header className="view-header">
        <h1>Portfolio</h1>
        <p className="muted">A summary of the {curriculum.projects.length} projects you build, ready to share.</p>
      </header>
    </div>
  );
}
