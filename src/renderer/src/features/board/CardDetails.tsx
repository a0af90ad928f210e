import { useDraft } from '../../drafts';
import { whileSending } from '../../autosave/unsaved-text';
import type { Plan } from '@shared/plan-schema';
import { call } from '../../api';
import { ProjectFolderSection } from '../scaffold/ProjectFolderSection';
import { Dialog } from './Dialog';
import { CardDateFields } from './CardDateFields';
import { ProjectNotes } from './ProjectNotes';
import { ProjectWordsSection } from './ProjectWordsSection';
import { StackChoices } from './StackChoices';
import { StepEditor } from './StepEditor';
import type { BoardActions } from './use-board-actions';
import type { ProjectInfo } from './use-board-model';

interface Props {
  plan: Plan;
  project: ProjectInfo;
  done: number;
  total: number;
  actions: BoardActions;
  onClose(): void;
  onOpenWeek(week: number): void;
  reportError(error: unknown): void;
}

/** Mirrors main's rule so the user hears about a typo before anything is sent. */
export function repoUrlProblem(value: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use a web address starting with https://';
    if (!url.hostname.includes('.')) return 'That address has no real host name.';
    return null;
  } catch {
    return 'That is not a web address (e.g. https://github.com/you/project).';
  }
}

export function CardDetails({ plan, project, done, total, actions, onClose, onOpenWeek, reportError }: Props) {
  const id = project.id;
  const progress = plan.projects[id]!;
  const [repo, setRepo, clearRepo] = useDraft(`repo:${id}`, progress.repoUrl);
  const problem = repoUrlProblem(repo.trim());
  const column = plan.board.columns.find((c) => plan.board.projects[c.id]?.includes(id));

  const saveRepo = () => {
    if (!problem && repo.trim() !== progress.repoUrl) void whileSending([`repo:${id}`], actions.updateProject({ projectId: id, patch: { repoUrl: repo.trim() } })).then((ok) => ok && clearRepo());
  };
  /** Saves a date left in its field; false (with main's reason given to onRefused) when refused. */
  const saveDate = (field: 'startedOn' | 'finishedOn', value: string | null, onRefused: (message: string) => void) =>
    actions.updateProject({ projectId: id, patch: { [field]: value } }, { onRefused });
  const moveTo = (columnId: string) => {
    const target = plan.board.projects[columnId] ?? [];
    void actions.moveProject(id, columnId, columnId === column?.id ? target.length - 1 : target.length);
  };

  return (
    <Dialog title={project.name} onClose={onClose} className="side-panel">
      <div className="details-body">
        {project.description && <p>{project.description}</p>}
        {project.stack.length > 0 && (
          <ul className="tags" aria-label="Stack">
            {project.stack.map((tag) => <li key={tag} className="tag">{tag}</li>)}
          </ul>
        )}
        <StackChoices
          projectId={id}
          items={project.items}
          choices={progress.stackChoices}
          onChoose={(stackChoices) => actions.updateProject({ projectId: id, patch: { stackChoices } })}
        />
        <ProjectWordsSection key={`${project.name}\n${project.description}\n${project.stackText}`} project={project} stackText={project.stackText} actions={actions} onRemoved={onClose} />
        {project.weeks.length > 0 && (
          <p className="card-weeks">
            <span className="muted">Roadmap weeks</span>
            {project.weeks.map((w) => (
              <button key={w} type="button" className="week-link" onClick={() => onOpenWeek(w)} aria-label={`Open roadmap week ${w}`}>{w}</button>
            ))}
          </p>
        )}
        <div className="field-grid">
          <label>
            Column
            <select className="input" value={column?.id ?? ''} onChange={(e) => moveTo(e.target.value)}>
              {plan.board.columns.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
            </select>
          </label>
          <CardDateFields projectId={id} startedOn={progress.startedOn} finishedOn={progress.finishedOn} save={saveDate} />
          <p className="progress-line">
            <progress max={Math.max(total, 1)} value={done} aria-label={`Steps done: ${done} of ${total}`} /> {done}/{total} steps done
          </p>
        </div>
        <section className="details-section" aria-label="Repository">
          <label htmlFor="repo-url"><h3>Repository</h3></label>
          <div className="inline-form">
            <input id="repo-url" type="url" className="input" value={repo} placeholder="https://github.com/you/project" onChange={(e) => setRepo(e.target.value)} onBlur={saveRepo} onKeyDown={(e) => e.key === 'Enter' && saveRepo()} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'repo-url-problem' : undefined} />
            <button type="button" className="button" disabled={!progress.repoUrl || repo.trim() !== progress.repoUrl} onClick={() => call('shell:open-external', { url: progress.repoUrl }).catch(reportError)}>
              Open in browser
            </button>
          </div>
          {problem && <p id="repo-url-problem" className="field-error" role="alert">{problem}</p>}
        </section>
        <ProjectNotes key={id} projectId={id} saved={progress.notes} actions={actions} />
        <StepEditor plan={plan} projectId={id} actions={actions} />
        <ProjectFolderSection projectId={id} />
      </div>
    </Dialog>
  );
}
