import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderStatus, ScaffoldReport } from '@shared/ipc/channels/scaffold';
import { call, messageOf } from '../../api';
import { useAppState } from '../../app-state';

export type FolderReport = Pick<ScaffoldReport, 'folder' | 'created' | 'kept' | 'git' | 'notice'>;
type Busy = 'create' | 'workspace' | 'open' | null;


/**
 * A project's folder as main sees it on disk, and the actions on it. The status is re-read when
 * the plan's record changes and whenever the window regains focus: the user may have moved or
 * deleted the folder in their file manager meanwhile.
 */
export function useProjectFolder(projectId: string) {
  const { plan, setPlan, shell } = useAppState();
  const [status, setStatus] = useState<FolderStatus | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<FolderReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Browser mode: what happened after asking the OS to open the folder (it may have no desktop). */
  const [openNote, setOpenNote] = useState<string | null>(null);
  const latest = useRef(0);
  const recorded = plan.projects[projectId]?.folder ?? null;
  const workspaceDir = plan.settings.workspaceDir;

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await call('scaffold:status', { projectId });
      if (ticket === latest.current) setStatus(next);
    } catch (e) {
      if (ticket === latest.current) setError(messageOf(e));
    }
  }, [projectId]);

  useEffect(() => {
    void refresh();
  }, [refresh, recorded, workspaceDir]);

  useEffect(() => {
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  const run = useCallback(async (kind: Exclude<Busy, null>, task: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }, []);

  /** Asks for the workspace folder (or sets the typed `path`); resolves false when the user cancels the dialog. */
  const chooseWorkspace = useCallback(async (path?: string): Promise<boolean> => {
    const reply = await call('scaffold:choose-workspace', path === undefined ? {} : { path });
    if (!reply.cancelled) setPlan(reply.plan);
    return !reply.cancelled;
  }, [setPlan]);

  const changeWorkspace = useCallback(() => run('workspace', async () => void (await chooseWorkspace())), [run, chooseWorkspace]);
  /** Browser mode's typed workspace path; resolves true once main accepted it (else `error` says why). */
  const setWorkspacePath = useCallback(
    async (path: string): Promise<boolean> => {
      let accepted = false;
      await run('workspace', async () => void (accepted = await chooseWorkspace(path)));
      return accepted;
    },
    [run, chooseWorkspace],
  );

  const create = useCallback(
    () =>
      run('create', async () => {
        if (!plan.settings.workspaceDir && shell === 'browser') {
          setError('Type the full path of your workspace folder below first: project folders are created inside it.');
          return;
        }
        if (!plan.settings.workspaceDir && !(await chooseWorkspace())) return;
        const reply = await call('scaffold:create', { projectId });
        setPlan(reply.plan);
        setReport({ folder: reply.folder, created: reply.created, kept: reply.kept, git: reply.git, notice: reply.notice });
        await refresh();
      }),
    [run, plan.settings.workspaceDir, shell, chooseWorkspace, projectId, setPlan, refresh],
  );

  const open = useCallback(
    (how: 'open' | 'reveal') =>
      run('open', async () => {
        setOpenNote(null);
        try {
          await call('scaffold:open', { projectId, how });
          if (shell === 'browser') setOpenNote('Asked your computer to show the folder. If no window appeared (a machine without a desktop), the path is above: copy it.');
        } finally {
          await refresh();
        }
      }),
    [run, projectId, shell, refresh],
  );

  return { status, busy, report, error, openNote, create, open, changeWorkspace, setWorkspacePath, dismissReport: () => setReport(null) };
}
