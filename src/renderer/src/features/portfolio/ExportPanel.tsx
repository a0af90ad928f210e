import { useId, useState } from 'react';
import type { ExportFormat } from '@shared/export/formats';
import { call } from '../../api';
import { useAppState } from '../../app-state';

const BUTTONS: Array<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'markdown', label: 'Markdown…', hint: 'A README-style .md file for GitHub' },
  { format: 'html', label: 'Web page…', hint: 'One .html file; works offline and as index.html on GitHub Pages' },
  { format: 'pdf', label: 'PDF…', hint: 'The web page, printed' },
];

/** Export buttons; each asks where to save and reports the file it wrote. */
export function ExportPanel() {
  const { reportError, clearError, refreshToday } = useAppState();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setSaved(null);
    try {
      // Main dates the file from its clock: the preview takes the same day first (and again after,
      // should midnight fall while the save dialog is open), so the two never disagree.
      await refreshToday();
      const result = await call('portfolio:export', { format });
      await refreshToday();
      if (result.status === 'saved') {
        setSaved(result.path);
        clearError();
      }
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="pf-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pf-panel-title">Export</h2>
      <p className="muted">Exports match the preview.</p>
      <div className="pf-export-buttons">
        {BUTTONS.map((b) => (
          <button key={b.format} type="button" className="button" disabled={busy !== null} aria-label={`Export ${b.label}`} aria-describedby={`${id}-${b.format}`} onClick={() => void run(b.format)}>
            {busy === b.format ? 'Saving…' : `Export ${b.label}`}
            <span id={`${id}-${b.format}`} className="pf-hint muted">{b.hint}</span>
          </button>
        ))}
      </div>
      <p role="status" className="pf-saved">
        {saved && (
          <>
            Saved <code>{saved}</code>
          </>
        )}
      </p>
    </section>
  );
}
