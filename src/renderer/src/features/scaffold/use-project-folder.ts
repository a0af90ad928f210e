import { useCallback, useEffect, useRef, useState } from 'react';
import type { FolderStatus, ScaffoldReport } from '@shared/ipc/channels/scaffold';
import { call } from '../../api';
import { useAppState } from '../../app-state';

export type FolderReport = Pick<ScaffoldReport, 'folder' | 'created' | 'kept' | 'git'>;
type Busy = 'create' | 'workspace' | 'open' | null;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A project's folder as main sees it on disk, and the actions on it. The status is re-read when
 * the plan's record changes and whenever the window regains focus: the user may have moved or
 * deleted the folder in their file manager meanwhile.
 */
export function useProjectFolder(projectId: string) {
  const { plan, setPlan } = useAppState();
  const [status, setStatus] = useState<FolderStatus | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<FolderReport | null>(null);
  const [error, setError] = useState<string | null>(null);
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

  /** Asks for the workspace folder; resolves false when the user cancels the dialog. */
  const chooseWorkspace = useCallback(async (): Promise<boolean> => {
    const reply = await call('scaffold:choose-workspace', {});
    if (!reply.cancelled) setPlan(reply.plan);
    return !reply.cancelled;
  }, [setPlan]);

  const changeWorkspace = useCallback(() => run('workspace', async () => void (await chooseWorkspace())), [run, chooseWorkspace]);

  const create = useCallback(
    () =>
      run('create', async () => {
        if (!plan.settings.workspaceDir && !(await chooseWorkspace())) return;
        const reply = await call('scaffold:create', { projectId });
        setPlan(reply.plan);
        setReport({ folder: reply.folder, created: reply.created, kept: reply.kept, git: reply.git });
        await refresh();
      }),
    [run, plan.settings.workspaceDir, chooseWorkspace, projectId, setPlan, refresh],
  );

  const open = useCallback(
    (how: 'open' | 'reveal') =>
      run('open', async () => {
        try {
          await call('scaffold:open', { projectId, how });
        } finally {
          await refresh();
        }
      }),
    [run, projectId, refresh],
  );

  return { status, busy, report, error, create, open, changeWorkspace, dismissReport: () => setReport(null) };
}
