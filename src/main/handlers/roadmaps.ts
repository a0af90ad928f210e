import { basename, isAbsolute } from 'node:path';
import type { ReplyOf } from '@shared/ipc/contract';
import { AppError } from '@shared/ipc/result';
import { readRoadmapFile } from '../core/roadmaps/roadmap-files';
import type { HandlerDeps } from './deps';
import type { HandlerGroup } from './types';

/** The data folder's roadmaps (core/roadmaps/): what the roadmaps:* channels act on. */
export interface RoadmapManager {
  list(): ReplyOf<'roadmaps:list'>;
  importMarkdown(text: string, sourceName: string): Promise<Extract<ReplyOf<'roadmaps:import'>, { status: 'imported' }>>;
  switchTo(id: string): Promise<ReplyOf<'roadmaps:switch'>>;
  remove(id: string): Promise<ReplyOf<'roadmaps:remove'>>;
}

const MARKDOWN_FILTERS = [{ name: 'Markdown roadmap', extensions: ['md', 'markdown', 'txt'] }];

export function createRoadmapsHandlers(deps: HandlerDeps): HandlerGroup<'roadmaps:list' | 'roadmaps:import' | 'roadmaps:switch' | 'roadmaps:remove'> {
  const manager = (): RoadmapManager => {
    if (!deps.roadmaps) throw new AppError('internal', 'Several roadmaps are not available here.');
    return deps.roadmaps;
  };
  return {
    'roadmaps:list': async () => manager().list(),
    'roadmaps:import': async (request) => {
      // A dropped file: the page read it; only its name (never a path) is kept, for the list.
      if ('markdown' in request) return manager().importMarkdown(request.markdown, basename(request.fileName.replaceAll('\\', '/')));
      if (request.path !== undefined && !isAbsolute(request.path)) {
        throw new AppError('invalid-input', `Type the roadmap file's full path (for example /home/you/roadmap.md); got ${request.path}.`);
      }
      const path = request.path ?? (await deps.dialogs.openFile({ title: 'Import a roadmap (Markdown)', filters: MARKDOWN_FILTERS }));
      if (path === null) return { status: 'cancelled' };
      return manager().importMarkdown(await readRoadmapFile(deps.fs, path), basename(path));
    },
    'roadmaps:switch': async ({ id }) => manager().switchTo(id),
    'roadmaps:remove': async ({ id }) => manager().remove(id),
  };
}
