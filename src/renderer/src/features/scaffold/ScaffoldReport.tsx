import { forwardRef } from 'react';
import type { FolderReport } from './use-project-folder';
import { plural } from '../../words';


/** Exactly what the last run created and what it found and left alone. */
export const ScaffoldReport = forwardRef<HTMLDivElement, { report: FolderReport; onDismiss(): void }>(function ScaffoldReport({ report, onDismiss }, ref) {
  const { created, kept } = report;
  const summary = created.length === 0
    ? `Nothing to add: all ${plural(kept.length, 'item')} were already there and were left untouched.`
    : `Created ${plural(created.length, 'item')}${kept.length ? `; kept ${kept.length} that already existed, untouched` : ''}.`;
  return (
    <div className="scaffold-report" role="status" tabIndex={-1} ref={ref}>
      <p className="scaffold-summary">{summary}</p>
      {report.notice && <p className="scaffold-notice">{report.notice}</p>}
      {report.git && <p className="scaffold-git">{report.git.message}</p>}
      {created.length > 0 && <PathList label="Created" paths={created} />}
      {kept.length > 0 && <PathList label="Kept as they were" paths={kept} />}
      <button type="button" className="button ghost small" onClick={onDismiss}>
        Hide this summary
      </button>
    </div>
  );
});

function PathList({ label, paths }: { label: string; paths: string[] }) {
  return (
    <div className="scaffold-paths">
      <h4>{label}</h4>
      <ul aria-label={label}>
        {paths.map((path) => (
          <li key={path}>
            <code>{path}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
