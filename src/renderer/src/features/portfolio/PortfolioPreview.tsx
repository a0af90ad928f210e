import { datesLabel, EMPTY_PROJECTS, generatedLine, repoLabel, statusLabel, STEPS_LABEL, stepsValue, summaryLine, tasksValue } from '@shared/export/labels';
import type { PortfolioModel, PortfolioProject } from '@shared/export/portfolio-model';
import { linkParts } from '@shared/export/text-links';
import { call } from '../../api';
import { useAppState } from '../../app-state';
import { InlineCode } from '../../components/InlineCode';
import { showDate } from '../../dates';

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
 * Draws the export's model with the export's wording and layout, so what is seen here is what the
 * files say.
 */
export function PortfolioPreview({ model }: { model: PortfolioModel }) {
  return (
    <section className="pf-paper" aria-label="Portfolio preview">
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
          {model.projects.map((p) => <ProjectPreview key={p.id} project={p} />)}
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
    </section>
  );
}

function ProjectPreview({ project: p }: { project: PortfolioProject }) {
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
        {p.notes && (
          <blockquote className="pf-notes">
            {linkParts(p.notes).map((part, i) => (part.href ? <ExternalLink key={i} url={part.href}>{part.text}</ExternalLink> : part.text))}
          </blockquote>
        )}
      </article>
    </li>
  );
}
