import { isAbsolute } from 'node:path';
import { AppError } from '@shared/ipc/result';
import { today } from '../core/clock';
import { initRepository, realGit } from '../core/scaffold/git-init';
import { scaffoldProjectFrom } from '../core/scaffold/project-info';
import { plannedProjectFolder, scaffoldProject } from '../core/scaffold/scaffold-project';
import { checkWorkspacePath, withRecentWorkspace } from '../core/scaffold/workspace-choice';
import { resolveWorkspace } from '../core/scaffold/write-scaffold';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

type ScaffoldChannel = 'scaffold:status' | 'scaffold:choose-workspace' | 'scaffold:create' | 'scaffold:open';

export function createScaffoldHandlers(deps: HandlerDeps): HandlerGroup<ScaffoldChannel> {
  const { store, fs, curriculum } = deps;
  // One scaffold at a time: two quick clicks must not race each other's "does it exist?" checks.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const isFolder = async (path: string | null): Promise<boolean> => {
    if (!path) return false;
    try {
      return (await fs.stat(path)).isDirectory();
    } catch {
      return false;
    }
  };

  const recordedFolder = async (projectId: string): Promise<string> => {
    const progress = store.plan.projects[projectId];
    if (!progress) throw new AppError('not-found', `There is no project with the id ${projectId}.`);
    const folder = progress.folder;
    if (!folder) throw new AppError('not-found', 'This project has no folder yet. Create it first.');
    if (!(await isFolder(folder))) throw new AppError('not-found', `The project folder ${folder} is not there any more. Recreate it from the project's card.`);
    return folder;
  };

  return {
    'scaffold:status': async ({ projectId }) => {
      const project = scaffoldProjectFrom(curriculum, store.plan, projectId);
      const { workspaceDir } = store.plan.settings;
      const folder = store.plan.projects[projectId]!.folder;
      return {
        workspaceDir,
        folder,
        exists: await isFolder(folder),
        // Resolved like a real run would, so a linked workspace does not look like a different place.
        plannedFolder: workspaceDir ? plannedProjectFolder(await resolveWorkspace(fs, workspaceDir).catch(() => workspaceDir), project) : null,
      };
    },

    'scaffold:choose-workspace': async (request) => {
      const current = store.plan.settings.workspaceDir;
      const chosen =
        request.path !== undefined
          ? await checkWorkspacePath(fs, request.path)
          : await deps.dialogs.chooseFolder({ title: 'Choose a workspace folder for your projects', ...(current ? { defaultPath: current } : {}) });
      if (chosen === null) return { plan: store.plan, cancelled: true };
      if (!isAbsolute(chosen)) throw new AppError('invalid-input', `The workspace must be a full path; got ${chosen}.`);
      await resolveWorkspace(fs, chosen);
      const plan = await store.update((draft) => {
        draft.settings.workspaceDir = chosen;
        draft.settings.recentWorkspaces = withRecentWorkspace(draft.settings.recentWorkspaces, chosen);
      });
      return { plan, cancelled: false };
    },

    'scaffold:create': ({ projectId }) =>
      serial(async () => {
        const workspaceDir = store.plan.settings.workspaceDir;
        if (!workspaceDir) throw new AppError('invalid-input', 'Choose a workspace folder first: project folders are created inside it.');
        const project = scaffoldProjectFrom(curriculum, store.plan, projectId);
        const outcome = await scaffoldProject(fs, { templatesDir: deps.templatesDir, workspaceDir, project, today: today(deps.clock) });
        let plan;
        try {
          plan = await store.update((draft) => {
            draft.projects[projectId]!.folder = outcome.folder;
          });
        } catch (error) {
          // All or nothing: a folder the plan does not know about would be a surprise later.
          await outcome.undo();
          throw error;
        }
        const report = { plan, folder: outcome.folder, created: outcome.created, kept: outcome.kept, ...(outcome.notice ? { notice: outcome.notice } : {}) };
        if (!plan.settings.scaffoldGit) return report;
        // Only a folder this run made: files the user already had are theirs to commit or not.
        const madeFolder = outcome.created.some((path) => path.endsWith('/') && !path.slice(0, -1).includes('/'));
        const git = madeFolder
          ? await initRepository(fs, outcome.folder, project.name, deps.git ?? realGit)
          : { status: 'skipped' as const, message: 'The folder already existed, so no Git repository was started.' };
        return { ...report, git };
      }),

    'scaffold:open': async ({ projectId, how }) => {
      const folder = await recordedFolder(projectId);
      if (how === 'reveal') {
        deps.shell.showItemInFolder(folder);
        return { opened: true };
      }
      const failure = await deps.shell.openPath(folder);
      if (failure) throw new AppError('io-error', `The folder could not be opened: ${failure}`);
      return { opened: true };
    },
  };
}
