import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { PortfolioOptions } from './PortfolioOptions';
import { PortfolioPreview } from './PortfolioPreview';
import { ProfileForm } from './ProfileForm';
import { usePortfolioPreview } from './use-portfolio-preview';
import './portfolio.css';

/** The portfolio: settings and exports on the left, the live preview of the export on the right. */
export function PortfolioView() {
  const { preview, failed, retry } = usePortfolioPreview();
  return (
    <div className="portfolio">
      <header className="view-header">
        <h1>Portfolio</h1>
        <p className="muted">The summary you share: the preview shows exactly what the exported files contain.</p>
      </header>
      <div className="pf-layout">
        <div className="pf-side">
          <ExportPanel />
          <PortfolioOptions />
          <ProfileForm />
          <BackupPanel />
        </div>
        <PortfolioPreview preview={preview} failed={failed} onRetry={retry} />
      </div>
    </div>
  );
}
