import { datesLabel, EMPTY_PROJECTS, generatedLine, repoLabel, statusLabel, STEPS_LABEL, stepsValue, summaryLine, tasksValue } from '@shared/export/labels';
import type { PortfolioProject } from '@shared/export/portfolio-model';
import type { TextPart } from '@shared/export/text-links';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { InlineCode } from '../../components/InlineCode';
import { showDate } from '../../dates';
import type { Preview } from './use-portfolio-preview';

/** A real link (focusable, announced as a link) that opens in the OS browser, as in the export. */
function ExternalLink({ url, children }: { url: string; children: string }) {
  const { reportError } = useAppState();
  return (
    <a
      href={url}
      className="pf-link"
      onClick={(event) => {
        event.preventDefault();
        call('shell:open-external', { url }).catch(reportError);
      }}
    >
      {children}
    </a>
  );
}

/**
 * Draws the export's model (built by main, use-portfolio-preview.ts) with the export's wording and
 * layout, so what is seen here is what the files say. Before main's first reply it says so; when
 * the latest request failed it says so in plain words and keeps showing the model it had.
 */
export function PortfolioPreview({ preview, failed, onRetry }: { preview: Preview | null; failed: boolean; onRetry(): void }) {
  return (
    <section className="pf-paper" aria-label="Portfolio preview" aria-busy={preview === null && !failed}>
      {failed && (
        <p role="alert" className="pf-preview-problem">
          {preview ? 'The preview could not be brought up to date, so it may not show your latest change. ' : 'The preview could not be prepared. '}
          Your plan is saved, and the exports are made from it.{' '}
          <button type="button" className="button" onClick={onRetry}>Try again</button>
        </p>
      )}
      {preview ? <PreviewBody {...preview} /> : !failed && <p className="muted">Preparing the preview…</p>}
    </section>
  );
}

function PreviewBody({ model, noteLinks }: Preview) {
  return (
    <>
      <header>
        <h2 className="pf-name">{model.name || 'Portfolio'}</h2>
        {model.headline && <p className="pf-headline">{model.headline}</p>}
        {model.links.length > 0 && (
          <ul className="pf-links" aria-label="Profile links">
            {model.links.map((l, i) => (
              <li key={i}>
                <ExternalLink url={l.url}>{l.label}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">{summaryLine(model)}</p>
      </header>

      <h3 className="pf-section">Projects</h3>
      {model.projects.length === 0 ? <p className="muted">{EMPTY_PROJECTS}</p> : (
        <ul className="pf-projects" aria-label="Exported projects">
          {model.projects.map((p) => <ProjectPreview key={p.id} project={p} notes={noteLinks[p.id]} />)}
        </ul>
      )}

      {model.progress && (
        <>
          <h3 className="pf-section">Roadmap progress</h3>
          <dl className="pf-progress">
            <dt>Weeks done</dt>
            <dd>{model.progress.weeksDone} of {model.progress.weeksTotal}</dd>
            <dt>Goals done</dt>
            <dd>
              {model.progress.goalPercent}% ({model.progress.goalsDone} of {model.progress.goalsTotal})
              <div className="pf-bar" aria-hidden="true"><span style={{ width: `${model.progress.goalPercent}%` }} /></div>
            </dd>
            <dt>Tasks done</dt>
            <dd>{tasksValue(model.progress)}</dd>
            <dt>Learning now</dt>
            <dd>{model.progress.currentWeek ? `Week ${model.progress.currentWeek.number} — ${model.progress.currentWeek.focus}` : 'All weeks finished'}</dd>
          </dl>
        </>
      )}

      {model.skills.length > 0 && (
        <>
          <h3 className="pf-section">Skills</h3>
          <ul className="pf-skills">
            {model.skills.map((s) => (
              <li key={s.week}>
                <strong>{s.focus}</strong> <span className="muted">(week {s.week})</span>:{' '}
                {s.goals.map((g, i) => <span key={i}>{i > 0 && ' '}<InlineCode text={g} /></span>)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted pf-footer">{generatedLine(model, showDate)}</p>
    </>
  );
}

function ProjectPreview({ project: p, notes }: { project: PortfolioProject; notes: TextPart[] | undefined }) {
  const dates = datesLabel(p, showDate);
  return (
    <li>
      <article className="pf-project" aria-label={p.name}>
        <div className="pf-project-head">
          <h4>{p.name}</h4>
          <span className={`pf-badge${p.status === 'done' ? ' done' : ''}`}>{statusLabel(p)}</span>
        </div>
        {/* The learner's words, literal as in the export: a backtick stays a backtick. */}
        <p>{p.description}</p>
        {dates && <p className="muted">{dates}</p>}
        <ul className="tags" aria-label="Stack">
          {p.stack.map((s) => <li key={s} className="tag">{s}</li>)}
        </ul>
        {p.repoUrl && <p><strong>Repository:</strong> <ExternalLink url={p.repoUrl}>{repoLabel(p.repoUrl)}</ExternalLink></p>}
        <p><strong>{STEPS_LABEL}:</strong> {stepsValue(p)}</p>
        {p.stepsDone.length > 0 && (
          <ul className="pf-steps">
            {p.stepsDone.map((s, i) => <li key={i}>{s}</li>)}
          </ul>
        )}
        {/* Split by main with the exporters' own linkParts, so the same addresses are links. */}
        {p.notes && (
          <blockquote className="pf-notes">
            {(notes ?? [{ text: p.notes, href: null }]).map((part, i) => (part.href ? <ExternalLink key={i} url={part.href}>{part.text}</ExternalLink> : part.text))}
          </blockquote>
        )}
      </article>
    </li>
  );
}
