import { useEffect, useId, useRef, useState } from 'react';
import { useAppState } from '../../app-state';
import { PathForm } from '../browser/PathForm';
import { SettingToggle } from '../../components/SettingToggle';
import { ScaffoldReport } from './ScaffoldReport';
import { useProjectFolder } from './use-project-folder';
import './project-folder.css';

/** The "Project folder" part of a project's card details: create, open, reveal, recreate. */
export function ProjectFolderSection({ projectId }: { projectId: string }) {
  const { status, busy, report, error, openNote, create, open, changeWorkspace, setWorkspacePath, dismissReport } = useProjectFolder(projectId);
  const { shell, plan } = useAppState();
  const [typingWorkspace, setTypingWorkspace] = useState(false);
  const headingId = useId();
  const reportRef = useRef<HTMLDivElement>(null);

  // The button the user pressed goes away once the folder exists: keep focus nearby, on the result.
  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  const folder = status?.folder ?? null;
  const missing = folder !== null && status?.exists === false;
  const creating = busy === 'create';
  // Browser mode asks for the workspace in a field; a refused path's reason then sits under it.
  const typingPath = status !== null && shell === 'browser' && (!status.workspaceDir || typingWorkspace);

  return (
    <section className="project-folder" aria-labelledby={headingId} aria-busy={busy !== null}>
      <h3 id={headingId}>Project folder</h3>
      {status === null ? (
        <p className="muted">Checking the folder…</p>
      ) : folder && !missing ? (
        <>
          <p className="folder-path">
            <span className="visually-hidden">Folder: </span>
            <code>{folder}</code>
          </p>
          <div className="folder-actions">
            <button type="button" className="button" disabled={busy !== null} onClick={() => open('open')}>
              Open folder
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => open('reveal')}>
              Reveal
            </button>
            <button type="button" className="button ghost" disabled={busy !== null} onClick={create}>
              {creating ? 'Checking…' : 'Add missing files'}
            </button>
            {shell === 'browser' && (
              <button type="button" className="button ghost" onClick={() => void navigator.clipboard?.writeText(folder)}>
                Copy path
              </button>
            )}
          </div>
          {openNote && <p className="muted" aria-live="polite">{openNote}</p>}
        </>
      ) : (
        <>
          {missing ? (
            <p className="folder-missing">
              The folder <code>{folder}</code> is no longer there. It may have been moved, renamed or deleted.
              {status.plannedFolder && status.plannedFolder !== folder && (
                <>
                  {' '}Recreating it puts it in <code>{status.plannedFolder}</code>.
                </>
              )}
            </p>
          ) : (
            <p className="muted">
              A starting point that runs, made for this project’s stack: a small working app (or scraper, or
              model) with tests that exercise it, a README saying how to run it, <code>pyproject.toml</code>,
              <code>.gitignore</code> and a notes file — plus a React <code>frontend/</code> or a <code>Dockerfile</code> where
              the project calls for one.
              {status.plannedFolder ? (
                <>
                  {' '}It goes in <code>{status.plannedFolder}</code>.
                </>
              ) : (
                ' You will be asked where your projects live first.'
              )}
            </p>
          )}
          <SettingToggle
            setting="scaffoldGit"
            disabled={busy !== null}
            label="Start a Git repository with a first commit"
            hint="Only for a new folder that is not inside another repository, and only when Git is installed."
          />
          <div className="folder-actions">
            <button type="button" className="button primary" disabled={busy !== null} onClick={create}>
              {creating ? 'Creating…' : missing ? 'Recreate folder' : 'Create project folder'}
            </button>
          </div>
        </>
      )}
      {typingPath ? (
        <PathForm
          label="Workspace folder (full path)"
          submitLabel="Use this folder"
          placeholder="/home/you/projects"
          initial={status.workspaceDir ?? ''}
          recent={plan.settings.recentWorkspaces.filter((p) => p !== status.workspaceDir)}
          busy={busy !== null}
          problem={error}
          onSubmit={async (path) => {
            if (await setWorkspacePath(path)) setTypingWorkspace(false);
          }}
          {...(status.workspaceDir ? { onCancel: () => setTypingWorkspace(false) } : {})}
        />
      ) : status && (
        <p className="workspace-line">
          Workspace: {status.workspaceDir ? <code>{status.workspaceDir}</code> : <span className="muted">not chosen yet</span>}{' '}
          <button type="button" className="button ghost small" disabled={busy !== null} onClick={shell === 'browser' ? () => setTypingWorkspace(true) : changeWorkspace}>
            {status.workspaceDir ? 'Change workspace…' : 'Choose workspace…'}
          </button>
        </p>
      )}
      {error && !typingPath && (
        <p className="folder-error" role="alert">
          {error}
        </p>
      )}
      {report && <ScaffoldReport ref={reportRef} report={report} onDismiss={dismissReport} />}
    </section>
  );
}
