import { useId, useState } from 'react';
import type { ExportFormat } from '@shared/export/formats';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { appLocale } from '../../dates';
import { offerDownload } from '../browser/download';

const BUTTONS: Array<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'markdown', label: 'Markdown…', hint: 'A README-style .md file for GitHub' },
  { format: 'html', label: 'Web page…', hint: 'One .html file; works offline and as index.html on GitHub Pages' },
  { format: 'pdf', label: 'PDF…', hint: 'The web page, printed' },
  { format: 'ical', label: 'Calendar (.ics)…', hint: 'One all-day event per roadmap week on its planned dates; import it again after a re-plan to move them' },
  { format: 'checklist', label: 'Progress checklist…', hint: 'The roadmap as a GitHub checklist with what you ticked and when, your study hours, start date, pace and re-plan; it imports back with the same plan (week notes are not in it)' },
];

/** Export buttons; each asks where to save and reports the file it wrote (browser mode: a download). */
export function ExportPanel() {
  const { reportError, clearError, shell, refreshToday } = useAppState();
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
      // The reader's locale: the files write dates as the preview shows them (check s6, fault 13).
      const result = await call('portfolio:export', { format, to: shell === 'browser' ? 'download' : 'file', locale: appLocale() });
      await refreshToday();
      if (result.status === 'saved') {
        setSaved(result.path);
        clearError();
      } else if (result.status === 'download') {
        offerDownload(result);
        setSaved(`${result.fileName} (see your browser's downloads)`);
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
      <p className="muted">Markdown, web page and PDF match the preview; the calendar and the checklist hold the whole roadmap.</p>
      <div className="pf-export-buttons">
        {BUTTONS.map((b) => (
          // aria-disabled, not disabled: a disabled button drops keyboard focus to the page.
          <button key={b.format} type="button" className="button" aria-disabled={busy !== null} aria-label={`Export ${b.label}`} aria-describedby={`${id}-${b.format}`} onClick={() => busy === null && void run(b.format)}>
            {busy === b.format ? 'Saving…' : `Export ${b.label}`}
            <span id={`${id}-${b.format}`} className="pf-hint muted">{b.hint}</span>
          </button>
        ))}
      </div>
      <p role="status" className="pf-saved">
        {saved && (
          <>
            {shell === 'browser' ? 'Downloaded' : 'Saved'} <code>{saved}</code>
          </>
        )}
      </p>
    </section>
  );
}
